import { personKey } from './strings.js';
import type { QuadrantId } from './types.js';
import type { PortfolioEntry } from './analyze.js';
import { HEALTH_STATUSES, type HealthStatus } from './health.js';

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
  /** Each manager's whole book: accounts, by quadrant, and their current revenue (SPEC 8.1). */
  managerLoad: Record<string, ManagerLoad>;
  /** Accounts per health status. */
  health: Record<HealthStatus, number>;
}

export interface ManagerLoad {
  accounts: number;
  quadrants: Record<QuadrantId, number>;
  revenue: number;
}


/**
 * Groups accounts by normalised manager name; each group is shown under the
 * first spelling met in file order (trimmed and collapsed). Blank names are no manager.
 */
export function byManager<T extends Pick<PortfolioEntry, 'manager'>>(accounts: readonly T[]): Map<string, { name: string; accounts: T[] }> {
  const groups = new Map<string, { name: string; accounts: T[] }>();
  for (const a of accounts) {
    if (a.manager === null) continue;
    const key = personKey(a.manager);
    if (key === '') continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: a.manager.trim().replace(/\s+/g, ' '), accounts: [] }));
    group.accounts.push(a);
  }
  return groups;
}

/** A manager's book, whatever the spelling of the name asked for. */
export function managerLoadOf(summary: Pick<PortfolioSummary, 'managerLoad'>, manager: string | null): { name: string; load: ManagerLoad } | null {
  if (manager === null) return null;
  const key = personKey(manager);
  for (const [name, load] of Object.entries(summary.managerLoad)) if (personKey(name) === key) return { name, load };
  return null;
}

const zeroQuadrants = () => Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<QuadrantId, number>;

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
  const quadrants = zeroQuadrants();
  const health = Object.fromEntries(HEALTH_STATUSES.map((h) => [h, 0])) as Record<HealthStatus, number>;
  for (const a of accounts) {
    quadrants[a.quadrant] += 1;
    health[a.health.status] += 1;
  }
  // Null-prototype maps: manager names come from files and may be "__proto__".
  const managers: Record<string, number> = Object.create(null);
  const managerLoad: Record<string, ManagerLoad> = Object.create(null);
  for (const { name, accounts: book } of byManager(accounts).values()) {
    const load: ManagerLoad = { accounts: book.length, quadrants: zeroQuadrants(), revenue: 0 };
    for (const a of book) {
      load.quadrants[a.quadrant] += 1;
      load.revenue += a.revenue.current ?? 0;
    }
    managers[name] = load.quadrants.key + load.quadrants['key-development'];
    managerLoad[name] = load;
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
    managerLoad,
    health,
  };
}
