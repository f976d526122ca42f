/**
 * The portfolio as one self-contained HTML file: inline CSS and SVG, no
 * script, no network (a Content-Security-Policy forbids both), printable.
 * Every string from an account file goes through html().
 *
 * Big portfolios stay usable: above DENSITY_FROM accounts the charts show
 * counts per cell (the largest key accounts still as bubbles), the manager
 * chart the top managers and a count of the rest, the per-account sections
 * cover key and key-development accounts (up to 100), and the findings table
 * stops at 1,000 rows; the accounts table lists all.
 */
import { htmlPageStart, PAGE_CSS } from '../html-page.js';
import type { AccountResult } from '../../core/analyze.js';
import { acceptedNote } from '../../core/accept.js';
import { showingLine } from '../../core/filter.js';
import { PERCEIVED_NEXT_STEP, POSITIONING_EXPECTATION, QUADRANT_STRATEGY, STAGE_MEANING } from '../../core/guidance.js';
import { label, STAGE_LABELS } from '../../core/labels.js';
import { QUADRANTS } from '../../core/portfolio.js';
import type { QuadrantId } from '../../core/types.js';
import { accountDetail, type AccountDetail } from '../account-detail.js';
import { accountPlanHtml, PLAN_CSS } from './plan-html.js';
import { html } from '../escape.js';
import { money, percent, score } from '../numbers.js';
import { atRiskAccounts, findingGroups, MAX_AT_RISK, type ReportData, type ReportOptions, sectionAccounts } from './data.js';
import { attainmentBar, healthText, HEALTH_MARK, sparkline } from '../health-text.js';
import type { HealthStatus } from '../../core/health.js';
import { QUADRANT_COLORS as COLOR } from '../quadrant-colors.js';
import { type Box, markPoints, type Point } from './svg-labels.js';
import { truncateTo } from '../terminal-text.js';

const MAX_FINDINGS = 1000;


function badge(q: QuadrantId, r: ReportData): string {
  return `<span class="q" style="background:${COLOR[q]}">${html(label(q, r.config))}</span>`;
}

const PLOT = { left: 56, top: 20, width: 600, height: 420 };
/** Above this many accounts a chart shows how many sit where (counts per cell) instead of one mark each. */
export const DENSITY_FROM = 300;
/** In the density view, this many of the largest key accounts are still drawn as bubbles. */
const KEY_BUBBLES = 20;
const BINS = 10;
/** Digits of a count at 9px, generously. */
const COUNT_CHAR_WIDTH = 6;
const MAX_RADIUS = 30;

/** A mark per point: its name beside it, or a number (beside it or in it) listed in the legend below the chart; clear of `obstacles`. */
function namedMarks(accounts: readonly AccountResult[], points: Point[], bounds: Box, maxLabels: number, legendId: string, obstacles: Box[] = []): { svg: string[]; legend: string } {
  // A little inside the frame: real glyphs can be wider than the estimate of CHAR_WIDTH.
  const { labels, numbers } = markPoints(points, { ...bounds, x1: bounds.x1 + 6, x2: bounds.x2 - 6 }, maxLabels, obstacles);
  const svg = labels.map((l) => `<text class="label" data-for="${html(accounts[l.index]!.id)}" x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}">${html(points[l.index]!.text)}</text>`);
  for (const n of numbers) {
    svg.push(`<text class="number" data-for="${html(accounts[n.index]!.id)}" data-number="${n.number}" x="${n.x.toFixed(1)}" y="${n.y.toFixed(1)}" text-anchor="${n.anchor}" font-weight="600">${n.number}</text>`);
  }
  const items = numbers.map((n) => `<li value="${n.number}" data-for="${html(accounts[n.index]!.id)}">${html(accounts[n.index]!.name)}</li>`);
  return { svg, legend: items.length > 0 ? `<ol class="legend" id="${legendId}">${items.join('')}</ol>` : '' };
}

interface Density {
  /** The shaded cells, drawn under everything else. */
  cells: string[];
  /** The count in each cell, drawn over the bubbles so that none is hidden. */
  counts: string[];
  /** Where the counts are, so that numbers keep clear of them. */
  boxes: Box[];
}

/**
 * Counts of accounts per cell of a BINS × BINS grid over 0..10 × 0..10,
 * shaded by how many. Cells of one point on each axis leave room round each
 * count for the numbers of the bubbles drawn over them.
 */
