/** What a key account plan should hold (DOMAIN 5), as a checklist. */
import { monthsBefore } from './dates.js';
import type { Account } from './types.js';

export interface PlanItem {
  id: 'charter-objectives' | 'development-objectives' | 'tactics' | 'decision-maker' | 'satisfaction';
  label: string;
  /** Where it lives in the file, for messages. */
  where: string;
  done: boolean;
}

/**
 * Whether satisfaction was measured within `reviewMonths` before the as-of
 * date. Entries after the as-of date do not count, so results do not depend
 * on when they are read.
 */
export function satisfactionReview(account: Account, asOf: string, reviewMonths: number): { since: string; measured: boolean; latest: string | undefined } {
  const since = monthsBefore(asOf, reviewMonths);
  let latest: string | undefined;
  for (const { date } of account.performance?.satisfaction ?? []) {
    if (date <= asOf && (latest === undefined || date > latest)) latest = date;
  }
  return { since, measured: latest !== undefined && latest >= since, latest };
}

export function planChecklist(account: Account, asOf: string, reviewMonths: number): PlanItem[] {
  const plan = account.plan;
  const tactics = plan?.development?.tactics ?? {};
  const review = satisfactionReview(account, asOf, reviewMonths);
  return [
    { id: 'charter-objectives', label: "the customer's objectives", where: 'plan.charter.objectives', done: Boolean(plan?.charter?.objectives?.length) },
    { id: 'development-objectives', label: 'development objectives', where: 'plan.development.objectives', done: Boolean(plan?.development?.objectives?.length) },
    { id: 'tactics', label: 'tactics for any quarter', where: 'plan.development.tactics', done: (['q1', 'q2', 'q3', 'q4'] as const).some((q) => tactics[q]?.length) },
    {
      id: 'decision-maker',
      label: 'a decision-maker contact with a business agenda',
      where: 'relationship.contacts',
      done: (account.relationship?.contacts ?? []).some((c) => c.influence === 'decision-maker' && Boolean(c.agenda?.business?.trim())),
    },
    {
      id: 'satisfaction',
      label: `customer satisfaction measured since ${review.since}`,
      where: 'performance.satisfaction',
      done: review.measured,
    },
  ];
}
