import { label } from '../labels.js';
import { planChecklist } from '../plan.js';
import { list } from './messages.js';
import type { AccountRule } from './types.js';

export const incompletePlan: AccountRule = {
  id: 'incomplete-plan',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account whose plan lacks objectives, tactics or a decision-maker with a business agenda.',
  why: 'A key account earns its resources with a plan built from the customer\'s agenda: objectives for the relationship and for its development, the tactics that get there, and a decision-maker whose business agenda we know.',
  fix: 'Complete the plan: `plan.charter.objectives`, `plan.development.objectives`, tactics for at least one quarter in `plan.development.tactics`, and a decision-maker contact with `agenda.business`.',
  check(account, result, ctx) {
    if (result.quadrant !== 'key' && result.quadrant !== 'key-development') return [];
    // Satisfaction has a rule of its own (stale-satisfaction).
    const missing = planChecklist(account, ctx.asOf, ctx.config.limits.review_months)
      .filter((item) => !item.done && item.id !== 'satisfaction')
      .map((item) => (item.id === 'decision-maker' ? item.label : `${item.label} (${item.where})`));
    if (missing.length === 0) return [];
    return [{
      path: account.plan ? ['plan'] : [],
      message: `${label(result.quadrant, ctx.config)} account whose plan lacks ${list(missing)}: ` +
        `a key account earns its resources with a plan built from the customer's agenda; complete the plan`,
    }];
  },
};
