import { label } from '../labels.js';
import { isKeyOrDevelopment } from '../portfolio.js';
import type { Finding, AccountRule } from './types.js';

export const openAlert: AccountRule = {
  id: 'open-alert',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'An open alert of severity high, or medium on a key or key-development account.',
  why: "Alerts are the early symptoms of a retention problem; a high one on any account, or a medium one on an account that gets KAM resources, needs an owner.",
  fix: "Name who acts on it and by when; once it is dealt with, record the date as `resolved:` on the alert.",
  check(account, result, ctx) {
    const findings: Finding[] = [];
    for (const a of result.health.openAlerts) {
      if (a.severity !== 'high' && !(a.severity === 'medium' && isKeyOrDevelopment(result.quadrant))) continue;
      const whose = a.severity === 'medium' ? ` on a ${label(result.quadrant, ctx.config)} account` : '';
      findings.push({
        subject: `alert:${a.date}:${a.symptom}`,
        path: ['performance', 'alerts', a.index],
        message: `open ${a.severity} alert since ${a.date}${whose}: "${a.symptom}": alerts are the early symptoms of a retention problem; ` +
          'name who acts on it and by when; once it is dealt with, give the alert its resolved date',
      });
    }
    return findings;
  },
};
