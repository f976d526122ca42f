/**
 * The account plan on a terminal, as part of `kam show`: position and
 * lifecycle, the charter, the development plan by quarter with the current
 * one marked, open actions by due date, the relationship map in a compact
 * text form, and Porter's five forces as bars. Every line fits `width`.
 */
import { AGENDA_KEYS, AGENDA_LABELS, CHARTER_LISTS, INFLUENCE_LABELS, LIFECYCLE_MEANING, POSITION_MEANING, tacticText, type MapContact, type PlanView } from '../../core/plan-view.js';
import type { Tactic } from '../../core/types.js';
import type { Colors } from '../colors.js';
import { terminalSafe, wrap } from '../terminal-text.js';

export interface PlanTextOptions {
  colors: Colors;
  width: number;
  asOf: string;
  /** Key and key-development accounts: say what is missing instead of leaving a section out. */
  expected: boolean;
}

const FORCE_BAR = 10;
const MIN_WIDTH = 40;

/** What a contact's influence is called in one line of text. */
export const influenceName = (c: MapContact) => (c.influence ? INFLUENCE_LABELS[c.influence].toLowerCase().replace(/s$/, '') : 'influence not recorded');

function actionNote(t: Exclude<Tactic, string>, asOf: string): string {
  const parts = [t.owner ? terminalSafe(t.owner) : 'no owner', t.due ? `due ${t.due}` : 'no due date'];
  if (t.done === true) parts.push('done');
  else if (t.due && t.due < asOf) parts.push('OVERDUE');
  return parts.join(', ');
}

export function planTextLines(view: PlanView, o: PlanTextOptions): string[] {
  const c = o.colors;
  const width = Math.max(MIN_WIDTH, o.width);
  const out: string[] = [];
  const para = (text: string, first: string, rest?: string) => out.push(...wrap(terminalSafe(text), width, first, rest));
  const missing = (what: string) => out.push(c.dim(`  ${what} not recorded`));
  const list = (title: string, items: readonly string[], where: string) => {
    if (items.length === 0) {
      if (o.expected) missing(`${title} (${where})`);
      return;
    }
    out.push(`  ${title}`);
    for (const item of items) para(item, '    • ', '      ');
  };

  out.push(c.bold('Account plan'));
  if (view.position) para(`${view.position}: ${POSITION_MEANING[view.position]}`, '  Position   ', '             ');
  else if (o.expected) missing('our position (position: strong | good | limited)');
  if (view.lifecycle) para(`${view.lifecycle}: ${LIFECYCLE_MEANING[view.lifecycle]}`, '  Lifecycle  ', '             ');
  else if (o.expected) missing('hunt or farm (lifecycle)');
  // Health (issue 10) takes its place here, under position and lifecycle.

  const charter = view.charter;
  const hasCharter = view.situation !== null || Object.values(charter).some((l) => l.length > 0);
  if (hasCharter || o.expected) {
    out.push('', c.bold('Charter'));
    if (view.situation) para(view.situation, '  Situation: ', '    ');
    else if (o.expected) missing('situation (plan.charter.situation)');
    for (const l of CHARTER_LISTS) list(l.title, charter[l.key], `plan.charter.${l.key}`);
  }

  const dev = view.development;
  const hasTactics = view.quarters.some((q) => q.tactics.length > 0);
  if (dev.objectives.length > 0 || dev.strategies.length > 0 || hasTactics || o.expected) {
    const now = view.quarters.find((q) => q.current)!.quarter.toUpperCase();
    out.push('', `${c.bold('Development plan')} ${c.dim(`(${now} is the current quarter on ${o.asOf})`)}`);
    list('Objectives', dev.objectives, 'plan.development.objectives');
    list('Strategies', dev.strategies, 'plan.development.strategies');
    if (!hasTactics && o.expected) missing('tactics (plan.development.tactics)');
    for (const q of view.quarters) {
      if (q.tactics.length === 0 && !(q.current && hasTactics)) continue;
      const head = `${q.current ? '▶' : ' '} ${q.quarter.toUpperCase()}  `;
      if (q.tactics.length === 0) out.push(`${q.current ? c.bold(head) : head}${c.dim('nothing planned')}`);
      q.tactics.forEach((t, i) => {
        const first = i === 0 ? head : ' '.repeat(head.length);
        const text = typeof t === 'string' ? terminalSafe(t) : `${terminalSafe(t.action)} (${actionNote(t, o.asOf)})`;
        const lines = wrap(text, width, `${first}• `, `${' '.repeat(head.length)}  `);
        out.push(...lines.map((l, j) => (j === 0 && q.current && i === 0 ? c.bold(head) + l.slice(head.length) : l)));
      });
    }
  }

  if (view.openActions.length > 0) {
    out.push('', c.bold('Open actions by due date'));
    for (const a of view.openActions) {
      const when = a.due ?? 'no date';
      const flag = a.overdue ? ` ${c.red('overdue')}` : '';
      const text = `${terminalSafe(a.action)} (${a.quarter.toUpperCase()}; ${a.owner ? terminalSafe(a.owner) : 'no owner'})`;
      const lines = wrap(text, width - (a.overdue ? 8 : 0), `  ${when.padEnd(10)}  `);
      lines[lines.length - 1] += flag;
      out.push(...lines);
    }
  }

  out.push(...mapLines(view, o, width));
  out.push(...forceLines(view, o, width));
  return out;
}

