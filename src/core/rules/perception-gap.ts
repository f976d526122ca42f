import type { AccountRule } from './types.js';
import { stageName } from './messages.js';

export const perceptionGap: AccountRule = {
  id: 'perception-gap',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'We rate the relationship stage higher than the customer does.',
  why: 'Suppliers routinely over-estimate the relationship stage they have reached; a plan built on our own view promises what the customer does not recognise.',
  fix: 'Plan from the customer\'s view (`relationship.customer_view`) and test it in the next satisfaction interview.',
  check(account, result) {
    const r = result.relationship;
    if (!r || r.gap === null || r.gap < 1 || !r.stage || !r.customerView) return [];
    return [{
      path: ['relationship', 'customer_view'],
      message: `we see the relationship as ${stageName(r.stage)}, the customer sees it as ${stageName(r.customerView)} (gap ${r.gap}): ` +
        `suppliers routinely over-estimate the stage they have reached; plan from the customer's view and test it in the next satisfaction interview`,
    }];
  },
};
