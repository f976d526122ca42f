/** What the report formats receive: the whole run, with account data for the per-account sections. */
import type { AccountResult } from '../../core/analyze.js';
import type { Showing } from '../../core/filter.js';
import type { PortfolioSummary } from '../../core/portfolio.js';
import type { Account, Config, Diagnostic } from '../../core/types.js';
import { isKeyOrDevelopment } from '../../core/portfolio.js';

export interface ReportData {
  asOf: string;
  config: Config;
  files: readonly string[];
  accounts: readonly AccountResult[];
  data: ReadonlyMap<string, Account>;
  portfolio: PortfolioSummary;
  diagnostics: readonly Diagnostic[];
  /** When a filter chose the accounts: how many are shown, of how many. */
  showing?: Showing;
}

export interface ReportOptions {
  /** What bubble area shows in the matrix. */
  bubble: 'revenue' | 'potential';
}

/** Per-account sections are written for the accounts that get KAM resources, up to this many. */
export const MAX_SECTIONS = 100;

/** The at-risk tables list this many accounts with their reasons; the rest are counted. */
export const MAX_AT_RISK = 100;

export function sectionAccounts(accounts: readonly AccountResult[]): AccountResult[] {
  return accounts
    .filter((a) => a.quadrant === 'key' || a.quadrant === 'key-development')
    .sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0))
    .slice(0, MAX_SECTIONS);
}

/** At-risk accounts, largest current revenue first. */
export function atRiskAccounts(accounts: readonly AccountResult[]): AccountResult[] {
  return accounts.filter((a) => a.health.status === 'at-risk').sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0));
}

export interface FindingGroup {
  /** The account the findings are about; null for portfolio-wide findings and files that are not valid accounts. */
  account: AccountResult | null;
  /** True for the group of portfolio-wide findings (too-many-key, manager-load). */
  portfolio: boolean;
  file: string;
  diagnostics: Diagnostic[];
}

/** Findings about the portfolio as a whole carry no account (SPEC 8.2); schema errors of unreadable files carry none either. */
const portfolioWide = (d: Diagnostic) => d.account === undefined && d.rule !== 'schema';

/**
 * Findings grouped by account: portfolio-wide ones first, then at-risk key and
 * key-development accounts, other at-risk accounts, other key and
 * key-development accounts, the rest, files that are not valid accounts last;
 * by current revenue within each.
 */
export function findingGroups(accounts: readonly AccountResult[], diagnostics: readonly Diagnostic[]): FindingGroup[] {
  const byFile = new Map(accounts.map((a) => [a.file, a]));
  const groups = new Map<string, FindingGroup>();
  for (const d of diagnostics) {
    const wide = portfolioWide(d);
    const key = wide ? '\0portfolio' : d.file;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { account: wide ? null : byFile.get(d.file) ?? null, portfolio: wide, file: d.file, diagnostics: [] }));
    g.diagnostics.push(d);
  }
  const rank = (g: FindingGroup) => {
    const a = g.account;
    if (!a) return g.portfolio ? 0 : 5;
    const risk = a.health.status === 'at-risk';
    const key = isKeyOrDevelopment(a.quadrant);
    return risk && key ? 1 : risk ? 2 : key ? 3 : 4;
  };
  return [...groups.values()]
    .map((g, i) => ({ g, i, r: rank(g) }))
    .sort((x, y) => x.r - y.r || (y.g.account?.revenue.current ?? 0) - (x.g.account?.revenue.current ?? 0) || x.i - y.i)
    .map(({ g }) => g);
}