function densityCells(values: readonly [number, number][], sx: (v: number) => number, sy: (v: number) => number): Density {
  const counts = new Map<number, number>();
  const bin = (v: number) => Math.min(BINS - 1, Math.max(0, Math.floor((v / 10) * BINS)));
  for (const [x, y] of values) {
    const key = bin(x) * BINS + bin(y);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let max = 1;
  for (const n of counts.values()) if (n > max) max = n;
  const out: Density = { cells: [], counts: [], boxes: [] };
  const step = 10 / BINS;
  for (const [key, n] of counts) {
    const [i, j] = [Math.floor(key / BINS), key % BINS];
    const [x1, x2, y1, y2] = [sx(i * step), sx((i + 1) * step), sy((j + 1) * step), sy(j * step)];
    const shade = 0.12 + 0.78 * Math.log1p(n) / Math.log1p(max);
    const dark = shade > 0.5;
    const [cx, baseline] = [(x1 + x2) / 2, (y1 + y2) / 2 + 3.5];
    out.cells.push(`<rect class="cell" data-count="${n}" x="${x1.toFixed(1)}" y="${y1.toFixed(1)}" width="${(x2 - x1).toFixed(1)}" height="${(y2 - y1).toFixed(1)}" fill="#1f4e79" fill-opacity="${shade.toFixed(2)}"><title>${n} account${n === 1 ? '' : 's'}</title></rect>`);
    // A halo in the cell's own contrast keeps the count readable over a bubble.
    out.counts.push(`<text class="count" x="${cx.toFixed(1)}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="9" fill="${dark ? '#fff' : '#222'}" stroke="${dark ? '#1f4e79' : '#fff'}" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke">${n}</text>`);
    const w = String(n).length * COUNT_CHAR_WIDTH;
    out.boxes.push({ x1: cx - w / 2 - 1, y1: baseline - 9, x2: cx + w / 2 + 1, y2: baseline + 3 });
  }
  return out;
}

/** The attractiveness-vs-strength bubble matrix. */
function matrix(r: ReportData, options: ReportOptions): string {
  const t = r.config.thresholds;
  const measure = (a: AccountResult) => Math.max(0, (options.bubble === 'potential' ? a.revenue.potential : a.revenue.current) ?? 0);
  const placed = r.accounts.filter((a) => a.attractiveness !== null && a.strength !== null);
  const dense = placed.length > DENSITY_FROM;
  const drawn = (dense ? placed.filter((a) => a.quadrant === 'key') : [...placed])
    .sort((a, b) => measure(b) - measure(a)).slice(0, dense ? KEY_BUBBLES : placed.length);
  let max = 1;
  for (const a of drawn) max = Math.max(max, measure(a));
  // The scale leaves room for the largest bubble, so a bubble at 0/0 or 10/10 stays inside the frame.
  const sx = (s: number) => PLOT.left + MAX_RADIUS + (s / 10) * (PLOT.width - 2 * MAX_RADIUS);
  const sy = (a: number) => PLOT.top + MAX_RADIUS + ((10 - a) / 10) * (PLOT.height - 2 * MAX_RADIUS);
  // Over the counts, small bubbles that leave the cells readable, all numbered.
  const largest = dense ? 12 : MAX_RADIUS;
  const density = dense ? densityCells(placed.map((a) => [a.strength!, a.attractiveness!]), sx, sy) : null;
  const points = drawn.map((a) => ({ x: sx(a.strength!), y: sy(a.attractiveness!), r: 4 + (largest - 4) * Math.sqrt(measure(a) / max), text: truncateTo(a.name, 28) }));
  const tx = sx(t.strength);
  const ty = sy(t.attractiveness);
  const right = PLOT.left + PLOT.width;
  const bottom = PLOT.top + PLOT.height;
  // Corner titles take the first line of each corner: labels stay below them.
  const marks = namedMarks(drawn, points, { x1: PLOT.left, y1: PLOT.top + 18, x2: right, y2: bottom - 18 }, dense ? 0 : 60, 'matrix-legend', density?.boxes);
  const parts = [
    `<svg id="matrix-chart" viewBox="0 0 ${right + 20} ${bottom + 50}" role="img" aria-label="Attractiveness versus relative strength">`,
    '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
    `<rect id="matrix-plot" x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.width}" height="${PLOT.height}" fill="#fafafa" stroke="#ccc"/>`,
    ...(density?.cells ?? []),
    `<line class="threshold" id="threshold-strength" x1="${tx}" y1="${PLOT.top}" x2="${tx}" y2="${bottom}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<line class="threshold" id="threshold-attractiveness" x1="${PLOT.left}" y1="${ty}" x2="${right}" y2="${ty}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text class="corner" x="${PLOT.left + 6}" y="${PLOT.top + 14}" fill="${COLOR['key-development']}" font-weight="600">${html(label('key-development', r.config))}</text>`,
    `<text class="corner" x="${right - 6}" y="${PLOT.top + 14}" text-anchor="end" fill="${COLOR.key}" font-weight="600">${html(label('key', r.config))}</text>`,
    `<text class="corner" x="${PLOT.left + 6}" y="${bottom - 6}" fill="${COLOR.opportunistic}" font-weight="600">${html(label('opportunistic', r.config))}</text>`,
    `<text class="corner" x="${right - 6}" y="${bottom - 6}" text-anchor="end" fill="${COLOR.maintenance}" font-weight="600">${html(label('maintenance', r.config))}</text>`,
    `<text x="${PLOT.left + PLOT.width / 2}" y="${bottom + 36}" text-anchor="middle">Relative strength →</text>`,
    `<text x="16" y="${PLOT.top + PLOT.height / 2}" text-anchor="middle" transform="rotate(-90 16 ${PLOT.top + PLOT.height / 2})">Attractiveness →</text>`,
    ...[0, 2, 4, 6, 8, 10].map((v) => `<text x="${sx(v)}" y="${bottom + 16}" text-anchor="middle" class="muted">${v}</text><text x="${PLOT.left - 8}" y="${sy(v) + 4}" text-anchor="end">${v}</text>`),
  ];
  // Planned moves first, so the bubbles sit on top of their arrows' tails.
  drawn.forEach((a, i) => {
    if (!a.target) return;
    const p = points[i]!;
    const gx = sx(a.target.strength);
    const gy = sy(a.target.attractiveness);
    parts.push(`<line class="target-arrow" data-id="${html(a.id)}" data-target-quadrant="${a.target.quadrant}" x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${gx.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="#444" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#arrowhead)"><title>${html(`${a.name}: target ${label(a.target.quadrant, r.config)}${a.target.by ? ` by ${a.target.by}` : ''}`)}</title></line>`);
  });
  drawn.forEach((a, i) => {
    const p = points[i]!;
    parts.push(`<circle class="bubble" data-id="${html(a.id)}" data-quadrant="${a.quadrant}" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.r.toFixed(1)}" fill="${COLOR[a.quadrant]}" fill-opacity="${dense ? 0.35 : 0.55}" stroke="${COLOR[a.quadrant]}"><title>${html(`${a.name}: attractiveness ${score(a.attractiveness)}, strength ${score(a.strength)}, ${options.bubble} ${money(measure(a), r.config.currency)}`)}</title></circle>`);
  });
  parts.push(...(density?.counts ?? []), ...marks.svg, '</svg>');
  const notes = [`Bubble area: ${options.bubble === 'potential' ? 'revenue potential' : 'current revenue'}. Dashed lines: the thresholds (${t.attractiveness} / ${t.strength}); arrows: planned moves to each account's target.`];
  if (dense) {
    notes.push(`${placed.length} classified accounts: each shaded cell says how many sit there (darker = more); the ${drawn.length} largest key accounts are drawn as bubbles, numbered.`);
  }
  if (marks.legend) notes.push('A bubble whose name does not fit beside it carries a number, listed below.');
  const unclassified = r.accounts.length - placed.length;
  if (unclassified > 0) notes.push(`${unclassified} unclassified account${unclassified === 1 ? ' is' : 's are'} not drawn.`);
  return `${parts.join('\n')}\n<p class="muted">${html(notes.join(' '))}</p>${marks.legend}`;
}

/** Cheverton's supplier positioning: spend across, significance up. */
function positioningChart(r: ReportData): string {
  const t = r.config.thresholds;
  const W = 480;
  const H = 380;
  const L = 40;
  const T = 10;
  const R = 6;
  // Room at the edges for a dot and a two-digit number centred on it, and for the corner titles over the density cells.
  const PAD = 20;
  const sx = (v: number) => L + PAD + (v / 10) * (W - 2 * PAD);
  const sy = (v: number) => T + PAD + ((10 - v) / 10) * (H - 2 * PAD);
  const placed = r.accounts.filter((a) => a.spend !== null && a.significance !== null);
  const dense = placed.length > DENSITY_FROM;
  const density = dense ? densityCells(placed.map((a) => [a.spend!, a.significance!]), sx, sy) : null;
  const dots = dense ? [] : placed;
  const points = dots.map((a) => ({ x: sx(a.spend!), y: sy(a.significance!), r: R, text: truncateTo(a.name, 22) }));
  const marks = namedMarks(dots, points, { x1: L, y1: T + 16, x2: L + W, y2: T + H - 16 }, 40, 'positioning-legend');
  const parts = [
    `<svg id="positioning-chart" viewBox="0 0 ${L + W + 10} ${T + H + 40}" role="img" aria-label="Supplier positioning">`,
    `<rect id="positioning-plot" x="${L}" y="${T}" width="${W}" height="${H}" fill="#fafafa" stroke="#ccc"/>`,
    ...(density ? [...density.cells, ...density.counts] : []),
    `<line x1="${sx(t.spend)}" y1="${T}" x2="${sx(t.spend)}" y2="${T + H}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<line x1="${L}" y1="${sy(t.significance)}" x2="${L + W}" y2="${sy(t.significance)}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text class="corner" x="${L + 4}" y="${T + 12}" font-weight="600">${html(label('strategic-security', r.config))}</text>`,
    `<text class="corner" x="${L + W - 4}" y="${T + 12}" text-anchor="end" font-weight="600">${html(label('strategic-partner', r.config))}</text>`,
    `<text class="corner" x="${L + 4}" y="${T + H - 4}" font-weight="600">${html(label('tactical-make-easy', r.config))}</text>`,
    `<text class="corner" x="${L + W - 4}" y="${T + H - 4}" text-anchor="end" font-weight="600">${html(label('tactical-profit', r.config))}</text>`,
    `<text x="${L + W / 2}" y="${T + H + 28}" text-anchor="middle">Relative spend →</text>`,
    `<text x="12" y="${T + H / 2}" text-anchor="middle" transform="rotate(-90 12 ${T + H / 2})">Significance →</text>`,
  ];
  dots.forEach((a, i) => parts.push(`<circle class="position" data-id="${html(a.id)}" data-positioning="${a.positioning}" cx="${points[i]!.x.toFixed(1)}" cy="${points[i]!.y.toFixed(1)}" r="${R}" fill="${COLOR[a.quadrant]}"><title>${html(`${a.name}: spend ${score(a.spend)}, significance ${score(a.significance)}`)}</title></circle>`));
  parts.push(...marks.svg, '</svg>');
  const note = dense ? `<p class="muted">${placed.length} accounts: each shaded cell says how many sit there (darker = more).</p>` : '';
  return `${parts.join('\n')}\n${note}${marks.legend}`;
}

/** Bars in the Pareto chart; the rest are summed up in its caption. */
const PARETO_BARS = 15;

/** Revenue concentration: the largest accounts' shares with the cumulative line (a Pareto chart). */
function pareto(r: ReportData): string {
  const total = r.portfolio.revenue.total;
  if (total <= 0) return '<p class="muted">No current revenue recorded.</p>';
  const earning = r.accounts.filter((a) => (a.revenue.current ?? 0) > 0).sort((a, b) => b.revenue.current! - a.revenue.current!);
  const top = earning.slice(0, PARETO_BARS);
  const W = 520;
  const H = 220;
  const L = 100; // room for the first name, written at 45° down and to the left of its bar
  const T = 10;
  const bw = W / top.length;
  // Bars on their own scale (left), so that even tiny shares show; the cumulative line on 0–100 % (right).
  const largest = top[0]!.revenue.current! / total;
  const barMax = largest > 0.5 ? 1 : niceCeiling(largest);
  let cumulative = 0;
  const parts = [`<svg id="pareto-chart" viewBox="0 0 ${L + W + 50} ${T + H + 90}" role="img" aria-label="Revenue concentration">`];
  const line: string[] = [];
  top.forEach((a, i) => {
    const share = a.revenue.current! / total;
    cumulative += share;
    const h = (share / barMax) * H;
    const x = L + i * bw;
    parts.push(`<rect class="share" data-id="${html(a.id)}" x="${(x + 2).toFixed(1)}" y="${(T + H - h).toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOR[a.quadrant]}"><title>${html(`${a.name}: ${percent(share)}`)}</title></rect>`);
    parts.push(`<text class="bar-label" x="${(x + bw / 2).toFixed(1)}" y="${T + H + 12}" text-anchor="end" transform="rotate(-45 ${(x + bw / 2).toFixed(1)} ${T + H + 12})">${html(truncateTo(a.name, 16))}</text>`);
    line.push(`${(x + bw / 2).toFixed(1)},${(T + H - cumulative * H).toFixed(1)}`);
  });
  parts.push(`<polyline points="${line.join(' ')}" fill="none" stroke="#b3261e" stroke-width="2"/>`);
  parts.push(`<line x1="${L}" y1="${T + H}" x2="${L + W}" y2="${T + H}" stroke="#999"/>`);
  parts.push(...[0, 0.5, 1].map((v) => `<text x="${L - 6}" y="${(T + H - v * H + 4).toFixed(1)}" text-anchor="end">${percent(v * barMax, barMax < 0.01 ? 3 : barMax < 0.1 ? 2 : 0)}</text>`));
  if (barMax < 1) {
    parts.push(...[0.5, 1].map((v) => `<text x="${L + W + 6}" y="${(T + H - v * H + 4).toFixed(1)}" fill="#b3261e">${v * 100} %</text>`));
  }
  parts.push('</svg>');
  const left = earning.length - top.length;
  const rest = left > 0 ? ` The ${top.length} largest of ${earning.length} accounts with revenue are drawn (${percent(cumulative)} of it); the other ${left} hold ${percent(1 - cumulative)}.` : '';
  const none = r.accounts.length - earning.length;
  const zero = none > 0 ? ` ${none} account${none === 1 ? ' has' : 's have'} no current revenue recorded.` : '';
  return `${parts.join('\n')}\n<p class="muted" id="pareto-note">Bars: each account's share of current revenue${barMax < 1 ? ` (left scale, 0 to ${percent(barMax, barMax < 0.01 ? 3 : barMax < 0.1 ? 2 : 0)})` : ''}; line: the cumulative share${barMax < 1 ? ' (right scale, 0 to 100 %)' : ''}. Top account ${percent(r.portfolio.revenue.topShare, r.portfolio.revenue.topShare < 0.001 ? 3 : 1)}, top 20 % of accounts ${percent(r.portfolio.revenue.top20Share)}.${html(rest)}${html(zero)}</p>`;
}

/** 1, 2 or 5 times a power of ten, at least x (0 < x ≤ 1). */
function niceCeiling(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 5, 10].map((m) => m * power).find((v) => v >= x) ?? 10 * power);
}

