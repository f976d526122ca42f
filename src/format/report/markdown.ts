/**
 * The portfolio as Markdown for a wiki page or a pull-request comment:
 * summary, a Mermaid quadrant chart (GitHub renders it), the accounts table,
 * what needs attention, and a section per key account.
 */
import type { AccountResult } from '../../core/analyze.js';
import { acceptedNote } from '../../core/accept.js';
import { showingLine } from '../../core/filter.js';
import { QUADRANT_STRATEGY } from '../../core/guidance.js';
import { label } from '../../core/labels.js';
import { QUADRANTS } from '../../core/portfolio.js';
import type { Thresholds } from '../../core/types.js';
import { planView } from '../../core/plan-view.js';
import { accountPlanMarkdown } from './plan-markdown.js';
import { markdown, mermaidString } from '../escape.js';
import { money, percent, score } from '../numbers.js';
import { atRiskAccounts, findingGroups, MAX_AT_RISK, type ReportData, sectionAccounts } from './data.js';
import { healthText, HEALTH_MARK } from '../health-text.js';
import type { AccountResult as Result } from '../../core/analyze.js';

const coverageText = (a: Result) =>
  `${a.coverage.attractiveness.scored}/${a.coverage.attractiveness.of} · ${a.coverage.strength.scored}/${a.coverage.strength.of}`;
const quadrantMark = (a: Result) => (a.provisional ? ' \\*' : a.stability?.borderline ? ' ≈' : '');

/** Mermaid splits its quadrants at 0.5: map each threshold there, linearly on each side. */
function axis(value: number, threshold: number): number {
  const v = value < threshold ? (0.5 * value) / threshold : 0.5 + (0.5 * (value - threshold)) / (10 - threshold);
  return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;
}

const MAX_POINTS = 40;

function mermaid(accounts: readonly AccountResult[], r: ReportData, t: Thresholds): string[] {
  const placed = accounts.filter((a) => a.attractiveness !== null && a.strength !== null)
    .sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0));
  const shown = placed.slice(0, MAX_POINTS);
  const lines = [
    '```mermaid',
    'quadrantChart',
    '  title Attractiveness vs relative strength',
    '  x-axis Low strength --> High strength',
    '  y-axis Low attractiveness --> High attractiveness',
    `  quadrant-1 ${mermaidString(label('key', r.config), 'key')}`,
    `  quadrant-2 ${mermaidString(label('key-development', r.config), 'key-development')}`,
    `  quadrant-3 ${mermaidString(label('opportunistic', r.config), 'opportunistic')}`,
    `  quadrant-4 ${mermaidString(label('maintenance', r.config), 'maintenance')}`,
    ...shown.map((a) => `  ${mermaidString(a.name, a.id)}: [${axis(a.strength!, t.strength)}, ${axis(a.attractiveness!, t.attractiveness)}]`),
    '```',
  ];
  if (placed.length > shown.length) lines.push('', `_The chart shows the ${shown.length} largest of ${placed.length} classified accounts by current revenue._`);
  if (t.strength !== 5 || t.attractiveness !== 5) lines.push('', `_Axes are stretched so that the thresholds (${t.attractiveness} / ${t.strength}) sit in the middle._`);
  return lines;
}

const keyLoad = (load: { quadrants: Record<string, number> }) => (load.quadrants.key ?? 0) + (load.quadrants['key-development'] ?? 0);

export function formatMarkdownReport(r: ReportData): string {
  return `${[...markdownReportLines(r)].join('\n')}\n`;
}

/** The report line by line, each with its line end: at 100,000 accounts they are written one by one instead of joined. */
export function* markdownReportChunks(r: ReportData): Generator<string> {
  for (const line of markdownReportLines(r)) yield `${line}\n`;
}

