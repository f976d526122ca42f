import type { AccountRule } from './types.js';
import { stageName } from './messages.js';

export const singleThreaded: AccountRule = {
  id: 'single-threaded',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'An interdependent or integrated relationship that rests on fewer than 3 contacts or one function.',
  why: 'An interdependent or integrated relationship that rests on one or two people, or on one function, ends when one person leaves: it needs contacts across functions and levels (the "diamond").',
  fix: 'Add contacts in other functions under `relationship.contacts`, or record the stage the relationship has really reached.',
  check(account) {
    const rel = account.relationship;
    if (rel?.stage !== 'interdependent' && rel?.stage !== 'integrated') return [];
    const contacts = rel.contacts ?? [];
    const functions = new Set(contacts.map((c) => c.function?.trim().toLowerCase()));
    const oneFunction = contacts.length > 0 && functions.size === 1 && !functions.has(undefined) && !functions.has('');
    if (contacts.length >= 3 && !oneFunction) return [];
    const why = contacts.length < 3
      ? `only ${contacts.length} contact${contacts.length === 1 ? '' : 's'}`
      : `all ${contacts.length} contacts in ${[...functions][0]}`;
    return [{
      path: contacts.length > 0 ? ['relationship', 'contacts'] : ['relationship', 'stage'],
      message: `stage ${stageName(rel.stage)} with ${why}: an ${stageName(rel.stage)} relationship needs contacts across functions and levels (the "diamond"), ` +
        `or it ends when one person leaves; add contacts in other functions`,
    }];
  },
};
