/**
 * How each factor moves an axis relative to its threshold: the axis is
 * above the threshold exactly when the contributions w·(s − t)/Σw add up to
 * zero or more, so the largest ones are "what pulls it up or down".
 */
import type { FactorDef } from './types.js';

export interface FactorContribution {
  id: string;
  label: string;
  weight: number;
  score: number | null;
  /** w·(s − t)/Σw over the scored, weighted factors; null when not scored. */
  contribution: number | null;
}

export function contributions(scores: Record<string, number> | undefined, factors: readonly FactorDef[], threshold: number): FactorContribution[] {
  const scored = factors.filter((f) => typeof scores?.[f.id] === 'number' && f.weight > 0);
  const total = scored.reduce((s, f) => s + f.weight, 0);
  return factors.map((f) => {
    const score = typeof scores?.[f.id] === 'number' ? scores[f.id]! : null;
    const counts = score !== null && f.weight > 0 && total > 0;
    return { id: f.id, label: f.label, weight: f.weight, score, contribution: counts ? (f.weight * (score - threshold)) / total : null };
  });
}
