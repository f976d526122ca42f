// Calendar arithmetic and the satisfaction review window, worked out by hand.
// monthsBefore keeps its last answer per month count, so the cases alternate
// dates and counts: a stale answer would show here.
import { describe, expect, it } from 'vitest';
import { monthsBefore } from '../../../src/core/dates.js';
import { satisfactionReview } from '../../../src/core/plan.js';
import type { Account } from '../../../src/core/types.js';

describe('monthsBefore', () => {
  it('counts back whole months, across years, clamped to the month end', () => {
    expect(monthsBefore('2026-11-22', 12)).toBe('2025-11-22');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-11-22', 12)).toBe('2025-11-22');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29'); // leap year
    expect(monthsBefore('2026-03-31', 12)).toBe('2025-03-31');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-05-31', 15)).toBe('2025-02-28');
    expect(monthsBefore('0001-01-01', 0)).toBe('0001-01-01');
  });

  it('answers the same for many month counts asked in turn', () => {
    for (let months = 0; months < 40; months++) {
      // 2026-08-31 minus `months`: month index 2026*12+7-months.
      const total = 2026 * 12 + 7 - months;
      const y = Math.floor(total / 12);
      const m = (total % 12) + 1;
      const last = [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
      const expected = `${y}-${String(m).padStart(2, '0')}-${String(Math.min(31, last)).padStart(2, '0')}`;
      expect(monthsBefore('2026-08-31', months)).toBe(expected);
      expect(monthsBefore('2026-08-01', months)).toBe(`${y}-${String(m).padStart(2, '0')}-01`);
    }
  });
});

describe('satisfactionReview', () => {
  const account = (dates: string[]) => ({ performance: { satisfaction: dates.map((date) => ({ date, score: 7 })) } }) as unknown as Account;

  it('takes the newest entry on or before the as-of date, in any order', () => {
    expect(satisfactionReview(account(['2026-01-10', '2026-06-01', '2025-03-01']), '2026-11-22', 12))
      .toEqual({ since: '2025-11-22', measured: true, latest: '2026-06-01' });
  });

  it('ignores entries after the as-of date', () => {
    expect(satisfactionReview(account(['2026-12-01', '2025-01-01']), '2026-11-22', 12))
      .toEqual({ since: '2025-11-22', measured: false, latest: '2025-01-01' });
  });

  it('counts an entry exactly on the window start and on the as-of date', () => {
    expect(satisfactionReview(account(['2025-11-22']), '2026-11-22', 12).measured).toBe(true);
    expect(satisfactionReview(account(['2025-11-21']), '2026-11-22', 12).measured).toBe(false);
    expect(satisfactionReview(account(['2026-11-22']), '2026-11-22', 1)).toEqual({ since: '2026-10-22', measured: true, latest: '2026-11-22' });
  });

  it('has no latest without entries', () => {
    expect(satisfactionReview({} as Account, '2026-11-22', 6)).toEqual({ since: '2026-05-22', measured: false, latest: undefined });
    expect(satisfactionReview(account([]), '2026-11-22', 6)).toEqual({ since: '2026-05-22', measured: false, latest: undefined });
  });
});
