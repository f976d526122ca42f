import type { Finding, AccountRule } from './types.js';
import { list } from './messages.js';

export const pursuitWithoutGo: AccountRule = {
  id: 'pursuit-without-go',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'An opportunity being pursued without four yes answers to the go/no-go questions.',
  why: 'Time spent on a deal we cannot or should not win is time lost to the key accounts; the four go/no-go questions say whether a pursuit is worth it.',
  fix: 'Answer the four questions (is it real, can we compete, can we win, is it worth winning) under the opportunity\'s `questions`, or stop the pursuit.',
  check(account, result) {
    const findings: Finding[] = [];
    result.opportunities.forEach((o, i) => {
      if (o.stage !== 'pursuing' || o.decision === 'go') return;
      const why = o.decision === 'no-go'
        ? `the answer to ${list(o.failed.map((q) => `"${q}"`))} is no (no-go)`
        : `${list(o.open.map((q) => `"${q}"`))} ${o.open.length === 1 ? 'is' : 'are'} still open (qualify)`;
      findings.push({
        subject: `opportunity:${o.id}`,
        path: ['opportunities', i, 'stage'],
        message: `opportunity "${o.id}" is being pursued but ${why}: time spent on a deal we cannot or should not win is lost to the key accounts; ` +
          `answer the four questions (is it real, can we compete, can we win, is it worth winning) or stop the pursuit`,
      });
    });
    return findings;
  },
};
