import type { AccountRule } from './types.js';

export const unclassified: AccountRule = {
  id: 'unclassified',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'An account without an attractiveness or a strength score.',
  why: 'An account without an attractiveness or strength score cannot be placed on the matrix, so nobody can say whether it deserves key-account resources.',
  fix: 'Score the missing factors, for example with `kam assess`.',
  check(account, result) {
    if (result.quadrant !== 'unclassified') return [];
    const missing = [result.attractiveness === null ? 'attractiveness' : null, result.strength === null ? 'strength' : null]
      .filter((a): a is 'attractiveness' | 'strength' => a !== null);
    return [{
      path: account[missing[0]!] ? [missing[0]!] : [],
      message: `no ${missing.join(' or ')} score: the account cannot be placed on the matrix, so nobody can say whether it deserves key-account resources; ` +
        `score the ${missing.join(' and ')} factors (kam assess)`,
    }];
  },
};
