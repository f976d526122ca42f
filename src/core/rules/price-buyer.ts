import { label } from '../labels.js';
import { isKeyOrDevelopment } from '../portfolio.js';
import type { AccountRule } from './types.js';

const PRICE_SENSITIVE = { commodity: 'a commodity', 'product-provider': 'a product provider' } as const;

export const priceBuyer: AccountRule = {
  id: 'price-buyer',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key or key-development account that sees us as a commodity or a product provider.',
  why: 'A customer that sees us as a commodity or a product provider is highly price-sensitive and shows little or no loyalty: it does not belong among the accounts that get KAM resources.',
  fix: 'Differentiate and add benefits (commodity), or understand and support the customer\'s aims (product provider), until the customer sees us as value-add (`relationship.perceived_level`); or reconsider the account\'s status.',
  check(account, result, ctx) {
    const level = result.perceivedLevel;
    if (!isKeyOrDevelopment(result.quadrant) || (level !== 'commodity' && level !== 'product-provider')) return [];
    const next = level === 'commodity'
      ? 'differentiate and add benefits to reach "product provider"'
      : "understand the customer's aims and support some of them to reach \"value-add\"";
    return [{
      path: ['relationship', 'perceived_level'],
      message: `${label(result.quadrant, ctx.config)} account that sees us as ${PRICE_SENSITIVE[level]}: high price sensitivity and ` +
        `${level === 'commodity' ? 'no' : 'low'} loyalty do not belong among the accounts that get KAM resources; ${next}, or reconsider its status`,
    }];
  },
};
