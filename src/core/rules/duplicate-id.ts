import type { PortfolioEntry } from '../analyze.js';
import type { Finding, PortfolioRule } from './types.js';

export const duplicateId: PortfolioRule = {
  id: 'duplicate-id',
  scope: 'portfolio',
  defaultSeverity: 'error',
  description: 'Two account files share an id.',
  why: 'Ids tie an account to its history, its reports and other tools; two files with one id make every one of those ambiguous.',
  fix: 'Give each account its own id (lowercase letters, digits and hyphens); if the two files describe the same customer, merge them.',
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
