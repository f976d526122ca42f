import type {
  Account, Config, Decision, PerceivedLevel, PositioningId, QuadrantId, QuestionId, StageId,
} from './types.js';
import type { Freshness } from './freshness.js';
import { planView, type PlanView } from './plan-view.js';
import { stability, type Stability } from './stability.js';
import { accountHealth, coverage, thinAxes, type Coverage, type Health, type HealthStatus } from './health.js';
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
  tags: string[];
  attractiveness: number | null;
  strength: number | null;
  quadrant: QuadrantId;
  spend: number | null;
  significance: number | null;
  positioning: PositioningId | null;
  relationship: { stage: StageId | null; customerView: StageId | null; gap: number | null } | null;
  perceivedLevel: PerceivedLevel | null;
  /** Our current position with the customer (strong, good, limited). */
  position: Account['position'] | null;
  revenue: { current: number | null; potential: number | null };
  opportunities: OpportunityResult[];
  /** How settled the quadrant is; null when unclassified. */
  stability: Stability | null;
  /** The planned position (target: block), with the quadrant it lies in. */
  target: { attractiveness: number; strength: number; by: string | null; quadrant: QuadrantId } | null;
  /** When each factor score last changed in git; set at the I/O edge when asked for (null: not in git). */
  freshness?: Freshness | null;
  /** Performance and satisfaction signals as of the run's date (SPEC 8.1). */
  health: Health;
  /** How many of each axis's factors were scored. */
  coverage: Coverage;
  /** The quadrant rests on too few factors (limits.min_factor_share). */
  provisional: boolean;
  /** The account plan as of the run's date (null when analysed without one). */
  plan: PlanView | null;
}

// One shared empty list: most opportunities have nothing failed or open, and
// 100,000 accounts should not carry 400,000 empty arrays.
const NONE: QuestionId[] = Object.freeze([]) as unknown as QuestionId[];
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

/** What the portfolio summary and the portfolio rules need of an account: kept for every account even when results are streamed. */
export type PortfolioEntry = Pick<AccountResult, 'id' | 'name' | 'file' | 'manager' | 'quadrant' | 'revenue'> & { health: { status: HealthStatus } };

export function portfolioEntry(r: AccountResult): PortfolioEntry {
  return { id: r.id, name: r.name, file: r.file, manager: r.manager, quadrant: r.quadrant, revenue: r.revenue, health: { status: r.health.status } };
}

export function analyzeOpportunities(account: Account): OpportunityResult[] {
  return (account.opportunities ?? []).map((o) => {
    // One pass over the answers (this runs for every opportunity of every account).
    let failed = NONE;
    let open = NONE;
    for (const q of QUESTIONS) {
      const a = normalizeAnswer(o.questions?.[q]);
      if (a === 'no') (failed = failed === NONE ? [] : failed).push(q);
      else if (a !== 'yes') (open = open === NONE ? [] : open).push(q);
    }
    return {
      id: o.id,
      name: o.name ?? null,
      value: o.value ?? null,
      stage: o.stage ?? null,
      decision: decision(o.questions),
      failed,
      open,
    };
  });
}

/** `asOf` (YYYY-MM-DD) dates the health signals, the plan's current quarter and its overdue actions. */
export function analyzeAccount(account: Account, file: string, config: Config, asOf: string): AccountResult {
  const attractiveness = axisScore(account.attractiveness, config.factors.attractiveness);
  const strength = axisScore(account.strength, config.factors.strength);
  const spend = account.positioning?.spend ?? null;
  const significance = significanceScore(account.positioning?.significance);
  const rel = account.relationship;
  const stage = (rel?.stage ?? null) as StageId | null;
  const customerView = (rel?.customer_view ?? null) as StageId | null;
  const covered = coverage(account, config);
  return {
    id: account.id,
    name: account.name,
    file,
    manager: account.manager ?? null,
    industry: account.industry ?? null,
    tags: account.tags && account.tags.length > 0 ? account.tags : NO_TAGS,
    attractiveness,
    strength,
    quadrant: quadrant(attractiveness, strength, config.thresholds),
    spend,
    significance,
    positioning: positioning(spend, significance, config.thresholds),
    relationship: stage || customerView
      ? { stage, customerView, gap: relationshipGap(stage ?? undefined, customerView ?? undefined) }
      : null,
    perceivedLevel: (rel?.perceived_level ?? null) as PerceivedLevel | null,
    position: account.position ?? null,
    revenue: { current: account.revenue?.current ?? null, potential: account.revenue?.potential ?? null },
    opportunities: analyzeOpportunities(account),
    stability: stability(account, { attractiveness, strength }, config),
    target: targetOf(account, attractiveness, strength, config),
    health: accountHealth(account, config, asOf),
    coverage: covered,
    provisional: thinAxes(covered, config).length > 0,
    plan: planView(account, asOf),
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
