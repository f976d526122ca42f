import { monthsBefore } from '../dates.js';
import { label } from '../labels.js';
import type { AccountRule } from './types.js';

export const staleSatisfaction: AccountRule = {
  id: 'stale-satisfaction',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account without a satisfaction measure within review_months.',
  check(account, result, ctx) {
    if (result.quadrant !== 'key' && result.quadrant !== 'key-development') return [];
    const months = ctx.config.limits.review_months;
    const since = monthsBefore(ctx.asOf, months);
    const entries = account.performance?.satisfaction ?? [];
    // Entries after the as-of date do not count: results must not depend on when they are read.
    if (entries.some((e) => e.date >= since && e.date <= ctx.asOf)) return [];
    const latest = entries.map((e) => e.date).filter((d) => d <= ctx.asOf).sort().pop();
    return [{
      path: entries.length > 0 ? ['performance', 'satisfaction'] : [],
      message: `${label(result.quadrant, ctx.config)} account with no customer satisfaction measured since ${since}` +
        `${latest ? ` (last: ${latest})` : ' (none recorded)'}: satisfaction is the early warning of a retention problem; ` +
        `run a survey or interview before the plan is renewed (every ${months} months at least)`,
    }];
  },
};
