/** Calendar arithmetic on YYYY-MM-DD strings, free of time zones. */

export function parseDate(s: string): { y: number; m: number; d: number } {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// A run asks for the same (as-of date, months) once or twice per account: the
// last answer for each month count is kept (a handful of counts at most).
const lastAnswer = new Map<number, { date: string; result: string }>();

/** The same day `months` earlier, clamped to the month's end (2026-03-31 − 1 → 2026-02-28). */
export function monthsBefore(date: string, months: number): string {
  const last = lastAnswer.get(months);
  if (last?.date === date) return last.result;
  const result = computeMonthsBefore(date, months);
  if (lastAnswer.size >= 16) lastAnswer.clear();
  lastAnswer.set(months, { date, result });
  return result;
}

function computeMonthsBefore(date: string, months: number): string {
  const { y, m, d } = parseDate(date);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (2026-01-31 → 2026-02-28 is 0; → 2026-03-31 is 2). */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}