/** The lines without their ends; the accounts table, one row an account, is made as it is read. */
function* markdownReportLines(r: ReportData): Generator<string> {
  const c = r.config;
  const p = r.portfolio;
  const out: string[] = [`# Key account portfolio, ${r.asOf}`, ''];
  out.push(`${p.accounts} accounts · revenue ${markdown(money(p.revenue.total, c.currency))} · top account ${percent(p.revenue.topShare)} · top 20 % of accounts ${percent(p.revenue.top20Share)}${r.showing ? ` · ${showingLine(r.showing)}` : ''}`, '');
  out.push(`Health: ${(['at-risk', 'watch', 'healthy', 'unknown'] as const).map((h) => `${healthText(h)} ${p.health[h]}`).join(' · ')}`, '');
  const risky = atRiskAccounts(r.accounts);
  out.push('## At risk', '');
  if (risky.length === 0) out.push('No account is at risk.', '');
  else {
    out.push('| Account | Quadrant | Revenue | Why |', '|---|---|---:|---|');
    for (const a of risky.slice(0, MAX_AT_RISK)) {
      const why = a.health.reasons.map((x) => `${HEALTH_MARK[x.level]} ${markdown(x.message)}`).join('<br>');
      out.push(`| ${markdown(a.name)} | ${markdown(label(a.quadrant, c))}${quadrantMark(a)} | ${markdown(money(a.revenue.current, c.currency))} | ${why} |`);
    }
    if (risky.length > MAX_AT_RISK) out.push('', `_… and ${risky.length - MAX_AT_RISK} more at-risk accounts._`);
    out.push('');
  }
  out.push('| Quadrant | Accounts | What it means |', '|---|---:|---|');
  for (const q of QUADRANTS) out.push(`| ${markdown(label(q, c))} | ${p.quadrants[q]} | ${QUADRANT_STRATEGY[q]} |`);
  out.push('', '## The matrix', '', ...mermaid(r.accounts, r, c.thresholds), '');

  out.push('## Accounts', '', '| Account | Manager | Attractiveness | Strength | Factors scored (A · S) | Quadrant | Health | Positioning | Revenue | Opportunities (go/qualify/no-go) |', '|---|---|---:|---:|---|---|---|---|---:|---|');
  yield* out;
  out.length = 0;
  for (const a of r.accounts) {
    const n = (d: string) => a.opportunities.filter((o) => o.decision === d).length;
    yield `| ${markdown(a.name)} | ${markdown(a.manager ?? '–')} | ${score(a.attractiveness)} | ${score(a.strength)} | ${coverageText(a)} | ${markdown(label(a.quadrant, c))}${quadrantMark(a)} | ${healthText(a.health.status)} | ${a.positioning ? markdown(label(a.positioning, c)) : '–'} | ${markdown(money(a.revenue.current, c.currency))} | ${n('go')}/${n('qualify')}/${n('no-go')} |`;
  }

  out.push('', '_≈ borderline: a 1-point change of one factor, or a threshold moved by 0.5, would change the quadrant. ' +
    `\\* provisional: an axis rests on fewer than ${percent(c.limits.min_factor_share, 0)} of its factors._`);
  const moves = r.accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
  if (moves.length > 0) {
    out.push('', '## Planned moves', '', '| Account | Now | Target | By |', '|---|---|---|---|');
    for (const a of moves) out.push(`| ${markdown(a.name)} | ${markdown(label(a.quadrant, c))} | ${markdown(label(a.target!.quadrant, c))} | ${a.target!.by ?? '–'} |`);
  }

  const managers = Object.entries(p.managerLoad).sort((x, y) => keyLoad(y[1]) - keyLoad(x[1]) || y[1].accounts - x[1].accounts);
  if (managers.length > 0) {
    out.push('', '## Manager load', '', `| Manager | Key + key development (limit ${c.limits.accounts_per_manager}) | All accounts | Revenue |`, '|---|---:|---:|---:|');
    for (const [m, load] of managers) out.push(`| ${markdown(m)} | ${keyLoad(load)} | ${load.accounts} | ${markdown(money(load.revenue, c.currency))} |`);
  }

  out.push('', '## Needs attention', '');
  if (r.diagnostics.length === 0) out.push('Nothing: every check passed.');
  else {
    let shown = 0;
    for (const g of findingGroups(r.accounts, r.diagnostics)) {
      if (shown >= 500) break;
      const title = g.portfolio ? 'The portfolio' : g.account ? `${markdown(g.account.name)} (${markdown(g.file)}) · ${markdown(label(g.account.quadrant, c))} · ${healthText(g.account.health.status)}` : markdown(g.file);
      out.push(`### ${title}`, '', '| | Line | Rule | Finding |', '|---|---:|---|---|');
      for (const d of g.diagnostics.slice(0, 500 - shown)) {
        out.push(`| ${d.accepted ? '☑️' : d.severity === 'error' ? '❌' : '⚠️'} | ${g.portfolio ? `${markdown(d.file)}:` : ''}${d.line ?? ''} | ${markdown(d.rule)} | ${markdown(d.message)}${d.accepted ? ` — _${markdown(acceptedNote(d.accepted))}_` : ''} |`);
        shown += 1;
      }
      out.push('');
    }
    if (r.diagnostics.length > 500) out.push(`_… and ${r.diagnostics.length - 500} more (run kam check for all)._`);
  }

  for (const a of sectionAccounts(r.accounts)) {
    const data = r.data.get(a.file);
    out.push('', `## ${markdown(a.name)}`, '');
    out.push(`${markdown(label(a.quadrant, c))}${a.provisional ? ' (provisional)' : ''} (attractiveness ${score(a.attractiveness)}, strength ${score(a.strength)}; factors scored ${coverageText(a)}): ${QUADRANT_STRATEGY[a.quadrant]}`);
    out.push('', `Health: ${healthText(a.health.status)}${a.health.reasons.length > 0 ? `: ${a.health.reasons.map((x) => markdown(x.message)).join('; ')}` : ''}`);
    const facts = [a.manager && `manager ${markdown(a.manager)}`, a.industry && markdown(a.industry), data?.tags?.length && `tags ${data.tags.map(markdown).join(', ')}`].filter(Boolean);
    if (facts.length > 0) out.push('', facts.join(' · '));
    if (a.opportunities.length > 0) {
      out.push('', '| Opportunity | Value | Stage | Close | Decision | Notes |', '|---|---:|---|---|---|---|');
      a.opportunities.forEach((o, i) => {
        const opp = data?.opportunities?.[i];
        const notes = Object.entries(opp?.notes ?? {}).filter(([, n]) => n?.trim()).map(([q, n]) => `${q}: ${markdown(n!)}`).join(' · ');
        out.push(`| ${markdown(o.name ?? o.id)} | ${markdown(money(o.value, c.currency))} | ${o.stage ?? '–'} | ${opp?.close ? markdown(opp.close) : '–'} | ${o.decision} | ${notes || '–'} |`);
      });
    }
    if (data) out.push(...accountPlanMarkdown(planView(data, r.asOf), r.asOf, true));
  }
  yield* out;
}
