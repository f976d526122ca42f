import { pct } from './messages.js';
import type { PortfolioRule } from './types.js';

export const tooManyKey: PortfolioRule = {
  id: 'too-many-key',
  scope: 'portfolio',
  defaultSeverity: 'warning',
  description: 'Key accounts are more than limits.key_share of the classified accounts.',
  why: 'When too many customers are key, none of them gets real key-account attention: KAM resources are finite.',
  fix: 'Choose the few accounts that deserve full KAM and manage the others as key development or maintenance, or change `limits.key_share` if the portfolio is built that way on purpose.',
  check(results, summary, ctx) {
    const classified = summary.accounts - summary.quadrants.unclassified;
    const key = summary.quadrants.key;
    const share = ctx.config.limits.key_share;
    if (classified === 0 || key <= share * classified) return [];
    // A finding about the portfolio, not about whichever key account sorts next: no account.
    return [{
      subject: 'portfolio:key-share',
      configPath: ['limits', 'key_share'],
      message: `portfolio: ${key} of ${classified} classified accounts are key (${pct(key / classified)}, limit ${pct(share)}): ` +
        `when too many customers are "key", none of them gets real attention; choose the few that deserve full KAM`,
    }];
  },
};
