import type { AccountRule, Finding } from './types.js';

const OPEN = new Set(['identified', 'qualified', 'pursuing']);

export const staleOpportunity: AccountRule = {
  id: 'stale-opportunity',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'An opportunity still identified, qualified or pursuing whose close date has passed.',
  why: "An opportunity past its close date still counted as open makes the pipeline say nothing about the year ahead.",
  fix: "Mark it won or lost, or answer the go/no-go questions again and set a new `close` date.",
  check(account, result, ctx) {
    const findings: Finding[] = [];
    (account.opportunities ?? []).forEach((o, i) => {
      if (!o.stage || !OPEN.has(o.stage) || o.close === undefined || o.close >= ctx.asOf) return;
      findings.push({
        subject: `opportunity:${o.id}`,
        path: ['opportunities', i, 'close'],
        message: `opportunity "${o.id}" is still ${o.stage} but was to close on ${o.close}: a pipeline of overdue deals says nothing about the year ahead; ` +
          'mark it won or lost, or set a new close date after the go/no-go questions are answered again',
      });
    });
    return findings;
  },
};