/** Managers shown in the load chart; the rest are counted below it. */
const TOP_MANAGERS = 20;

function managerLoad(r: ReportData): string {
  const keyOf = (q: Record<QuadrantId, number>) => q.key + q['key-development'];
  const all = Object.entries(r.portfolio.managerLoad)
    .sort((a, b) => keyOf(b[1].quadrants) - keyOf(a[1].quadrants) || b[1].accounts - a[1].accounts || a[0].localeCompare(b[0]));
  if (all.length === 0) return '<p class="muted">No managers recorded.</p>';
  const entries = all.slice(0, TOP_MANAGERS);
  const limit = r.config.limits.accounts_per_manager;
  let max = Math.max(limit, 1);
  for (const [, l] of entries) max = Math.max(max, keyOf(l.quadrants));
  const rows = entries.map(([m, l]) => {
    const n = keyOf(l.quadrants);
    return `<tr><td>${html(m)}</td><td class="n">${n}</td><td><span class="bar"><span style="width:${((n / max) * 100).toFixed(0)}%;background:${n > limit ? '#b3261e' : '#1f6fb2'}"></span></span></td><td class="n">${l.accounts}</td><td class="n">${html(money(l.revenue, r.config.currency))}</td></tr>`;
  });
  const rest = all.slice(TOP_MANAGERS);
  let over = 0;
  let key = 0;
  let accounts = 0;
  let revenue = 0;
  for (const [, l] of rest) {
    const n = keyOf(l.quadrants);
    key += n;
    accounts += l.accounts;
    revenue += l.revenue;
    if (n > limit) over++;
  }
  const more = rest.length > 0
    ? `<tr class="more"><td colspan="5">and ${rest.length} more managers (${key} key + key development accounts${over > 0 ? `, ${over} of them over the limit` : ''}; ${accounts} accounts in all, revenue ${html(money(revenue, r.config.currency))})</td></tr>`
    : '';
  return `<table id="manager-load"><tr><th>Manager</th><th class="n">Key + key dev.</th><th>Load (limit ${limit})</th><th class="n">All accounts</th><th class="n">Revenue</th></tr>${rows.join('')}${more}</table>`;
}

