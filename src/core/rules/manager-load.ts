import { byManager, isKeyOrDevelopment } from '../portfolio.js';
import type { Finding, PortfolioRule } from './types.js';

export const managerLoad: PortfolioRule = {
  id: 'manager-load',
  scope: 'portfolio',
  defaultSeverity: 'warning',
  description: 'A manager carries more key + key-development accounts than limits.accounts_per_manager.',
  why: 'A key account manager can run only a handful of key and key-development accounts in depth; beyond that each of them gets less attention than its status promises.',
  fix: 'Reassign accounts to other managers, re-prioritise which accounts are key, or change `limits.accounts_per_manager` if the team works differently.',
  check(results, summary, ctx) {
    const limit = ctx.config.limits.accounts_per_manager;
    const findings: Finding[] = [];
    for (const { name, accounts } of byManager(results.filter((r) => isKeyOrDevelopment(r.quadrant))).values()) {
      if (accounts.length <= limit) continue;
      findings.push({
        subject: `manager:${name}`,
        configPath: ['limits', 'accounts_per_manager'],
        message: `portfolio: ${name} carries ${accounts.length} key and key-development accounts (limit ${limit}): ` +
          `a key account manager can run only a handful in depth; reassign or re-prioritise (${accounts.map((a) => a.id).join(', ')})`,
      });
    }
    return findings;
  },
};
