import type { AccountRule } from './types.js';

export const priceBuyer: AccountRule = {
  id: 'price-buyer',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key account that perceives us as a commodity supplier.',
  why: 'A customer that sees us as a commodity buys on price and shows no loyalty: it does not belong at the top of the list.',
  fix: 'Differentiate and add benefits until the customer sees us as a product provider or better (`relationship.perceived_level`), or reconsider the key status.',
  check(account, result) {
    if (result.quadrant !== 'key' || result.perceivedLevel !== 'commodity') return [];
    return [{
      path: ['relationship', 'perceived_level'],
      message: 'key account that sees us as a commodity: high price sensitivity and no loyalty do not belong at the top of the list; ' +
        'differentiate and add benefits to reach "product provider", or reconsider the key status',
    }];
  },
};