function mapLines(view: PlanView, o: PlanTextOptions, width: number): string[] {
  const c = o.colors;
  const m = view.map;
  if (m.contacts.length === 0) {
    return o.expected ? ['', c.bold('Relationship map'), c.dim('  no contacts recorded (relationship.contacts)')] : [];
  }
  const shape = m.shape === 'diamond' ? 'diamond' : c.yellow('bow-tie');
  const out = [
    '',
    `${c.bold('Relationship map')}: ${shape} · ${m.contacts.length} contact${m.contacts.length === 1 ? '' : 's'} in ${m.functions.length} function${m.functions.length === 1 ? '' : 's'} · ${m.owners.length} of our people`,
  ];
  const dms = m.contacts.filter((x) => x.influence === 'decision-maker');
  const agendas = dms.map((x) => `${terminalSafe(x.name)} ${x.agendaAnswered}/4`).join(', ');
  out.push(...wrap(`Decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}${dms.length > 0 ? `; agenda questions answered: ${agendas}` : ''}`, width, '  ', '    '));
  if (m.owners.length > 0) {
    const held = m.owners.map((x) => `${terminalSafe(x)} (${m.contacts.filter((k) => k.owner === x).length})`).join(', ');
    out.push(...wrap(`Our people holding relationships: ${held}`, width, '  ', '    '));
  }

  // Our people on the left, each joined to the contacts they hold; nobody's contacts last.
  const groups: { owner: string | null; contacts: MapContact[] }[] = m.owners.map((owner) => ({ owner, contacts: m.contacts.filter((x) => x.owner === owner) }));
  const unowned = m.contacts.filter((x) => x.owner === null);
  if (unowned.length > 0) groups.push({ owner: null, contacts: unowned });
  const left = Math.min(18, Math.max(6, ...m.owners.map((x) => terminalSafe(x).length)));
  const cut = (s: string) => (s.length > left ? `${s.slice(0, left - 1)}…` : s);
  for (const g of groups) {
    const name = g.owner === null ? c.dim('nobody'.padEnd(left)) : cut(terminalSafe(g.owner)).padEnd(left);
    g.contacts.forEach((x, i) => {
      const joint = g.contacts.length === 1 ? '───' : i === 0 ? '─┬─' : i === g.contacts.length - 1 ? ' └─' : ' ├─';
      const link = g.owner === null ? joint.replace(/─/g, '╌') : joint;
      const who = [influenceName(x), x.function, x.role].filter(Boolean).map((s) => terminalSafe(s!)).join(', ');
      const first = `  ${i === 0 ? name : ' '.repeat(left)} ${link} `;
      const rest = `  ${' '.repeat(left)} ${i < g.contacts.length - 1 ? ' │ ' : '   '}   `;
      out.push(...wrap(`${terminalSafe(x.name)}: ${who}`, width, first, rest));
    });
  }
  const withAgenda = m.contacts.filter((x) => x.agendaAnswered > 0);
  if (withAgenda.length > 0) {
    out.push('  Agendas');
    for (const x of withAgenda) {
      out.push(...wrap(`${terminalSafe(x.name)} (${x.agendaAnswered}/4)`, width, '    '));
      for (const k of AGENDA_KEYS) {
        const answer = x.agenda[k];
        if (answer?.trim()) out.push(...wrap(terminalSafe(answer), width, `      ${AGENDA_LABELS[k].toLowerCase()}: `, '        '));
      }
    }
  }
  return out;
}

function forceLines(view: PlanView, o: PlanTextOptions, width: number): string[] {
  const c = o.colors;
  if (view.forces.every((f) => f.value === null)) {
    return o.expected ? ['', c.bold("Porter's five forces"), c.dim("  not recorded (forces): the customer's industry as context for attractiveness")] : [];
  }
  const out = ['', `${c.bold("Porter's five forces")} ${c.dim("on the customer's industry (0-10; what a high value means)")}`];
  const labelWidth = Math.max(...view.forces.map((f) => f.label.length));
  for (const f of view.forces) {
    const filled = f.value === null ? 0 : Math.round((f.value / 10) * FORCE_BAR);
    const bar = f.value === null ? c.dim('·'.repeat(FORCE_BAR)) : `${'█'.repeat(filled)}${c.dim('░'.repeat(FORCE_BAR - filled))}`;
    const head = `  ${f.label.padEnd(labelWidth)}  `;
    const value = f.value === null ? '  –' : String(f.value).padStart(3);
    const lines = wrap(f.high, width, `${head}${'x'.repeat(FORCE_BAR)} ${value}  `);
    lines[0] = `${head}${bar} ${value}  ${lines[0]!.slice(head.length + FORCE_BAR + 1 + value.length + 2)}`;
    out.push(...lines);
  }
  return out;
}
