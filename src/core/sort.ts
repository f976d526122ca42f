import type { AccountResult } from './analyze.js';
import { foldText } from './filter.js';
import { HEALTH_STATUSES, type HealthStatus } from './health.js';
import { QUADRANTS } from './portfolio.js';
import { STAGES } from './scoring.js';
import type { PositioningId } from './types.js';

/** One key per column of the score table, plus file order. */
export const SORT_KEYS = [
  'file', 'quadrant', 'attractiveness', 'strength', 'revenue', 'potential', 'name', 'manager', 'health', 'positioning', 'stage', 'opportunities',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

type Value = number | string | null;

/** A sort key: the values compared in turn, each ascending unless marked descending. */
interface Part {
  value: (a: AccountResult) => Value;
  descending?: boolean;
}

const POSITIONING_ORDER: readonly PositioningId[] = ['strategic-partner', 'strategic-security', 'tactical-profit', 'tactical-make-easy'];
const indexOr = <T>(list: readonly T[], item: T | null) => (item === null ? null : list.indexOf(item));
/** Worst first; unknown health is no value, so it stays last in either direction. */
const healthRank = (status: HealthStatus) => (status === 'unknown' ? null : HEALTH_STATUSES.indexOf(status));
const count = (a: AccountResult, decision: string) => a.opportunities.filter((o) => o.decision === decision).length;

const byName: Part = { value: (a) => a.name };
const byAttractiveness: Part = { value: (a) => a.attractiveness, descending: true };
const byStrength: Part = { value: (a) => a.strength, descending: true };

/**
 * The natural order of each column: scores, revenue, opportunities and stage
 * from the most to the least; quadrants and positioning boxes in the order
 * the frameworks list them; health from the worst (at-risk, watch, healthy,
 * then unknown); text alphabetically.
 */
const KEYS: Record<Exclude<SortKey, 'file'>, Part[]> = {
  quadrant: [{ value: (a) => QUADRANTS.indexOf(a.quadrant) }, byAttractiveness, byStrength],
  attractiveness: [byAttractiveness],
  strength: [byStrength],
  revenue: [{ value: (a) => a.revenue.current, descending: true }],
  potential: [{ value: (a) => a.revenue.potential, descending: true }],
  name: [byName],
  // Managers as SPEC 8.1 compares them: "dana  reyes" is Dana Reyes.
  manager: [{ value: (a) => (a.manager === null ? null : foldText(a.manager)) }, byName],
  health: [{ value: (a) => healthRank(a.health.status) }, byName],
  positioning: [{ value: (a) => indexOr(POSITIONING_ORDER, a.positioning) }, byName],
  stage: [{ value: (a) => indexOr(STAGES, a.relationship?.stage ?? null), descending: true }, byName],
  opportunities: [{ value: (a) => count(a, 'go'), descending: true }, { value: (a) => count(a, 'qualify'), descending: true }, { value: (a) => a.opportunities.length, descending: true }],
};

// One collator for every comparison: localeCompare builds one per call.
let collator: Intl.Collator | undefined;

/**
 * A comparator for the parts. Accounts without a value come last in either
 * direction: reversing an order by revenue should show the smallest
 * accounts first, not the ones nobody has filled in.
 */
function comparator(parts: readonly Part[], reverse: boolean): (a: AccountResult, b: AccountResult) => number {
  return (a, b) => {
    for (const part of parts) {
      const x = part.value(a);
      const y = part.value(b);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
        continue;
      }
      let d = typeof x === 'number' && typeof y === 'number' ? x - y : (collator ??= new Intl.Collator('en')).compare(String(x), String(y));
      if (part.descending) d = -d;
      if (reverse) d = -d;
      if (d !== 0) return d;
    }
    return 0;
  };
}

/** A new array; ties keep file order (Array.prototype.sort is stable). */
export function sortAccounts(accounts: readonly AccountResult[], by: SortKey, reverse = false): AccountResult[] {
  if (by === 'file') return reverse ? [...accounts].reverse() : [...accounts];
  return [...accounts].sort(comparator(KEYS[by], reverse));
}