function healthBadge(status: HealthStatus): string {
  return `<span class="h-${status}" data-health="${status}">${html(healthText(status))}</span>`;
}

const coverageCell = (a: AccountResult) =>
  `${a.coverage.attractiveness.scored}/${a.coverage.attractiveness.of} · ${a.coverage.strength.scored}/${a.coverage.strength.of}`;

const quadrantMarks = (a: AccountResult) =>
  a.provisional ? ' <span title="provisional: an axis rests on too few factors" class="warn">*</span>'
    : a.stability?.borderline ? ' <span title="borderline: a small change would move it" class="warn">≈</span>' : '';

/** The at-risk accounts, largest current revenue first, with the reasons. */
function atRisk(r: ReportData): string {
  const list = atRiskAccounts(r.accounts);
  if (list.length === 0) return '<p>No account is at risk.</p>';
  const rows = list.slice(0, MAX_AT_RISK).map((a) =>
    `<tr data-id="${html(a.id)}"><td>${html(a.name)}</td><td>${badge(a.quadrant, r)}${quadrantMarks(a)}</td><td class="n">${html(money(a.revenue.current, r.config.currency))}</td>` +
    `<td>${a.health.reasons.map((x) => `<span class="h-${x.level}">${HEALTH_MARK[x.level]}</span> ${html(x.message)}`).join('<br>')}</td></tr>`);
  const more = list.length > MAX_AT_RISK ? `<p class="muted">… and ${list.length - MAX_AT_RISK} more at-risk accounts.</p>` : '';
  return `<table id="at-risk-table"><tr><th>Account</th><th>Quadrant</th><th class="n">Revenue</th><th>Why</th></tr>${rows.join('\n')}</table>${more}`;
}

