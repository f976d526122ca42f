/**
 * The run behind the views that need every account at the end (the score
 * table, the HTML and Markdown reports), kept small so 100,000 accounts fit:
 * each account is kept without its plan view (nothing but the per-account
 * sections shows it, and they build it from the account data), and the
 * account data is read again at the end for those sections only (up to
 * MAX_SECTIONS files) instead of being kept for every account. The score
 * table keeps less still (tableRow): well under 1 KB an account instead of
 * 4, and so do the reports for every account they do not detail.
 */
import type { AccountResult, OpportunityResult } from '../core/analyze.js';
import type { Account } from '../core/types.js';
import { isKeyOrDevelopment } from '../core/portfolio.js';
import { createFileProcessor } from './file-processor.js';
import { MAX_AT_RISK, MAX_SECTIONS, sectionAccounts } from '../format/report/data.js';
import { runPortfolio, type PortfolioRun, type RunOptions } from './portfolio-run.js';

export async function reportRun(options: Omit<RunOptions, 'keepAccounts' | 'retainAccounts' | 'onAccount'>, withSections: boolean): Promise<PortfolioRun> {
  const accounts: AccountResult[] = [];
  // The reports read more than the table only of the accounts they detail:
  // the largest key and key-development accounts (sections) and the largest
  // at-risk ones (their reasons). Those are kept whole, the rest slim.
  const detailed = withSections ? [largest(MAX_SECTIONS, (a) => isKeyOrDevelopment(a.quadrant)), largest(MAX_AT_RISK, (a) => a.health.status === 'at-risk')] : [];
  const run = await runPortfolio({
    ...options, retainAccounts: false,
    onAccount: (a) => {
      for (const d of detailed) d.offer(a, accounts.length);
      accounts.push(tableRow(a));
    },
  });
  for (const d of detailed) for (const k of d.kept) accounts[k.index] = k.result.plan ? { ...k.result, plan: null } : k.result;
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

/**
 * The `limit` accounts `wanted` with the largest current revenue, ties going
 * to the earlier account: the same ones, in the same order, as the stable
 * sorts of sectionAccounts and atRiskAccounts pick at the end.
 */
function largest(limit: number, wanted: (a: AccountResult) => boolean) {
  const kept: { index: number; revenue: number; result: AccountResult }[] = [];
  return {
    kept,
    offer(result: AccountResult, index: number): void {
      if (!wanted(result)) return;
      const revenue = result.revenue.current ?? 0;
      if (kept.length === limit && !(revenue > kept[limit - 1]!.revenue)) return;
      let i = kept.length;
      while (i > 0 && kept[i - 1]!.revenue < revenue) i--;
      kept.splice(i, 0, { index, revenue, result });
      if (kept.length > limit) kept.pop();
    },
  };
}

const NO_QUESTIONS = Object.freeze([]) as unknown as OpportunityResult['failed'];
const NOTHING = Object.freeze([]) as unknown as never[];
const BORDERLINE = Object.freeze({ borderline: true, minimalChange: null });
const SETTLED = Object.freeze({ borderline: false, minimalChange: null });
/**
 * One shared, frozen copy of each value seen: a health status without its
 * details, a coverage, a relationship. Each has a few dozen forms at most (the
 * statuses, the factor counts, the stage pairs), and 100,000 accounts would
 * otherwise hold 100,000 copies of each.
 */
function shared<T extends object>(key: (value: T) => string): (value: T) => T {
  const seen = new Map<string, T>();
  return (value) => {
    const k = key(value);
    let one = seen.get(k);
    if (!one) seen.set(k, (one = deepFreeze(structuredClone(value))));
    return one;
  };
}
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
const slimHealth = shared<AccountResult['health']>((h) => h.status);
const sharedCoverage = shared<AccountResult['coverage']>((c) => `${c.attractiveness.scored}/${c.attractiveness.of}/${c.strength.scored}/${c.strength.of}`);
const sharedRelationship = shared<NonNullable<AccountResult['relationship']>>((r) => `${r.stage}/${r.customerView}/${r.gap}`);
/** One opportunity per decision: the table counts decisions, and sorts by them, nothing more. */
const slimOpportunity = shared<OpportunityResult>((o) => o.decision);

/**
 * What the score table, its sort and its chart read of an account
 * (format/terminal/table.ts and chart.ts, core/sort.ts), and all the HTML
 * and Markdown reports read of an account they do not detail (its accounts
 * table row, chart marks and findings heading): the health status
 * but not its reasons, history and alerts; each opportunity's decision only;
 * whether the quadrant is borderline but not the change that would move it;
 * no plan view. Kept for every account, so at 100,000 accounts every
 * object counts.
 */
function tableRow(a: AccountResult): AccountResult {
  return {
    ...a,
    opportunities: a.opportunities.map((o) => slimOpportunity({ id: '', name: null, value: null, stage: null, decision: o.decision, failed: NO_QUESTIONS, open: NO_QUESTIONS })),
    stability: a.stability && (a.stability.borderline ? BORDERLINE : SETTLED),
    health: slimHealth({ status: a.health.status, reasons: NOTHING, satisfaction: null, history: NOTHING, sales: null, openAlerts: NOTHING }),
    coverage: sharedCoverage(a.coverage),
    relationship: a.relationship && sharedRelationship(a.relationship),
    plan: null,
  };
}
