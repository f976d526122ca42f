import { label } from '../labels.js';
import { isKeyOrDevelopment } from '../portfolio.js';
import { personKey } from '../strings.js';
import type { AccountRule } from './types.js';

export const noManager: AccountRule = {
  id: 'no-manager',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account without a manager.',
  why: "The customer expects one main link into the supplier who understands their business; an account that gets KAM resources needs a named manager.",
  fix: "Name the key account manager in `manager:`.",
  check(account, result, ctx) {
    if (!isKeyOrDevelopment(result.quadrant) || (result.manager !== null && personKey(result.manager) !== '')) return [];
    return [{
      path: account.manager !== undefined ? ['manager'] : ['id'],
      message: `${label(result.quadrant, ctx.config)} account without a manager: the customer expects one main link into the supplier ` +
        'who understands their business; name the key account manager (manager:)',
    }];
  },
};