/** The accounts table, a row an account, each row made as it is read (at 100,000 accounts the rows are most of the page). */
function* accountsTable(r: ReportData): Generator<string> {
  yield '<table id="accounts-table"><tr><th>Account</th><th>Manager</th><th class="n">Attr.</th><th class="n">Strength</th><th class="n">Factors scored (A · S)</th><th>Quadrant</th><th>Health</th><th>Positioning</th><th>Stage (ours / theirs)</th><th class="n">Revenue</th><th class="n">Go/qualify/no-go</th></tr>\n';
  let first = true;
  for (const a of r.accounts) {
    const n = (d: string) => a.opportunities.filter((o) => o.decision === d).length;
    const rel = a.relationship;
    yield `${first ? '' : '\n'}<tr><td>${html(a.name)}</td><td>${html(a.manager ?? '–')}</td><td class="n">${score(a.attractiveness)}</td><td class="n">${score(a.strength)}</td><td class="n">${coverageCell(a)}</td><td>${badge(a.quadrant, r)}${quadrantMarks(a)}</td><td>${healthBadge(a.health.status)}</td><td>${a.positioning ? html(label(a.positioning, r.config)) : '–'}</td><td>${rel?.stage ?? '–'} / ${rel?.customerView ?? '–'}</td><td class="n">${html(money(a.revenue.current, r.config.currency))}</td><td class="n">${n('go')}/${n('qualify')}/${n('no-go')}</td></tr>`;
    first = false;
  }
  yield '</table>' +
    `<p class="muted">≈ borderline · * provisional: an axis rests on fewer than ${percent(r.config.limits.min_factor_share, 0)} of its factors · Health: ✗ at risk, ! watch, ✓ healthy, ? unknown</p>`;
}

