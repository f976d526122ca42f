import { pct } from './messages.js';
import type { Finding, PortfolioRule } from './types.js';

export const concentration: PortfolioRule = {
  id: 'concentration',
  scope: 'portfolio',
  defaultSeverity: 'warning',
  description: "One account's share of total current revenue exceeds limits.top_account_share.",
  why: 'When one customer brings a large share of revenue, losing it, or having to give in to its price demands, hurts the whole business.',
  fix: 'Protect the relationship (a deeper, multi-level contact map and a current plan) and grow other accounts so that the risk is spread; raise `limits.top_account_share` only if the concentration is a deliberate choice.',
  check(results, summary, ctx) {
    const total = summary.revenue.total;
    const limit = ctx.config.limits.top_account_share;
    if (total <= 0) return [];
    const findings: Finding[] = [];
    for (const r of results) {
      const share = (r.revenue.current ?? 0) / total;
      if (share <= limit) continue;
      findings.push({
        account: r,
        path: ['revenue', 'current'],
        message: `${pct(share)} of total current revenue comes from this account (limit ${pct(limit)}): ` +
          `losing it would hurt badly; protect the relationship and grow other accounts to spread the risk`,
      });
    }
    return findings;
  },
};
