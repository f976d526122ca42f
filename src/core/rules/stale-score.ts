import { monthsBefore } from '../dates.js';
import { newestChange } from '../freshness.js';
import { label } from '../labels.js';
import type { AccountRule } from './types.js';

export const staleScore: AccountRule = {
  id: 'stale-score',
  scope: 'account',
  defaultSeverity: 'off',
  description: 'A key or key-development account none of whose factor scores has changed in git for more than limits.score_months.',
  why: 'The quadrant steers where the scarce KAM resources go; a classification nobody has revisited for a year may no longer describe the customer, and the account may be getting attention it no longer earns, or missing attention it now deserves.',
  fix: 'Re-score the account with the team (`kam assess <file>`); a score that is still right can be confirmed in the plan review, but change at least the factors that moved.',
  check(account, result, ctx) {
    if (result.quadrant !== 'key' && result.quadrant !== 'key-development') return [];
    const freshness = ctx.freshness?.(result.file, account);
    const newest = freshness ? newestChange(freshness) : null;
    if (!newest) return [];
    const months = ctx.config.limits.score_months;
    const since = monthsBefore(ctx.asOf, months);
    if (newest.changed >= since) return [];
    return [{
      path: account.attractiveness ? ['attractiveness'] : ['strength'],
      message: `${label(result.quadrant, ctx.config)} account whose factor scores have not changed since ${newest.changed}` +
        `${newest.commit ? ` (commit ${newest.commit.slice(0, 7)})` : ''}, more than ${months} months before ${ctx.asOf}: ` +
        'a classification nobody has revisited may no longer describe the customer; re-score it with the team (kam assess)',
    }];
  },
};