function plannedMovesSection(r: ReportData): string {
  const moves = r.accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
  if (moves.length === 0) return '';
  const rows = moves.map((a) => `<tr><td>${html(a.name)}</td><td>${badge(a.quadrant, r)}</td><td>${badge(a.target!.quadrant, r)}</td><td>${score(a.target!.attractiveness)} / ${score(a.target!.strength)}</td><td>${a.target!.by ?? '–'}${a.target!.by && a.target!.by < r.asOf ? ' <span class="err">(passed)</span>' : ''}</td></tr>`);
  return `<section id="planned-moves"><h2>Planned moves</h2><table><tr><th>Account</th><th>Now</th><th>Target</th><th>Target scores (attr. / strength)</th><th>By</th></tr>${rows.join('')}</table></section>`;
}

/** Grouped by account: the portfolio first, then at-risk and key accounts (data.ts). */
function findings(r: ReportData): string {
  if (r.diagnostics.length === 0) return '<p>Nothing: every check passed.</p>';
  const rows: string[] = [];
  let shown = 0;
  for (const g of findingGroups(r.accounts, r.diagnostics)) {
    if (shown >= MAX_FINDINGS) break;
    const head = g.portfolio ? 'The portfolio'
      : g.account ? `${html(g.account.name)} <span class="muted">${html(g.file)}</span> ${badge(g.account.quadrant, r)} ${healthBadge(g.account.health.status)}` : html(g.file);
    rows.push(`<tr class="group"><th colspan="4">${head}</th></tr>`);
    for (const d of g.diagnostics.slice(0, MAX_FINDINGS - shown)) {
      shown += 1;
      rows.push(`<tr><td class="${d.accepted ? 'muted' : d.severity === 'error' ? 'err' : 'warn'}">${d.accepted ? 'accepted' : d.severity}</td><td>${html(d.file)}${d.line ? `:${d.line}` : ''}</td><td>${html(d.rule)}</td><td>${html(d.message)}${d.accepted ? `<br><span class="muted">${html(acceptedNote(d.accepted))}</span>` : ''}</td></tr>`);
    }
  }
  const more = r.diagnostics.length > MAX_FINDINGS ? `<p class="muted">… and ${r.diagnostics.length - MAX_FINDINGS} more: run kam check for all.</p>` : '';
  return `<table id="findings"><tr><th></th><th>Where</th><th>Rule</th><th>Finding</th></tr>${rows.join('\n')}</table>${more}`;
}

