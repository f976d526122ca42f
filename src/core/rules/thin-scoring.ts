import { thinAxes } from '../health.js';
import { list, pct } from './messages.js';
import type { AccountRule, Finding } from './types.js';

export const thinScoring: AccountRule = {
  id: 'thin-scoring',
  scope: 'account',
  defaultSeverity: 'warning',
  description: "An axis scored on fewer than limits.min_factor_share of its factors: the quadrant is provisional.",
  why: "An axis scored on a few factors can place an account anywhere on the matrix: a quadrant resting on it is provisional.",
  fix: "Score the factors the message names (kam assess), heaviest first; `limits.min_factor_share` sets the share needed.",
  check(account, result, ctx) {
    const findings: Finding[] = [];
    for (const axis of thinAxes(result.coverage, ctx.config)) {
      const { scored, of } = result.coverage[axis];
      const given = account[axis] ?? {};
      // Heaviest first: those move the score most.
      const missing = ctx.config.factors[axis]
        .filter((f) => f.weight > 0 && typeof given[f.id] !== 'number')
        .sort((a, b) => b.weight - a.weight)
        .map((f) => f.id);
      findings.push({
        subject: `axis:${axis}`,
        path: [axis],
        message: `${axis} rests on ${scored} of ${of} factors (below ${pct(ctx.config.limits.min_factor_share)}), so the quadrant is provisional: ` +
          `a few factors can place an account anywhere on the matrix; score ${list(missing)}`,
      });
    }
    return findings;
  },
};
