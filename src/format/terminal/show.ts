/** `kam show`: one account in depth, for the terminal. */
import { acceptedNote } from '../../core/accept.js';
import { label, STAGE_LABELS } from '../../core/labels.js';
import { wholeMonthsBetween } from '../../core/dates.js';
import { PERCEIVED_NEXT_STEP, POSITIONING_EXPECTATION, QUADRANT_STRATEGY, STAGE_MEANING } from '../../core/guidance.js';
import type { FactorContribution } from '../../core/contributions.js';
import type { Config } from '../../core/types.js';
import type { ManagerLoad } from '../../core/portfolio.js';
import { thinAxes } from '../../core/health.js';
import { attainmentBar, healthColor, healthText, HEALTH_MARK, sparkline } from '../health-text.js';
import type { AccountDetail } from '../account-detail.js';
import type { Colors } from '../colors.js';
import { money, score } from '../numbers.js';
import { planTextLines } from './plan-text.js';
import { terminalSafe, wrap } from '../terminal-text.js';

export interface ShowOptions {
  colors: Colors;
  config: Pick<Config, 'labels' | 'currency' | 'thresholds' | 'limits'>;
  /** The manager's whole book in the portfolio, when known. */
  manager?: { name: string; load: ManagerLoad } | null;
  /** For the age of each factor score. */
  asOf?: string;
  /** Terminal columns; the account plan's text is wrapped to fit (default 80). */
  width?: number;
}

const BAR = 20;

/** "3 months ago" from two YYYY-MM-DD dates; "today" for an uncommitted change. */
export function age(changed: string, asOf: string): string {
  const months = wholeMonthsBetween(changed, asOf);
  if (months >= 24) return `${Math.floor(months / 12)} years ago`;
  if (months >= 1) return `${months} month${months === 1 ? '' : 's'} ago`;
  return changed === asOf ? 'today' : 'this month';
}

function factorLines(title: string, value: number | null, threshold: number, factors: FactorContribution[], c: Colors, covered: { scored: number; of: number }, changed?: (id: string) => string | undefined): string[] {
  const lines = [`${c.bold(title)} ${score(value)}  ${covered.scored} of ${covered.of} factors scored  ${c.dim(`(high from ${threshold}; bar = score, then weight and pull on the axis)`)}`];
  const width = Math.max(...factors.map((f) => f.label.length));
  for (const f of factors) {
    const filled = f.score === null ? 0 : Math.round((f.score / 10) * BAR);
    const bar = f.score === null ? c.dim('·'.repeat(BAR)) : `${'█'.repeat(filled)}${c.dim('░'.repeat(BAR - filled))}`;
    const pull = f.contribution === null
      ? c.dim('not scored')
      : f.contribution >= 0 ? c.green(`▲ +${f.contribution.toFixed(2)}`) : c.red(`▼ ${f.contribution.toFixed(2)}`);
    const when = f.score === null ? undefined : changed?.(f.id);
    lines.push(`  ${terminalSafe(f.label).padEnd(width)}  ${bar} ${f.score === null ? '  – ' : f.score.toFixed(1).padStart(4)}  ×${String(f.weight).padEnd(3)} ${pull}${when ? `  ${c.dim(when)}` : ''}`);
  }
  return lines;
}