/** Satisfaction over time, sales against target, open alerts and why. */
function healthBlock(a: AccountResult, r: ReportData): string {
  const h = a.health;
  const items = [`<li><b>Health:</b> ${healthBadge(h.status)}${h.reasons.map((x) => `<br><span class="h-${x.level}">${HEALTH_MARK[x.level]}</span> ${html(x.message)}`).join('')}</li>`];
  if (h.history.length > 0) {
    items.push(`<li><b>Satisfaction:</b> <span class="spark" title="${html(h.history.map((p) => `${p.date}: ${p.score}`).join(', '))}">${sparkline(h.history.map((p) => p.score))}</span> ${h.history.map((p) => p.score).join(' → ')} (latest ${h.satisfaction!.latest.date})</li>`);
  }
  if (h.sales?.attainment != null) {
    const { filled } = attainmentBar(h.sales.attainment, 100);
    const basis = h.sales.forecast !== null ? 'forecast' : 'achieved';
    items.push(`<li><b>Sales:</b> <span class="bar"><span style="width:${filled}%;background:${h.sales.attainment < r.config.limits.min_sales_attainment ? '#b3261e' : '#1b7f3b'}"></span></span> ${percent(h.sales.attainment)} of target (${basis} ${html(money(h.sales[basis], r.config.currency))} of ${html(money(h.sales.target, r.config.currency))})</li>`);
  }
  if (h.openAlerts.length > 0) {
    items.push(`<li><b>Open alerts:</b> ${h.openAlerts.map((x) => `${x.severity ?? 'unrated'} since ${x.date}: ${html(x.symptom)}`).join('; ')}</li>`);
  }
  return items.join('');
}

function factorTable(title: string, value: number | null, factors: AccountDetail['attractiveness']): string {
  const rows = factors.map((f) => `<tr><td>${html(f.label)}</td><td><span class="bar"><span style="width:${f.score === null ? 0 : f.score * 10}%;background:#1f6fb2"></span></span> ${f.score === null ? '–' : f.score.toFixed(1)}</td><td class="n">×${f.weight}</td><td class="n ${f.contribution === null ? '' : f.contribution >= 0 ? 'up' : 'down'}">${f.contribution === null ? 'not scored' : `${f.contribution >= 0 ? '▲ +' : '▼ '}${f.contribution.toFixed(2)}`}</td></tr>`);
  return `<div><h4>${title} ${score(value)}</h4><table><tr><th>Factor</th><th>Score</th><th class="n">Weight</th><th class="n">Pull</th></tr>${rows.join('')}</table></div>`;
}

