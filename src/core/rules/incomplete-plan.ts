import { label } from '../labels.js';
import { list } from './messages.js';
import type { AccountRule } from './types.js';

export const incompletePlan: AccountRule = {
  id: 'incomplete-plan',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account whose plan lacks objectives, tactics or a decision-maker with a business agenda.',
  check(account, result, ctx) {
    if (result.quadrant !== 'key' && result.quadrant !== 'key-development') return [];
    const plan = account.plan;
    const missing: string[] = [];
    if (!plan?.charter?.objectives?.length) missing.push("the customer's objectives (plan.charter.objectives)");
    if (!plan?.development?.objectives?.length) missing.push('development objectives (plan.development.objectives)');
    const tactics = plan?.development?.tactics ?? {};
    if (!(['q1', 'q2', 'q3', 'q4'] as const).some((q) => tactics[q]?.length)) missing.push('tactics for any quarter (plan.development.tactics)');
    const dm = (account.relationship?.contacts ?? []).some((c) => c.influence === 'decision-maker' && c.agenda?.business?.trim());
    if (!dm) missing.push('a decision-maker contact with a business agenda');
    if (missing.length === 0) return [];
    return [{
      path: plan ? ['plan'] : [],
      message: `${label(result.quadrant, ctx.config)} account whose plan lacks ${list(missing)}: ` +
        `a key account earns its resources with a plan built from the customer's agenda; complete the plan`,
    }];
  },
};
