/** What the report formats receive: the whole run, with account data for the per-account sections. */
import type { AccountResult } from '../core/analyze.js';
import type { PortfolioSummary } from '../core/portfolio.js';
import type { Account, Config, Diagnostic } from '../core/types.js';

export interface ReportData {
  asOf: string;
  config: Config;
  files: readonly string[];
  accounts: readonly AccountResult[];
  data: ReadonlyMap<string, Account>;
  portfolio: PortfolioSummary;
  diagnostics: readonly Diagnostic[];
}

export interface ReportOptions {
  /** What bubble area shows in the matrix. */
  bubble: 'revenue' | 'potential';
}

/** Per-account sections are written for the accounts that get KAM resources, up to this many. */
export const MAX_SECTIONS = 100;

export function sectionAccounts(accounts: readonly AccountResult[]): AccountResult[] {
  return accounts
    .filter((a) => a.quadrant === 'key' || a.quadrant === 'key-development')
    .sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0))
    .slice(0, MAX_SECTIONS);
}