function section(d: AccountDetail, r: ReportData): string {
  const a = d.result;
  const rel = a.relationship;
  const parts = [
    `<section class="account" id="account-${html(a.id)}"><h3>${html(a.name)} <span class="muted">${html(a.id)}</span></h3>`,
    `<p class="muted facts">${[a.manager && `manager ${html(a.manager)}`, a.industry && html(a.industry), d.account.tags?.length && `tags ${d.account.tags.map(html).join(', ')}`].filter(Boolean).join(' · ')}</p>`,
    `<p>${badge(a.quadrant, r)} ${html(QUADRANT_STRATEGY[a.quadrant])}${a.stability?.borderline ? ` <span class="warn">Borderline${a.stability.minimalChange ? `: ${html(a.stability.minimalChange.factor.replace(/_/g, ' '))} ${a.stability.minimalChange.from} → ${a.stability.minimalChange.to} would move it` : ''}.</span>` : ''}</p>`,
    a.provisional ? `<p class="warn">Provisional: factors scored ${coverageCell(a)} (attractiveness · strength); score more before acting on the quadrant.</p>` : '',
    `<div class="grid">${factorTable('Attractiveness', a.attractiveness, d.attractiveness)}${factorTable('Relative strength', a.strength, d.strength)}</div>`,
    '<ul>',
    healthBlock(a, r),
    a.positioning ? `<li><b>Positioning:</b> ${html(label(a.positioning, r.config))}: ${html(POSITIONING_EXPECTATION[a.positioning])}</li>` : '<li><b>Positioning:</b> not known</li>',
    rel?.stage ? `<li><b>Relationship:</b> ${html(STAGE_LABELS[rel.stage])} as we see it (${html(STAGE_MEANING[rel.stage])})${rel.customerView ? `; the customer: ${html(STAGE_LABELS[rel.customerView])}` : ''}</li>` : '',
    a.perceivedLevel ? `<li><b>Perceived as:</b> ${a.perceivedLevel}; next: ${html(PERCEIVED_NEXT_STEP[a.perceivedLevel].next)}</li>` : '',
    `<li><b>Plan:</b> ${d.plan.map((p) => `${p.done ? '✓' : '✗'} ${html(p.label)}`).join(' · ')}</li>`,
    '</ul>',
  ];
  if (a.opportunities.length > 0) {
    parts.push('<h4>Opportunities</h4><table class="opportunities"><tr><th>Opportunity</th><th class="n">Value</th><th>Stage</th><th>Close</th><th>Decision</th><th>Notes</th></tr>');
    a.opportunities.forEach((o, i) => {
      const why = o.failed.length > 0 ? ` (no: ${o.failed.join(', ')})` : o.open.length > 0 ? ` (open: ${o.open.join(', ')})` : '';
      const data = d.account.opportunities?.[i];
      const notes = Object.entries(data?.notes ?? {}).filter(([, n]) => n?.trim()).map(([q, n]) => `<div><span class="muted">${q}:</span> ${html(n!)}</div>`).join('');
      parts.push(`<tr><td>${html(o.name ?? o.id)}</td><td class="n">${html(money(o.value, r.config.currency))}</td><td>${o.stage ?? '–'}</td><td>${data?.close ? html(data.close) : '–'}</td><td>${o.decision}${why}</td><td>${notes || '–'}</td></tr>`);
    });
    parts.push('</table>');
  }
  parts.push(accountPlanHtml(d.planView, a.id, r.asOf, true));
  parts.push('</section>');
  return parts.join('\n');
}

export function formatHtml(r: ReportData, options: ReportOptions): string {
  return [...htmlReportChunks(r, options)].join('');
}

/**
 * The page in pieces, for writing one by one: the accounts table a row at a
 * time, so that the page of 100,000 accounts is never one string (nor its
 * rows one array) in memory.
 */
export function* htmlReportChunks(r: ReportData, options: ReportOptions): Generator<string> {
  const p = r.portfolio;
  const title = `Key account portfolio, ${r.asOf}`;
  const counts = QUADRANTS.map((q) => `<tr><td>${badge(q, r)}</td><td class="n">${p.quadrants[q]}</td><td>${html(QUADRANT_STRATEGY[q])}</td></tr>`).join('');
  yield `${htmlPageStart(title, PAGE_CSS + PLAN_CSS)}
<header><h1>${html(title)}</h1>
<p class="muted">${p.accounts} accounts · revenue ${html(money(p.revenue.total, r.config.currency))} · top account ${percent(p.revenue.topShare, p.revenue.topShare < 0.001 ? 3 : 1)} · top 20 % ${percent(p.revenue.top20Share)} · ${r.diagnostics.length} findings${r.showing ? ` · ${showingLine(r.showing)}` : ''}</p></header>
<section id="at-risk"><h2>At risk</h2>
<p class="muted">Health: ${(['at-risk', 'watch', 'healthy', 'unknown'] as const).map((h) => `${healthBadge(h)} ${p.health[h]}`).join(' · ')}</p>
${atRisk(r)}</section>
<section id="matrix"><h2>Attractiveness vs relative strength</h2>
${matrix(r, options)}</section>
<div class="grid">
<section id="positioning"><h2>How customers position us</h2>
${positioningChart(r)}</section>
<section id="quadrants"><h2>Accounts per quadrant</h2><table>${counts}</table></section>
</div>
<div class="grid">
<section id="revenue"><h2>Where the revenue sits</h2>
${pareto(r)}</section>
<section id="managers"><h2>Manager load</h2>
${managerLoad(r)}</section>
</div>
${plannedMovesSection(r)}
<section id="attention"><h2>Needs attention</h2>
${findings(r)}</section>
<section id="accounts"><h2>Accounts</h2>
`;
  yield* accountsTable(r);
  const sections = sectionAccounts(r.accounts).flatMap((a) => {
    const data = r.data.get(a.file);
    return data ? [section(accountDetail(a, data, r.config, r.asOf, r.diagnostics), r)] : [];
  });
  yield `</section>
<section id="key-accounts"><h2>Key and key-development accounts</h2>
${sections.join('\n') || '<p class="muted">None.</p>'}</section>
</body>
</html>
`;
}
