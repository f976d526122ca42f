import { stageName } from './messages.js';
import type { AccountRule } from './types.js';

export const earlyStageKey: AccountRule = {
  id: 'early-stage-key',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A key account whose relationship stage is exploratory or basic.',
  why: "A genuine key account needs a relationship beyond one salesperson and one buyer; at the exploratory or basic stage it is easy to lose.",
  fix: "Build contacts across functions and levels toward a co-operative relationship, or manage the account as key development until then.",
  check(account, result) {
    const stage = result.relationship?.stage;
    if (result.quadrant !== 'key' || (stage !== 'exploratory' && stage !== 'basic')) return [];
    return [{
      path: ['relationship', 'stage'],
      message: `key account at the ${stageName(stage)} stage: a genuine key account needs a co-operative relationship or better, ` +
        'with contacts beyond one salesperson and one buyer; build contacts across functions, or treat it as key development until the relationship is there',
    }];
  },
};
