import { label } from '../labels.js';
import type { AccountRule } from './types.js';

export const positioningMismatch: AccountRule = {
  id: 'positioning-mismatch',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account that positions us as a tactical supplier.',
  why: 'Key account management works only where the buyer wants a close relationship; a customer that sees us as a tactical supplier will not invest in one.',
  fix: 'Raise our significance to the customer (cost savings, unique technology, switching costs), or reconsider the account\'s key status.',
  check(account, result, ctx) {
    const q = result.quadrant;
    const p = result.positioning;
    if ((q !== 'key' && q !== 'key-development') || (p !== 'tactical-profit' && p !== 'tactical-make-easy')) return [];
    return [{
      path: ['positioning'],
      message: `${label(q, ctx.config)} account, but the customer positions us as "${label(p, ctx.config)}": ` +
        `KAM works only where the buyer wants a close relationship; raise our significance to them (cost savings, unique technology) or reconsider the account's status`,
    }];
  },
};
