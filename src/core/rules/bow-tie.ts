import { label } from '../labels.js';
import { relationshipMap } from '../plan-view.js';
import type { StageId } from '../types.js';
import { plural, stageName } from './messages.js';
import type { AccountRule } from './types.js';

const BEYOND_BASIC: readonly StageId[] = ['co-operative', 'interdependent', 'integrated'];

export const bowTie: AccountRule = {
  id: 'bow-tie',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key account at stage co-operative or beyond whose contacts are all held by one person on our side, or by nobody.',
  why: 'A relationship beyond basic needs contacts on both sides; when every contact runs through one person of ours (the "bow-tie"), the account is lost the day that person leaves, and nobody else hears what the customer is planning.',
  fix: 'Record who holds each relationship (`owner` under `relationship.contacts`) and spread the contacts over several people on our side: service, engineering, management.',
  check(account, result, ctx) {
    const stage = account.relationship?.stage;
    if (result.quadrant !== 'key' || !stage || !BEYOND_BASIC.includes(stage)) return [];
    const map = relationshipMap(account);
    // No contacts at all is a missing relationship plan, which incomplete-plan reports.
    if (map.contacts.length === 0 || map.owners.length > 1) return [];
    const n = map.contacts.length;
    const unowned = map.contacts.filter((c) => c.owner === null).length;
    const held = map.owners.length === 0
      ? (n === 1 ? 'its only contact has no owner on our side' : `none of its ${n} contacts has an owner on our side`)
      : unowned > 0
        ? `${plural(n - unowned, 'contact')} ${n - unowned === 1 ? 'is' : 'are'} held by ${map.owners[0]} and ${unowned} by nobody`
        : `${n === 1 ? 'its only contact is' : `all ${n} contacts are`} held by ${map.owners[0]}`;
    return [{
      path: ['relationship', 'contacts'],
      message: `${label(result.quadrant, ctx.config)} account at stage ${stageName(stage)} where ${held}: ` +
        'a bow-tie (one of us meeting the customer) cannot carry a relationship beyond basic, and it ends when that person leaves; ' +
        'name who holds each relationship (owner) and spread the contacts over several people on our side (service, engineering, management)',
    }];
  },
};
