/**
 * What moved between two snapshots of a portfolio (pure): accounts added and
 * removed, quadrant and positioning moves, relationship-stage changes,
 * opportunity decisions that changed, and the factor changes behind each
 * quadrant move, weighted as in SPEC 3.1.
 */
import type { AccountResult } from './analyze.js';
import type { Account, Axis, Config, Decision, PositioningId, QuadrantId, StageId } from './types.js';

export interface Snapshot {
  accounts: readonly AccountResult[];
  /** Account data by file, for factor attribution (absent for JSON snapshots). */
  data?: ReadonlyMap<string, Account>;
  config: Config;
}

export interface Driver {
  axis: Axis;
  factor: string;
  from: number | null;
  to: number | null;
  /** This factor's part of the axis change: w·s'/Σw' − w·s/Σw; the parts add up to the change. */
  contribution: number;
}

export interface QuadrantMove {
  id: string;
  name: string;
  from: { quadrant: QuadrantId; attractiveness: number | null; strength: number | null };
  to: { quadrant: QuadrantId; attractiveness: number | null; strength: number | null };
  /** Largest contribution first; empty when the snapshots carry no factor data. */
  drivers: Driver[];
}

export interface PortfolioDiff {
  added: { id: string; name: string; quadrant: QuadrantId }[];
  removed: { id: string; name: string; quadrant: QuadrantId }[];
  quadrantMoves: QuadrantMove[];
  positioningMoves: { id: string; name: string; from: PositioningId | null; to: PositioningId | null }[];
  stageChanges: { id: string; name: string; from: { stage: StageId | null; customerView: StageId | null }; to: { stage: StageId | null; customerView: StageId | null } }[];
  decisionChanges: { id: string; name: string; opportunity: string; from: Decision | null; to: Decision | null }[];
}

const AXES: readonly Axis[] = ['attractiveness', 'strength'];

/** Each factor's weighted share of its axis: w·s/Σw over the scored factors with weight > 0. */
function shares(account: Account | undefined, axis: Axis, config: Config): Map<string, { score: number; share: number }> {
  const scores = account?.[axis] ?? {};
  const used = config.factors[axis].filter((f) => typeof scores[f.id] === 'number' && f.weight > 0);
  const total = used.reduce((s, f) => s + f.weight, 0);
  return new Map(used.map((f) => [f.id, { score: scores[f.id]!, share: (f.weight * scores[f.id]!) / total }]));
}

export function drivers(base: Account | undefined, head: Account | undefined, baseConfig: Config, headConfig: Config): Driver[] {
  if (!base || !head) return [];
  const out: Driver[] = [];
  for (const axis of AXES) {
    const before = shares(base, axis, baseConfig);
    const after = shares(head, axis, headConfig);
    for (const factor of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(factor);
      const a = after.get(factor);
      const contribution = (a?.share ?? 0) - (b?.share ?? 0);
      if (Math.abs(contribution) < 1e-12) continue;
      out.push({ axis, factor, from: b?.score ?? null, to: a?.score ?? null, contribution });
    }
  }
  return out.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.factor.localeCompare(y.factor));
}

function byId(accounts: readonly AccountResult[]): Map<string, AccountResult> {
  const map = new Map<string, AccountResult>();
  for (const a of accounts) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}

export function diffPortfolios(base: Snapshot, head: Snapshot): PortfolioDiff {
  const before = byId(base.accounts);
  const after = byId(head.accounts);
  const diff: PortfolioDiff = { added: [], removed: [], quadrantMoves: [], positioningMoves: [], stageChanges: [], decisionChanges: [] };
  for (const [id, a] of after) if (!before.has(id)) diff.added.push({ id, name: a.name, quadrant: a.quadrant });
  for (const [id, b] of before) if (!after.has(id)) diff.removed.push({ id, name: b.name, quadrant: b.quadrant });
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) continue;
    if (a.quadrant !== b.quadrant) {
      diff.quadrantMoves.push({
        id, name: a.name,
        from: { quadrant: b.quadrant, attractiveness: b.attractiveness, strength: b.strength },
        to: { quadrant: a.quadrant, attractiveness: a.attractiveness, strength: a.strength },
        drivers: drivers(base.data?.get(b.file), head.data?.get(a.file), base.config, head.config),
      });
    }
    if (a.positioning !== b.positioning) diff.positioningMoves.push({ id, name: a.name, from: b.positioning, to: a.positioning });
    const [rb, ra] = [b.relationship, a.relationship];
    if ((rb?.stage ?? null) !== (ra?.stage ?? null) || (rb?.customerView ?? null) !== (ra?.customerView ?? null)) {
      diff.stageChanges.push({
        id, name: a.name,
        from: { stage: rb?.stage ?? null, customerView: rb?.customerView ?? null },
        to: { stage: ra?.stage ?? null, customerView: ra?.customerView ?? null },
      });
    }
    const oldDecisions = new Map(b.opportunities.map((o) => [o.id, o.decision]));
    for (const o of a.opportunities) {
      const was = oldDecisions.get(o.id) ?? null;
      if (was !== o.decision) diff.decisionChanges.push({ id, name: a.name, opportunity: o.id, from: was, to: o.decision });
    }
  }
  return diff;
}

export function isEmptyDiff(d: PortfolioDiff): boolean {
  return Object.values(d).every((list) => list.length === 0);
}
