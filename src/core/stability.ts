/**
 * How settled a classification is: the smallest change of one factor score
 * that would move the account to another quadrant, and whether a 1-point
 * change or a threshold moved by 0.5 would do it (then it is borderline).
 */
import type { Account, Axis, Config } from './types.js';

export interface MinimalChange {
  axis: Axis;
  factor: string;
  from: number;
  /** The nearest score, in hundredths, that crosses the threshold. */
  to: number;
}

export interface Stability {
  borderline: boolean;
  minimalChange: MinimalChange | null;
}

const AXES: readonly Axis[] = ['attractiveness', 'strength'];

/** Null for unclassified accounts (there is no quadrant to leave). */
export function stability(account: Account, scores: Record<Axis, number | null>, config: Config): Stability | null {
  if (scores.attractiveness === null || scores.strength === null) return null;
  // Plain loops and locals: this runs for every classified account of a run.
  let best: MinimalChange | null = null;
  let bestSize = Infinity;
  let byOnePoint = false;
  let byThreshold = false;
  for (const axis of AXES) {
    const value = scores[axis]!;
    const t = config.thresholds[axis];
    const high = value >= t;
    // A threshold moved by 0.5 against the account: 5.4 with t = 5 flips at 5.5 (equal counts as high).
    if (high ? value < t + 0.5 : value >= t - 0.5) byThreshold = true;
    const given = account[axis] ?? {};
    const factors = config.factors[axis];
    const counts = (f: (typeof factors)[number]) => typeof given[f.id] === 'number' && f.weight > 0;
    let total = 0;
    let sum = 0;
    for (const f of factors) {
      if (!counts(f)) continue;
      total += f.weight;
      sum += f.weight * given[f.id]!;
    }
    for (const f of factors) {
      if (!counts(f)) continue;
      const from = given[f.id]!;
      // The score of this factor at which the axis equals the threshold exactly.
      const boundary = (t * total - (sum - f.weight * from)) / f.weight;
      // High needs to fall strictly below the boundary; low needs to reach it.
      const to = high ? Math.ceil(boundary * 100 - 1) / 100 : Math.ceil(boundary * 100 - 1e-9) / 100;
      if (to < 0 || to > 10) continue;
      if (high ? from - boundary < 1 : boundary - from <= 1) byOnePoint = true;
      const size = Math.abs(to - from);
      if (size < bestSize) {
        bestSize = size;
        best = { axis, factor: f.id, from, to };
      }
    }
  }
  return { borderline: byOnePoint || byThreshold, minimalChange: best };
}
