import type { AccountRule } from './types.js';

export const satisfactionDrop: AccountRule = {
  id: 'satisfaction-drop',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'Customer satisfaction is low (below limits.min_satisfaction) or fell by 2 points or more.',
  why: "Falling or low customer satisfaction is the early warning of a retention problem that the KAM process (stage 4) is there to catch.",
  fix: "Find out why in an interview with the decision makers, agree what to fix, and measure again; `limits.min_satisfaction` sets what counts as low.",
  check(account, result) {
    const signals = result.health.reasons.filter((r) => r.signal === 'satisfaction-low' || r.signal === 'satisfaction-drop');
    const latest = result.health.satisfaction?.latest;
    if (signals.length === 0 || !latest) return [];
    return [{
      path: ['performance', 'satisfaction', latest.index, 'score'],
      message: `${signals.map((s) => s.message).join('; ')}: falling satisfaction is the early warning of a retention problem; ` +
        'find out why in an interview with the decision makers and agree what to fix before the customer looks for a second source',
    }];
  },
};
