/**
 * The account plan in an HTML report section: position and lifecycle, the
 * charter, the development plan by quarter (the current one marked), open
 * actions by due date, the relationship map (SVG and a table with every
 * contact's full text), and Porter's five forces as bars. Every string from
 * the account goes through html().
 */
import {
  AGENDA_KEYS, AGENDA_LABELS, CHARTER_LISTS, INFLUENCE_LABELS, LIFECYCLE_MEANING, POSITION_MEANING, type PlanView,
} from '../../core/plan-view.js';
import type { Tactic } from '../../core/types.js';
import { html } from '../escape.js';
import { relationshipMapSvg } from './relationship-map.js';

export const PLAN_CSS = `
.plan h4{margin:14px 0 4px}.plan ul{margin:2px 0 6px;padding-left:20px}
.tactics td,.tactics th{width:25%}.tactics .now{background:#eef4fb}.tactics th.now{color:#1f6fb2}
.overdue{color:#b3261e;font-weight:600}.done{color:#666;text-decoration:line-through}
.forces .bar{width:120px}.missing{color:#8a5a00}
`;

function list(title: string, items: readonly string[], expected: boolean, where: string): string {
  if (items.length === 0) return expected ? `<p class="missing"><b>${title}:</b> not recorded (${where})</p>` : '';
  return `<div><b>${title}</b><ul>${items.map((i) => `<li>${html(i)}</li>`).join('')}</ul></div>`;
}

function tactic(t: Tactic, asOf: string): string {
  if (typeof t === 'string') return `<li>${html(t)}</li>`;
  const overdue = t.done !== true && t.due !== undefined && t.due < asOf;
  const meta = [t.owner ? html(t.owner) : 'no owner', t.due ? `due ${html(t.due)}` : 'no due date'];
  if (t.done === true) meta.push('done');
  if (overdue) meta.push('<span class="overdue">overdue</span>');
  return `<li class="action${t.done === true ? ' done' : ''}">${html(t.action)} <span class="muted">(${meta.join(', ')})</span></li>`;
}

/** The plan part of an account's section; `expected` for key and key-development accounts. */
export function accountPlanHtml(v: PlanView, id: string, asOf: string, expected: boolean): string {
  const out: string[] = ['<div class="plan">'];
  const facts: string[] = [];
  if (v.position) facts.push(`<b>Position:</b> ${v.position}: ${html(POSITION_MEANING[v.position])}`);
  else if (expected) facts.push('<span class="missing"><b>Position:</b> not recorded</span>');
  if (v.lifecycle) facts.push(`<b>Lifecycle:</b> ${v.lifecycle}: ${html(LIFECYCLE_MEANING[v.lifecycle])}`);
  else if (expected) facts.push('<span class="missing"><b>Lifecycle:</b> hunt or farm not recorded</span>');
  if (facts.length > 0) out.push(`<p class="position">${facts.join('<br>')}</p>`);
  // Health (issue 10) takes its place here, under position and lifecycle.

  const c = v.charter;
  if (v.situation || Object.values(c).some((l) => l.length > 0) || expected) {
    out.push('<h4>Charter</h4>');
    out.push(v.situation ? `<p class="situation"><b>Situation:</b> ${html(v.situation)}</p>` : expected ? '<p class="missing"><b>Situation:</b> not recorded</p>' : '');
    out.push('<div class="grid">', ...CHARTER_LISTS.map((l) => list(l.title, c[l.key], expected, `plan.charter.${l.key}`)), '</div>');
  }

  const d = v.development;
  const hasTactics = v.quarters.some((q) => q.tactics.length > 0);
  if (d.objectives.length > 0 || d.strategies.length > 0 || hasTactics || expected) {
    const now = v.quarters.find((q) => q.current)!.quarter.toUpperCase();
    out.push(`<h4>Development plan <span class="muted">(${now} is the current quarter on ${html(asOf)})</span></h4>`);
    out.push('<div class="grid">', list('Objectives', d.objectives, expected, 'plan.development.objectives'),
      list('Strategies', d.strategies, expected, 'plan.development.strategies'), '</div>');
    if (hasTactics) {
      const head = v.quarters.map((q) => `<th${q.current ? ' class="now"' : ''}>${q.quarter.toUpperCase()}${q.current ? ' (now)' : ''}</th>`).join('');
      const cells = v.quarters.map((q) => `<td${q.current ? ' class="now"' : ''}><ul>${q.tactics.map((t) => tactic(t, asOf)).join('')}</ul></td>`).join('');
      out.push(`<table class="tactics"><tr>${head}</tr><tr>${cells}</tr></table>`);
    } else if (expected) out.push('<p class="missing"><b>Tactics:</b> not recorded (plan.development.tactics)</p>');
  }

  if (v.openActions.length > 0) {
    out.push('<h4>Open actions by due date</h4><table class="open-actions"><tr><th>Due</th><th>Action</th><th>Owner</th><th>Quarter</th></tr>');
    for (const a of v.openActions) {
      out.push(`<tr><td${a.overdue ? ' class="overdue"' : ''}>${a.due ? html(a.due) : '–'}${a.overdue ? ' overdue' : ''}</td><td>${html(a.action)}</td><td>${a.owner ? html(a.owner) : '<span class="missing">no owner</span>'}</td><td>${a.quarter.toUpperCase()}</td></tr>`);
    }
    out.push('</table>');
  }

  out.push(relationshipSection(v, id, expected));
  out.push(forcesSection(v, expected));
  out.push('</div>');
  return out.filter(Boolean).join('\n');
}

