import { actions } from '../plan-view.js';
import type { AccountRule } from './types.js';

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

export const overdueAction: AccountRule = {
  id: 'overdue-action',
  scope: 'account',
  defaultSeverity: 'warning',
  description: 'A tactic `{ action, owner, due, done }` whose due date is before the as-of date and that is not done.',
  why: 'The development plan is carried out through its actions; an action past its date means the plan is slipping, and the customer remembers promises not kept.',
  fix: 'Do it and set `done: true`, or agree a new `due` date with its owner.',
  check(account, _result, ctx) {
    return actions(account, ctx.asOf).filter((a) => a.overdue).map((a) => ({
      path: ['plan', 'development', 'tactics', a.quarter, a.index],
      subject: `action:${a.quarter}:${a.action}`,
      message: `action "${short(a.action)}" (${a.quarter.toUpperCase()}, ${a.owner ? `owner ${a.owner}` : 'no owner'}) was due ${a.due} and is not done: ` +
        'an overdue action means the development plan is slipping, and the customer remembers promises not kept; ' +
        `do it and set done: true, or agree a new due date${a.owner ? '' : ' and name its owner'}`,
    }));
  },
};
