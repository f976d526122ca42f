/**
 * Everything about one account that `kam show` and the report sections
 * present, computed once from the data (pure).
 */
import type { AccountResult } from '../core/analyze.js';
import { contributions, type FactorContribution } from '../core/contributions.js';
import { planChecklist, type PlanItem } from '../core/plan.js';
import { planView, type PlanView } from '../core/plan-view.js';
import type { Account, Config, Diagnostic } from '../core/types.js';

export interface AccountDetail {
  result: AccountResult;
  account: Account;
  attractiveness: FactorContribution[];
  strength: FactorContribution[];
  plan: PlanItem[];
  /** The one-page account plan: charter, development plan, relationship map, forces. */
  planView: PlanView;
  asOf: string;
  diagnostics: Diagnostic[];
}

export function accountDetail(result: AccountResult, account: Account, config: Config, asOf: string, diagnostics: readonly Diagnostic[]): AccountDetail {
  return {
    result,
    account,
    attractiveness: contributions(account.attractiveness, config.factors.attractiveness, config.thresholds.attractiveness),
    strength: contributions(account.strength, config.factors.strength, config.thresholds.strength),
    plan: planChecklist(account, asOf, config.limits.review_months),
    planView: result.plan ?? planView(account, asOf),
    asOf,
    diagnostics: diagnostics.filter((d) => d.file === result.file),
  };
}
