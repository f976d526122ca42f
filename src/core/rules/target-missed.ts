import { label } from '../labels.js';
import type { AccountRule } from './types.js';

export const targetMissed: AccountRule = {
  id: 'target-missed',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A target date has passed without the target quadrant being reached.',
  why: 'A plan that misses its own date no longer steers the account.',
  fix: 'Review the target with the account team: set a new `target.by` date, or a new target and a new plan.',
  check(account, result, ctx) {
    const t = result.target;
    if (!t?.by || t.by >= ctx.asOf || result.quadrant === t.quadrant) return [];
    return [{
      path: ['target', 'by'],
      message: `the target was to be ${label(t.quadrant, ctx.config)} by ${t.by}, and the account is still ${label(result.quadrant, ctx.config)}: ` +
        'a plan that misses its own date needs a new date or a new plan; review the targets with the account team',
    }];
  },
};
