/**
 * The account plan in a Markdown report section: the same content as the
 * HTML section, as headings, lists and tables. Every string from the account
 * goes through markdown(), which is safe in a table cell too.
 */
import {
  AGENDA_KEYS, AGENDA_LABELS, CHARTER_LISTS, INFLUENCE_LABELS, LIFECYCLE_MEANING, POSITION_MEANING, type PlanView,
} from '../../core/plan-view.js';
import type { Tactic } from '../../core/types.js';
import { markdown } from '../escape.js';

const BAR = 10;

function tactic(t: Tactic, asOf: string): string {
  if (typeof t === 'string') return markdown(t);
  const meta = [t.owner ? markdown(t.owner) : 'no owner', t.due ? `due ${markdown(t.due)}` : 'no due date'];
  if (t.done === true) meta.push('done');
  else if (t.due !== undefined && t.due < asOf) meta.push('**overdue**');
  return `${t.done === true ? '~~' : ''}${markdown(t.action)}${t.done === true ? '~~' : ''} (${meta.join(', ')})`;
}

/** The plan part of an account's section; `expected` for key and key-development accounts. */
export function accountPlanMarkdown(v: PlanView, asOf: string, expected: boolean): string[] {
  const out: string[] = [];
  const list = (title: string, items: readonly string[], where: string) => {
    if (items.length > 0) out.push('', `**${title}**`, '', ...items.map((i) => `- ${markdown(i)}`));
    else if (expected) out.push('', `**${title}**: _not recorded (${where})_`);
  };
  const facts: string[] = [];
  if (v.position) facts.push(`**Position:** ${v.position}: ${POSITION_MEANING[v.position]}`);
  if (v.lifecycle) facts.push(`**Lifecycle:** ${v.lifecycle}: ${LIFECYCLE_MEANING[v.lifecycle]}`);
  if (facts.length > 0) out.push('', facts.join('  \n'));
  // Health (issue 10) takes its place here, under position and lifecycle.

  const c = v.charter;
  if (v.situation || Object.values(c).some((l) => l.length > 0) || expected) {
    out.push('', '### Charter');
    if (v.situation) out.push('', `**Situation:** ${markdown(v.situation)}`);
    else if (expected) out.push('', '**Situation:** _not recorded_');
    for (const l of CHARTER_LISTS) list(l.title, c[l.key], `plan.charter.${l.key}`);
  }

  const d = v.development;
  const hasTactics = v.quarters.some((q) => q.tactics.length > 0);
  if (d.objectives.length > 0 || d.strategies.length > 0 || hasTactics || expected) {
    const now = v.quarters.find((q) => q.current)!.quarter.toUpperCase();
    out.push('', `### Development plan (${now} is the current quarter on ${asOf})`);
    list('Objectives', d.objectives, 'plan.development.objectives');
    list('Strategies', d.strategies, 'plan.development.strategies');
    if (hasTactics) {
      out.push('', '| Quarter | Tactics |', '|---|---|');
      for (const q of v.quarters) {
        const name = q.current ? `**${q.quarter.toUpperCase()} (now)**` : q.quarter.toUpperCase();
        out.push(`| ${name} | ${q.tactics.map((t) => tactic(t, asOf)).join(' · ') || '–'} |`);
      }
    } else if (expected) out.push('', '**Tactics**: _not recorded (plan.development.tactics)_');
  }

  if (v.openActions.length > 0) {
    out.push('', '### Open actions by due date', '', '| Due | Action | Owner | Quarter |', '|---|---|---|---|');
    for (const a of v.openActions) {
      out.push(`| ${a.due ?? '–'}${a.overdue ? ' **overdue**' : ''} | ${markdown(a.action)} | ${a.owner ? markdown(a.owner) : '_no owner_'} | ${a.quarter.toUpperCase()} |`);
    }
  }

  const m = v.map;
  if (m.contacts.length > 0) {
    const dms = m.contacts.filter((x) => x.influence === 'decision-maker');
    out.push('', '### Relationship map', '');
    out.push([
      m.shape === 'diamond' ? 'Diamond' : '**Bow-tie**',
      `${m.contacts.length} contact${m.contacts.length === 1 ? '' : 's'} in ${m.functions.length} function${m.functions.length === 1 ? '' : 's'}`,
      `${m.owners.length} of our people`,
      `decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}`,
      ...(dms.length > 0 ? [`agenda questions answered: ${dms.map((x) => `${markdown(x.name)} ${x.agendaAnswered}/4`).join(', ')}`] : []),
    ].join(' · '));
    out.push('', '| Contact | Role | Function | Influence | Held by (ours) | Agenda |', '|---|---|---|---|---|---|');
    for (const x of m.contacts) {
      const agenda = AGENDA_KEYS.filter((k) => x.agenda[k]).map((k) => `${AGENDA_LABELS[k]}: ${markdown(x.agenda[k]!)}`).join(' · ');
      out.push(`| ${markdown(x.name)} | ${markdown(x.role ?? '–')} | ${markdown(x.function ?? '–')} | ${x.influence ? INFLUENCE_LABELS[x.influence].replace(/s$/, '') : '–'} | ${x.owner ? markdown(x.owner) : '_nobody_'} | ${agenda || '–'} |`);
    }
  } else if (expected) out.push('', '### Relationship map', '', '_No contacts recorded (relationship.contacts)._');

  if (v.forces.some((f) => f.value !== null)) {
    out.push('', "### Porter's five forces on the customer's industry", '', '| Force | Strength (0-10) | A high value means |', '|---|---|---|');
    for (const f of v.forces) {
      const bar = f.value === null ? '–' : `${'█'.repeat(Math.round((f.value / 10) * BAR))}${'░'.repeat(BAR - Math.round((f.value / 10) * BAR))} ${f.value}`;
      out.push(`| ${f.label} | ${bar} | ${f.high} |`);
    }
  } else if (expected) out.push('', "### Porter's five forces", '', '_Not recorded (forces)._');
  return out;
}