export function formatShow(d: AccountDetail, options: ShowOptions): string {
  const { colors: c, config } = options;
  const width = options.width ?? 80;
  const r = d.result;
  const a = d.account;
  const out: string[] = [];
  out.push(`${c.bold(terminalSafe(r.name))}  ${c.dim(`(${terminalSafe(r.id)})`)}`);
  const facts = [terminalSafe(r.file), r.manager && `manager ${terminalSafe(r.manager)}`, r.industry && terminalSafe(r.industry), a.lifecycle, a.position && `position ${a.position}`,
    a.tags?.length && `tags ${a.tags.map(terminalSafe).join(', ')}`]
    .filter(Boolean);
  out.push(c.dim(facts.join(' · ')));
  out.push(`Revenue ${money(r.revenue.current, config.currency)} now, ${money(r.revenue.potential, config.currency)} potential`, '');

  // Each score's age, from git: a score nobody has revisited for long deserves a second look.
  const changed = (axis: string) => (id: string) => {
    const f = r.freshness?.[`${axis}.${id}`];
    return f && options.asOf ? `changed ${age(f.changed, options.asOf)} (${f.changed}${f.commit ? `, ${f.commit.slice(0, 7)}` : ', not committed'})` : undefined;
  };
  out.push(...factorLines('Attractiveness', r.attractiveness, config.thresholds.attractiveness, d.attractiveness, c, r.coverage.attractiveness, changed('attractiveness')), '');
  out.push(...factorLines('Relative strength', r.strength, config.thresholds.strength, d.strength, c, r.coverage.strength, changed('strength')), '');

  out.push(`${c.bold('Quadrant')}     ${c.quadrant(r.quadrant, label(r.quadrant, config))}: ${QUADRANT_STRATEGY[r.quadrant]}`);
  if (r.provisional) {
    const thin = thinAxes(r.coverage, config).map((axis) => `${axis} rests on ${r.coverage[axis].scored} of ${r.coverage[axis].of} factors`);
    out.push(`${c.bold('Provisional')}  ${c.yellow(thin.join('; '))}: score more factors before acting on the quadrant`);
  }
  if (r.stability) {
    const m = r.stability.minimalChange;
    const move = m ? `the smallest single change that moves it: ${m.factor.replace(/_/g, ' ')} ${m.from} → ${m.to}` : 'no single factor can move it';
    out.push(`${c.bold('Stability')}    ${r.stability.borderline ? c.yellow('borderline') : 'settled'}; ${move}`);
  }
  if (r.target) {
    out.push(`${c.bold('Target')}       ${label(r.target.quadrant, config)} (${score(r.target.attractiveness)}/${score(r.target.strength)})${r.target.by ? ` by ${r.target.by}` : ''}`);
  }
  out.push(r.positioning
    ? `${c.bold('Positioning')}  ${label(r.positioning, config)} (spend ${score(r.spend)}, significance ${score(r.significance)}): ${POSITIONING_EXPECTATION[r.positioning]}`
    : `${c.bold('Positioning')}  ${c.dim('not known: add positioning.spend and positioning.significance')}`);
  const rel = r.relationship;
  if (rel?.stage) {
    const theirs = rel.customerView ? `, the customer's view ${STAGE_LABELS[rel.customerView].toLowerCase()}` : ", the customer's view not known";
    const gap = rel.gap !== null && rel.gap > 0 ? c.yellow(` (we rate it ${rel.gap} stage${rel.gap === 1 ? '' : 's'} higher)`) : '';
    out.push(`${c.bold('Relationship')} ${STAGE_LABELS[rel.stage].toLowerCase()} as we see it${theirs}${gap}: ${STAGE_MEANING[rel.stage]}`);
  } else {
    out.push(`${c.bold('Relationship')} ${c.dim('stage not recorded')}`);
  }
  if (r.perceivedLevel) {
    const p = PERCEIVED_NEXT_STEP[r.perceivedLevel];
    out.push(`${c.bold('Perceived as')} ${r.perceivedLevel} (${p.response}); next: ${p.next}`);
  }
  if (options.manager) {
    const { name, load } = options.manager;
    out.push(`${c.bold('Manager')}      ${terminalSafe(name)} carries ${load.accounts} account${load.accounts === 1 ? '' : 's'}` +
      ` (${load.quadrants.key + load.quadrants['key-development']} key or key development), ${money(load.revenue, config.currency)} current revenue`);
  }
  out.push('', ...healthLines(d, options));

  out.push(c.bold('Opportunities'));
  if (r.opportunities.length === 0) out.push(c.dim('  none recorded'));
  for (const [i, o] of r.opportunities.entries()) {
    const decision = o.decision === 'go' ? c.green('go') : o.decision === 'no-go' ? c.red('no-go') : c.yellow('qualify');
    const why = o.failed.length > 0 ? ` (no: ${o.failed.join(', ')})` : o.open.length > 0 ? ` (open: ${o.open.join(', ')})` : '';
    out.push(`  ${terminalSafe(o.id)}  ${terminalSafe(o.name ?? '')}  ${money(o.value, config.currency)}  ${o.stage ?? '–'}  ${decision}${why}`);
    const notes = a.opportunities?.[i]?.notes ?? {};
    for (const [q, note] of Object.entries(notes)) if (note?.trim()) out.push(...wrap(terminalSafe(note), width, `      ${q}: `, '        '));
  }
  const expected = r.quadrant === 'key' || r.quadrant === 'key-development';
  const page = planTextLines(d.planView, { colors: c, width, asOf: d.asOf, expected });
  if (page.length > 1) out.push('', ...page);
  out.push('', c.bold('Plan checklist'));
  for (const item of d.plan) out.push(`  ${item.done ? c.green('✓') : c.red('✗')} ${item.label}`);
  if (d.diagnostics.length > 0) {
    out.push('', c.bold('Findings'));
    for (const f of d.diagnostics) {
      out.push(`  ${c.dim(`${f.line ?? ''}:${f.column ?? ''}`)} ${f.accepted ? c.dim('accepted') : f.severity === 'error' ? c.red('error') : c.yellow('warning')} ${terminalSafe(f.message)} ${c.dim(f.rule)}`);
      if (f.accepted) out.push(`    ${c.dim(terminalSafe(acceptedNote(f.accepted)))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const SALES_BAR = 20;

/** Satisfaction over time, sales against target, open alerts and the reasons for the status. */
function healthLines(d: AccountDetail, options: ShowOptions): string[] {
  const { colors: c, config } = options;
  const h = d.result.health;
  const out = [`${c.bold('Health')}       ${healthColor(c, h.status, healthText(h.status))}`];
  if (h.history.length > 0) {
    const s = h.satisfaction!;
    const change = s.change === null ? '' : `, ${s.change > 0 ? '+' : s.change < 0 ? '−' : '±'}${Math.abs(s.change)} since ${s.previous!.date}`;
    out.push(`  Satisfaction  ${sparkline(h.history.map((p) => p.score))}  ${h.history.map((p) => p.score).join(' → ')}  (latest ${s.latest.date}${change})`);
  } else {
    out.push(`  Satisfaction  ${c.dim('not measured')}`);
  }
  if (h.sales) {
    const basis = h.sales.forecast !== null ? 'forecast' : h.sales.achieved !== null ? 'achieved' : null;
    if (h.sales.attainment !== null && basis) {
      const { filled, empty } = attainmentBar(h.sales.attainment, SALES_BAR);
      const bar = `${'█'.repeat(filled)}${c.dim('░'.repeat(empty))}`;
      out.push(`  Sales         ${bar} ${(h.sales.attainment * 100).toFixed(1)} % of target (${basis} ${money(h.sales[basis], config.currency)} of ${money(h.sales.target, config.currency)})`);
    } else {
      out.push(`  Sales         target ${money(h.sales.target, config.currency)}, ${c.dim('nothing achieved or forecast yet')}`);
    }
  } else {
    out.push(`  Sales         ${c.dim('no target')}`);
  }
  if (h.openAlerts.length === 0) out.push(`  Open alerts   ${c.dim('none')}`);
  h.openAlerts.forEach((a, i) => {
    out.push(`  ${i === 0 ? 'Open alerts' : '           '}   ${a.severity ?? 'unrated'} since ${a.date}: ${terminalSafe(a.symptom)}`);
  });
  for (const r of h.reasons) {
    out.push(`  ${healthColor(c, r.level, HEALTH_MARK[r.level])} ${terminalSafe(r.message)}`);
  }
  out.push('');
  return out;
}
