import { satisfactionReview } from '../plan.js';
import { label } from '../labels.js';
import type { AccountRule } from './types.js';

export const staleSatisfaction: AccountRule = {
  id: 'stale-satisfaction',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account without a satisfaction measure within review_months.',
  why: 'Customer satisfaction is the early warning of a retention problem; for a key account it must be measured at least every `limits.review_months` months.',
  fix: 'Run a satisfaction survey or interview and record it under `performance.satisfaction` before the plan is renewed.',
  check(account, result, ctx) {
    if (result.quadrant !== 'key' && result.quadrant !== 'key-development') return [];
    const months = ctx.config.limits.review_months;
    const { since, measured, latest } = satisfactionReview(account, ctx.asOf, months);
    if (measured) return [];
    return [{
      path: account.performance?.satisfaction?.length ? ['performance', 'satisfaction'] : [],
      message: `${label(result.quadrant, ctx.config)} account with no customer satisfaction measured since ${since}` +
        `${latest ? ` (last: ${latest})` : ' (none recorded)'}: satisfaction is the early warning of a retention problem; ` +
        `run a survey or interview before the plan is renewed (every ${months} months at least)`,
    }];
  },
};