function relationshipSection(v: PlanView, id: string, expected: boolean): string {
  const m = v.map;
  if (m.contacts.length === 0) return expected ? '<h4>Relationship map</h4><p class="missing">No contacts recorded (relationship.contacts).</p>' : '';
  const dms = m.contacts.filter((c) => c.influence === 'decision-maker');
  const summary = [
    `${m.shape === 'diamond' ? 'Diamond' : '<span class="warn">Bow-tie</span>'}`,
    `${m.contacts.length} contact${m.contacts.length === 1 ? '' : 's'} in ${m.functions.length} function${m.functions.length === 1 ? '' : 's'}`,
    `${m.owners.length} of our people`,
    `decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}`,
    ...(dms.length > 0 ? [`agenda questions answered: ${dms.map((c) => `${html(c.name)} ${c.agendaAnswered}/4`).join(', ')}`] : []),
  ];
  const rows = m.contacts.map((c) => {
    const agenda = AGENDA_KEYS.filter((k) => c.agenda[k]).map((k) => `<div><span class="muted">${AGENDA_LABELS[k]}:</span> ${html(c.agenda[k]!)}</div>`).join('');
    return `<tr><td>${html(c.name)}</td><td>${html(c.role ?? '–')}</td><td>${html(c.function ?? '–')}</td><td>${c.influence ? INFLUENCE_LABELS[c.influence].replace(/s$/, '') : '–'}</td>` +
      `<td>${c.owner ? html(c.owner) : '<span class="missing">nobody</span>'}</td><td>${agenda || '–'}${c.influence === 'decision-maker' ? ` <span class="muted">(${c.agendaAnswered}/4)</span>` : ''}</td></tr>`;
  });
  return [
    '<h4>Relationship map</h4>',
    `<p class="map-summary">${summary.join(' · ')}</p>`,
    relationshipMapSvg(m, id),
    `<table class="contacts"><tr><th>Contact</th><th>Role</th><th>Function</th><th>Influence</th><th>Held by (ours)</th><th>Agenda</th></tr>${rows.join('')}</table>`,
  ].join('\n');
}

function forcesSection(v: PlanView, expected: boolean): string {
  if (v.forces.every((f) => f.value === null)) {
    return expected ? "<h4>Porter's five forces</h4><p class=\"missing\">Not recorded (forces).</p>" : '';
  }
  const rows = v.forces.map((f) => `<tr class="force" data-force="${f.id}"><td>${html(f.label)}</td><td><span class="bar"><span style="width:${f.value === null ? 0 : f.value * 10}%;background:#8a5a00"></span></span> ${f.value ?? '–'}</td><td class="muted">high: ${html(f.high)}</td></tr>`);
  return `<h4>Porter's five forces <span class="muted">on the customer's industry (0-10 = strength of the force)</span></h4><table class="forces">${rows.join('')}</table>`;
}
