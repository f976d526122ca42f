import type { PortfolioEntry } from '../analyze.js';
import type { Finding, PortfolioRule } from './types.js';

export const duplicateId: PortfolioRule = {
  id: 'duplicate-id',
  scope: 'portfolio',
  defaultSeverity: 'error',
  description: 'Two account files share an id.',
  check(results) {
    const first = new Map<string, PortfolioEntry>();
    const findings: Finding[] = [];
    for (const r of results) {
      const seen = first.get(r.id);
      if (!seen) {
        first.set(r.id, r);
        continue;
      }
      findings.push({
        account: r,
        path: ['id'],
        message: `id "${r.id}" is already used by ${seen.file}; every account needs its own id`,
      });
    }
    return findings;
  },
};
