import type { AccountResult } from './analyze.js';
import { QUADRANTS } from './portfolio.js';

export const SORT_KEYS = ['file', 'quadrant', 'attractiveness', 'strength', 'revenue', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

// One collator for every comparison: localeCompare builds one per call.
let collator: Intl.Collator | undefined;

/** Descending, accounts without a value last. */
const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);

const COMPARE: Record<SortKey, (a: AccountResult, b: AccountResult) => number> = {
  file: () => 0,
  quadrant: (a, b) =>
    QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant) || desc(a.attractiveness, b.attractiveness) || desc(a.strength, b.strength),
  attractiveness: (a, b) => desc(a.attractiveness, b.attractiveness),
  strength: (a, b) => desc(a.strength, b.strength),
  revenue: (a, b) => desc(a.revenue.current, b.revenue.current),
  name: (a, b) => (collator ??= new Intl.Collator('en')).compare(a.name, b.name),
};

/** A new array; ties keep file order (Array.prototype.sort is stable). */
export function sortAccounts(accounts: readonly AccountResult[], by: SortKey): AccountResult[] {
  return by === 'file' ? [...accounts] : [...accounts].sort(COMPARE[by]);
}
