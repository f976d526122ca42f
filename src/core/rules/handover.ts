import type { AccountRule } from './types.js';

export const handover: AccountRule = {
  id: 'handover',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A hunted account that is key or has a won opportunity: time to hand it to a farmer.',
  why: "Hunters identify, pursue, close and hand over; a won or key account is grown by a farmer.",
  fix: "Hand the account to a farmer and set `lifecycle: farm`.",
  check(account, result) {
    if (account.lifecycle !== 'hunt') return [];
    const won = result.opportunities.find((o) => o.stage === 'won');
    if (result.quadrant !== 'key' && !won) return [];
    const why = result.quadrant === 'key' ? 'a key account' : `opportunity "${won!.id}" is won`;
    return [{
      path: ['lifecycle'],
      message: `lifecycle hunt, but ${why}: hunters identify, pursue, close and hand over; a won account is grown by a farmer; ` +
        'hand it over and set lifecycle: farm',
    }];
  },
};
