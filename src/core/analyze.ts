import type {
  Account, Config, Decision, PerceivedLevel, PositioningId, QuadrantId, QuestionId, StageId,
} from './types.js';
import { stability, type Stability } from './stability.js';
import {
  axisScore, decision, normalizeAnswer, positioning, QUESTIONS, quadrant, relationshipGap, significanceScore,
} from './scoring.js';

export interface OpportunityResult {
  id: string;
  name: string | null;
  value: number | null;
  stage: string | null;
  decision: Decision;
  /** The go/no-go questions answered no, in SPEC order. */
  failed: QuestionId[];
  /** The questions still unsure or unanswered. */
  open: QuestionId[];
}

/** Everything the outputs need about one account, computed once. */
export interface AccountResult {
  id: string;
  name: string;
  file: string;
  manager: string | null;
  industry: string | null;
  attractiveness: number | null;
  strength: number | null;
  quadrant: QuadrantId;
  spend: number | null;
  significance: number | null;
  positioning: PositioningId | null;
  relationship: { stage: StageId | null; customerView: StageId | null; gap: number | null } | null;
  perceivedLevel: PerceivedLevel | null;
  revenue: { current: number | null; potential: number | null };
  opportunities: OpportunityResult[];
  /** How settled the quadrant is; null when unclassified. */
  stability: Stability | null;
  /** The planned position (target: block), with the quadrant it lies in. */
  target: { attractiveness: number; strength: number; by: string | null; quadrant: QuadrantId } | null;
}

export function analyzeOpportunities(account: Account): OpportunityResult[] {
  return (account.opportunities ?? []).map((o) => {
    const answers = QUESTIONS.map((q) => [q, normalizeAnswer(o.questions?.[q])] as const);
    return {
      id: o.id,
      name: o.name ?? null,
      value: o.value ?? null,
      stage: o.stage ?? null,
      decision: decision(o.questions),
      failed: answers.filter(([, a]) => a === 'no').map(([q]) => q),
      open: answers.filter(([, a]) => a !== 'yes' && a !== 'no').map(([q]) => q),
    };
  });
}

export function analyzeAccount(account: Account, file: string, config: Config): AccountResult {
  const attractiveness = axisScore(account.attractiveness, config.factors.attractiveness);
  const strength = axisScore(account.strength, config.factors.strength);
  const spend = account.positioning?.spend ?? null;
  const significance = significanceScore(account.positioning?.significance);
  const rel = account.relationship;
  const stage = rel?.stage ?? null;
  const customerView = rel?.customer_view ?? null;
  return {
    id: account.id,
    name: account.name,
    file,
    manager: account.manager ?? null,
    industry: account.industry ?? null,
    attractiveness,
    strength,
    quadrant: quadrant(attractiveness, strength, config.thresholds),
    spend,
    significance,
    positioning: positioning(spend, significance, config.thresholds),
    relationship: stage || customerView
      ? { stage, customerView, gap: relationshipGap(stage ?? undefined, customerView ?? undefined) }
      : null,
    perceivedLevel: rel?.perceived_level ?? null,
    revenue: { current: account.revenue?.current ?? null, potential: account.revenue?.potential ?? null },
    opportunities: analyzeOpportunities(account),
    stability: stability(account, { attractiveness, strength }, config),
    target: targetOf(account, attractiveness, strength, config),
  };
}

/** A target axis left out stays where the account is today. */
function targetOf(account: Account, attractiveness: number | null, strength: number | null, config: Config): AccountResult['target'] {
  const t = account.target;
  if (!t || (t.attractiveness === undefined && t.strength === undefined)) return null;
  const a = t.attractiveness ?? attractiveness;
  const s = t.strength ?? strength;
  if (a === null || s === null) return null;
  return { attractiveness: a, strength: s, by: t.by ?? null, quadrant: quadrant(a, s, config.thresholds) };
}
