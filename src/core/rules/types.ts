import type { AccountResult, PortfolioEntry } from '../analyze.js';
import type { PortfolioSummary } from '../portfolio.js';
import type { Account, Config, DocPath, Severity } from '../types.js';

export interface RuleContext {
  config: Config;
  /** The as-of date, YYYY-MM-DD. */
  asOf: string;
}

/** What a rule reports; the engine adds rule id, severity and file. */
export interface Finding {
  message: string;
  /** Where in the account file the problem sits; the I/O edge turns it into line:column. */
  path?: DocPath;
  /** For portfolio rules: the account the finding belongs to (its file is looked up). */
  account?: PortfolioEntry;
}

interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line for rule listings (SARIF, docs). */
  description: string;
}

export interface AccountRule extends RuleMeta {
  scope: 'account';
  check(account: Account, result: AccountResult, ctx: RuleContext): Finding[];
}

export interface PortfolioRule extends RuleMeta {
  scope: 'portfolio';
  check(results: readonly PortfolioEntry[], summary: PortfolioSummary, ctx: RuleContext): Finding[];
}

export type Rule = AccountRule | PortfolioRule;
