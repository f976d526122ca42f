/**
 * The run behind the views that need every account at the end (the score
 * table, the HTML and Markdown reports), kept small so 100,000 accounts fit:
 * each account is kept without its plan view (nothing but the per-account
 * sections shows it, and they build it from the account data), and the
 * account data is read again at the end for those sections only (up to
 * MAX_SECTIONS files) instead of being kept for every account.
 */
import type { AccountResult } from './core/analyze.js';
import type { Account } from './core/types.js';
import { createFileProcessor } from './file-processor.js';
import { sectionAccounts } from './format/report-data.js';
import { runPortfolio, type PortfolioRun, type RunOptions } from './portfolio-run.js';

export async function reportRun(options: Omit<RunOptions, 'keepAccounts' | 'retainAccounts' | 'onAccount'>, withSections: boolean): Promise<PortfolioRun> {
  const accounts: AccountResult[] = [];
  const run = await runPortfolio({ ...options, retainAccounts: false, onAccount: (a) => void accounts.push(a.plan ? { ...a, plan: null } : a) });
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
