import type { AccountResult, PortfolioEntry } from '../analyze.js';
import type { PortfolioSummary } from '../portfolio.js';
import type { Freshness } from '../freshness.js';
import type { Account, Config, DocPath, RuleSetting } from '../types.js';

export interface RuleContext {
  config: Config;
  /** The as-of date, YYYY-MM-DD. */
  asOf: string;
  /** When each factor score last changed (git history), for the file being checked; absent when not computed or not in git. */
  freshness?: (file: string, account: Account) => Freshness | undefined;
  /**
   * Where portfolio-wide findings go (SPEC 8.2): the config file when there
   * is one, else the first account file in walk order.
   */
  portfolioFile?: { file: string; isConfig: boolean };
}

/** What a rule reports; the engine adds rule id, severity and file. */
export interface Finding {
  message: string;
  /** What the finding is about within the account (Diagnostic.subject): stable across runs. */
  subject?: string;
  /** Where in the account file the problem sits; the I/O edge turns it into line:column. */
  path?: DocPath;
  /** For portfolio rules: the account the finding belongs to (its file is looked up); none for portfolio-wide findings. */
  account?: PortfolioEntry;
  /** For portfolio-wide findings placed on the config file: where in it (e.g. the limit concerned). */
  configPath?: DocPath;
}

interface RuleMeta {
  id: string;
  /** 'off' for rules a team turns on (they cost extra work, such as reading git history). */
  defaultSeverity: RuleSetting;
  /** What the rule finds, in one line (rule listings, SARIF shortDescription). */
  description: string;
  /** Why it matters, in the domain's terms (SARIF fullDescription and help, docs/rules.md). */
  why: string;
  /** What to do about it (SARIF help, docs/rules.md). */
  fix: string;
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
