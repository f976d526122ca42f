/**
 * SPEC section 3: every formula as a pure function. Scores keep full
 * precision; only presentation rounds.
 */
import type {
  Account, Answer, Decision, FactorDef, PerceivedLevel, PositioningId, QuadrantId, QuestionId, StageId, Thresholds,
} from './types.js';
import { SIGNIFICANCE_FACTORS } from './factors.js';

/** Weighted mean of the factors the file scores and whose weight is above 0 (SPEC 3.1). */
export function axisScore(scores: Record<string, number> | undefined, factors: readonly FactorDef[]): number | null {
  if (!scores) return null;
  let weighted = 0;
  let weights = 0;
  for (const f of factors) {
    const s = scores[f.id];
    if (typeof s !== 'number' || !(f.weight > 0)) continue;
    weighted += f.weight * s;
    weights += f.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** SPEC 3.2: a score equal to the threshold counts as high. */
export function quadrant(
  attractiveness: number | null,
  strength: number | null,
  t: Pick<Thresholds, 'attractiveness' | 'strength'>,
): QuadrantId {
  if (attractiveness === null || strength === null) return 'unclassified';
  const attractive = attractiveness >= t.attractiveness;
  const strong = strength >= t.strength;
  if (attractive) return strong ? 'key' : 'key-development';
  return strong ? 'maintenance' : 'opportunistic';
}

/** SPEC 3.3: a number, or the plain mean of the significance factors given. */
export function significanceScore(value: number | Partial<Record<string, number>> | undefined): number | null {
  if (typeof value === 'number') return value;
  if (!value || typeof value !== 'object') return null;
  const scores = SIGNIFICANCE_FACTORS.map((k) => value[k]).filter((v): v is number => typeof v === 'number');
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

export function positioning(
  spend: number | null | undefined,
  significance: number | null | undefined,
  t: Pick<Thresholds, 'spend' | 'significance'>,
): PositioningId | null {
  if (typeof spend !== 'number' || typeof significance !== 'number') return null;
  const highSpend = spend >= t.spend;
  if (significance >= t.significance) return highSpend ? 'strategic-partner' : 'strategic-security';
  return highSpend ? 'tactical-profit' : 'tactical-make-easy';
}

export const STAGES: readonly StageId[] = ['exploratory', 'basic', 'co-operative', 'interdependent', 'integrated'];
export const PERCEIVED_LEVELS: readonly PerceivedLevel[] = ['commodity', 'product-provider', 'value-add', 'partner'];
export const POSITIONS: readonly NonNullable<Account['position']>[] = ['strong', 'good', 'limited'];

/** exploratory = 1 … integrated = 5 (SPEC 3.4). */
export function stageRank(stage: StageId): number {
  return STAGES.indexOf(stage) + 1;
}

/** Positive when we think more of the relationship than the customer does. */
export function relationshipGap(stage: StageId | undefined, customerView: StageId | undefined): number | null {
  if (!stage || !customerView) return null;
  return stageRank(stage) - stageRank(customerView);
}

export const QUESTIONS: readonly QuestionId[] = ['real', 'compete', 'win', 'worth'];

/** `true`/`false` are accepted for yes/no. */
export function normalizeAnswer(value: Answer | boolean | undefined): Answer | undefined {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return value;
}

/** SPEC 3.5: any no → no-go; four yes → go; otherwise qualify. */
export function decision(questions: Partial<Record<QuestionId, Answer | boolean>> | undefined): Decision {
  const answers = QUESTIONS.map((q) => normalizeAnswer(questions?.[q]));
  if (answers.includes('no')) return 'no-go';
  return answers.every((a) => a === 'yes') ? 'go' : 'qualify';
}
