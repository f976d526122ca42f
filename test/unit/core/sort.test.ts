// Table orders (kam score --sort KEY [--reverse]), on accounts built by hand.
import { describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/factors.js';
import { sortAccounts } from '../../../src/core/sort.js';
import type { Account } from '../../../src/core/types.js';

const make = (data: Omit<Account, 'name'> & { name?: string }) => analyzeAccount({ name: data.id, ...data } as Account, `${data.id}.yaml`, defaultConfig(), '2026-11-22');

const accounts = [
  make({ id: 'b', name: 'Bravo', manager: 'Zoe', revenue: { current: 100, potential: 900 }, relationship: { stage: 'basic' }, positioning: { spend: 2, significance: 2 } }),
  make({ id: 'a', name: 'Alpha', manager: 'Ann', revenue: { current: 300 }, relationship: { stage: 'integrated' }, positioning: { spend: 8, significance: 8 } }),
  make({ id: 'c', name: 'Charlie', revenue: { current: 200, potential: 400 }, opportunities: [{ id: 'o', questions: { real: 'yes', compete: 'yes', win: 'yes', worth: 'yes' } }] }),
  make({ id: 'd', name: 'delta', manager: 'ann', positioning: { spend: 8, significance: 2 }, opportunities: [{ id: 'p' }, { id: 'q' }] }),
];
const order = (...args: Parameters<typeof sortAccounts> extends [unknown, ...infer R] ? R : never) => sortAccounts(accounts, ...args).map((a) => a.id);

describe('sortAccounts', () => {
  it('keeps file order for file, and reverses it with --reverse', () => {
    expect(order('file')).toEqual(['b', 'a', 'c', 'd']);
    expect(order('file', true)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('revenue and potential: largest first, accounts without a value last in either direction', () => {
    expect(order('revenue')).toEqual(['a', 'c', 'b', 'd']);
    expect(order('revenue', true)).toEqual(['b', 'c', 'a', 'd']);
    expect(order('potential')).toEqual(['b', 'c', 'a', 'd']); // 900, 400, then a and d (none) in file order
    expect(order('potential', true)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('manager: alphabetically without regard to case, then by name; no manager last', () => {
    // "Ann" and "ann" are one manager (SPEC 8.1), so Alpha and delta go by name; then Zoe; c has no manager.
    expect(order('manager')).toEqual(['a', 'd', 'b', 'c']);
    expect(order('manager', true)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('name: alphabetical, lower and upper case together', () => {
    expect(order('name')).toEqual(['a', 'b', 'c', 'd']);
    expect(order('name', true)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('stage: most advanced first; positioning: in the order of the frameworks', () => {
    expect(order('stage')).toEqual(['a', 'b', 'c', 'd']); // integrated, basic, then none (by name)
    // a: spend 8, significance 8 → strategic partner; d: spend 8, significance 2 → tactical profit;
    // b: 2/2 → tactical make easy; c: none.
    expect(order('positioning')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('opportunities: most go first, then most to qualify, then most in all', () => {
    // c: 1 go; d: 2 qualify (unanswered); a and b: none.
    expect(order('opportunities')).toEqual(['c', 'd', 'b', 'a']);
  });
});

describe('sortAccounts by health', () => {
  // Satisfaction on 2026-10-01, as of 2026-11-22 with the default limits (SPEC 8.1):
  // 2 is 3 or less (at-risk), 5 is below 6 (watch), 8 is neither and recent (healthy); none is unknown.
  const felt = (id: string, name: string, score?: number) =>
    make({ id, name, ...(score === undefined ? {} : { performance: { satisfaction: [{ date: '2026-10-01', score }] } }) });
  const mixed = [felt('u', 'Uma'), felt('h2', 'Zed', 8), felt('w', 'Wes', 5), felt('r', 'Rae', 2), felt('h1', 'Abe', 8), felt('u2', 'Ann')];
  const byHealth = (reverse = false) => sortAccounts(mixed, 'health', reverse).map((a) => a.id);

  it('at-risk, watch, healthy, unknown; ties by name', () => {
    expect(mixed.map((a) => a.health.status)).toEqual(['unknown', 'healthy', 'watch', 'at-risk', 'healthy', 'unknown']);
    expect(byHealth()).toEqual(['r', 'w', 'h1', 'h2', 'u2', 'u']);
  });

  it('--reverse: healthy first; unknown (no data) stays last', () => {
    expect(byHealth(true)).toEqual(['h2', 'h1', 'w', 'r', 'u', 'u2']);
  });
});
