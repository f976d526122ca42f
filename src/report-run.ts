/**
 * The run behind the views that need every account at the end (the score
 * table, the HTML and Markdown reports), kept small so 100,000 accounts fit:
 * each account is kept without its plan view (nothing but the per-account
 * sections shows it, and they build it from the account data), and the
 * account data is read again at the end for those sections only (up to
 * MAX_SECTIONS files) instead of being kept for every account. The score
 * table keeps less still (tableRow): about 1 KB an account instead of 4.
 */
import type { AccountResult, OpportunityResult } from './core/analyze.js';
import type { Decision } from './core/types.js';
import type { Account } from './core/types.js';
import { createFileProcessor } from './file-processor.js';
import { sectionAccounts } from './format/report-data.js';
import { runPortfolio, type PortfolioRun, type RunOptions } from './portfolio-run.js';

export async function reportRun(options: Omit<RunOptions, 'keepAccounts' | 'retainAccounts' | 'onAccount'>, withSections: boolean): Promise<PortfolioRun> {
  const accounts: AccountResult[] = [];
  const run = await runPortfolio({ ...options, retainAccounts: false, onAccount: (a) => void accounts.push(withSections ? (a.plan ? { ...a, plan: null } : a) : tableRow(a)) });
  const data = new Map<string, Account>();
  if (withSections) {
    const read = createFileProcessor({ cwd: options.cwd, config: run.config, asOf: run.asOf, ruleIds: [], keepAccounts: true });
    for (const a of sectionAccounts(accounts)) {
      const account = read(a.file).account;
      if (account) data.set(a.file, account);
    }
  }
  return { ...run, accounts, data };
}

/** One shared opportunity per decision: the table counts decisions, and sorts by them, nothing more. */
const DECISIONS = new Map<Decision, OpportunityResult>();
const NO_QUESTIONS = Object.freeze([]) as unknown as OpportunityResult['failed'];
const NOTHING = Object.freeze([]) as unknown as never[];
const BORDERLINE = Object.freeze({ borderline: true, minimalChange: null });
const SETTLED = Object.freeze({ borderline: false, minimalChange: null });

/**
 * What the score table, its sort and its chart read of an account
 * (src/format/table.ts, terminal-chart.ts, core/sort.ts): the health status
 * but not its reasons, history and alerts; each opportunity's decision only;
 * whether the quadrant is borderline but not the change that would move it;
 * no plan view. Kept for every account, so at 100,000 accounts every
 * object counts.
 */
function tableRow(a: AccountResult): AccountResult {
  return {
    ...a,
    opportunities: a.opportunities.map((o) => {
      let shared = DECISIONS.get(o.decision);
      if (!shared) DECISIONS.set(o.decision, (shared = Object.freeze({ id: '', name: null, value: null, stage: null, decision: o.decision, failed: NO_QUESTIONS, open: NO_QUESTIONS })));
      return shared;
    }),
    stability: a.stability && (a.stability.borderline ? BORDERLINE : SETTLED),
    health: { status: a.health.status, reasons: NOTHING, satisfaction: null, history: NOTHING, sales: null, openAlerts: NOTHING },
    plan: null,
  };
}
