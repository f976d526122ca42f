import type { QuadrantId } from './types.js';
import type { PortfolioEntry } from './analyze.js';

export const QUADRANTS: readonly QuadrantId[] = ['key', 'key-development', 'maintenance', 'opportunistic', 'unclassified'];

export interface PortfolioSummary {
  accounts: number;
  revenue: {
    total: number;
    /** The largest account's share of total current revenue, 0..1 (0 when there is no revenue). */
    topShare: number;
    /** Share of the ceil(20 % · n) largest accounts. */
    top20Share: number;
    /** The account with the largest current revenue, if any has revenue. */
    topAccount: string | null;
  };
  quadrants: Record<QuadrantId, number>;
  /** Key + key-development accounts per named manager (every named manager appears). */
  managers: Record<string, number>;
}

export function isKeyOrDevelopment(q: QuadrantId): boolean {
  return q === 'key' || q === 'key-development';
}

export function summarizePortfolio(accounts: readonly PortfolioEntry[]): PortfolioSummary {
  const revenues = accounts.map((a) => a.revenue.current ?? 0).sort((a, b) => b - a);
  const total = revenues.reduce((a, b) => a + b, 0);
  const topN = Math.ceil(0.2 * accounts.length);
  const top20 = revenues.slice(0, topN).reduce((a, b) => a + b, 0);
  let topAccount: PortfolioEntry | null = null;
  for (const a of accounts) {
    if ((a.revenue.current ?? 0) > (topAccount?.revenue.current ?? 0)) topAccount = a;
  }
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<QuadrantId, number>;
  // A null-prototype map: manager names come from files and may be "__proto__".
  const managers: Record<string, number> = Object.create(null);
  for (const a of accounts) {
    quadrants[a.quadrant] += 1;
    if (a.manager !== null) managers[a.manager] = (managers[a.manager] ?? 0) + (isKeyOrDevelopment(a.quadrant) ? 1 : 0);
  }
  return {
    accounts: accounts.length,
    revenue: {
      total,
      topShare: total > 0 ? (revenues[0] ?? 0) / total : 0,
      top20Share: total > 0 ? top20 / total : 0,
      topAccount: topAccount?.id ?? null,
    },
    quadrants,
    managers,
  };
}
