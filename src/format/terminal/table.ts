/**
 * The `kam score` table: one row per account and the portfolio summary.
 *
 * The layout is our own and linear: each column's width is the widest of
 * its cells, measured in one pass, and rows are padded to it as they are
 * written (each cell is made twice, once to measure, once to write, and
 * never kept).
 * On a terminal the table fits the width by first narrowing, then dropping
 * columns in the order of FIT_STEPS, and cuts names only when nothing else
 * is left to drop. Piped or redirected it is laid out for a script: nothing
 * cut, every column, cells separated by a tab (and padded so it stays aligned).
 */
import type { AccountResult } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import type { PortfolioSummary } from '../../core/portfolio.js';
import { QUADRANTS } from '../../core/portfolio.js';
import type { Config, PositioningId, StageId } from '../../core/types.js';
import type { Colors } from '../colors.js';
import { money, percent, score } from '../numbers.js';
import { displayWidth, padTo, terminalSafe, truncateTo, wrapText } from '../terminal-text.js';
import { healthColor, healthText } from '../health-text.js';

export interface TableOptions {
  colors: Colors;
  /** Columns of the terminal. */
  width: number;
  config: Pick<Config, 'labels' | 'currency' | 'thresholds'>;
  /**
   * `fit` (a terminal): narrow and drop columns to fit `width`, wrap the legend.
   * `full` (piped or redirected): every column, nothing cut, tab-separated.
   */
  layout?: 'fit' | 'full';
}

const SHORT_STAGE: Record<StageId, string> = {
  exploratory: 'Expl',
  basic: 'Basic',
  'co-operative': 'Coop',
  interdependent: 'Inter',
  integrated: 'Integ',
};

const SHORT_POSITIONING: Record<PositioningId, string> = {
  'strategic-partner': 'Partner',
  'strategic-security': 'Security',
  'tactical-profit': 'Profit',
  'tactical-make-easy': 'Make easy',
};

function relationshipCell(a: AccountResult): string {
  const r = a.relationship;
  if (!r) return '–';
  const ours = r.stage ? SHORT_STAGE[r.stage] : '?';
  const theirs = r.customerView ? SHORT_STAGE[r.customerView] : '?';
  return `${ours}/${theirs}`;
}

function opportunitiesCell(a: AccountResult): string {
  let go = 0;
  let qualify = 0;
  let noGo = 0;
  for (const o of a.opportunities) {
    if (o.decision === 'go') go++;
    else if (o.decision === 'qualify') qualify++;
    else noGo++;
  }
  return a.opportunities.length === 0 ? '–' : `${go}/${qualify}/${noGo}`;
}

/** One column: its heading, its cells (plain text) and how it may shrink. */
export interface Column {
  id: string;
  head: string;
  align: 'left' | 'right';
  cell(a: AccountResult): string;
  /** A narrower form of the same cell, tried before the column is dropped. */
  narrow?(a: AccountResult): string;
  /** Colour for a cell's text (padding stays uncoloured). */
  paint?(a: AccountResult, text: string, colors: Colors): string;
}

function columns(config: TableOptions['config']): Column[] {
  return [
    { id: 'name', head: 'Account', align: 'left', cell: (a) => terminalSafe(a.name) },
    { id: 'manager', head: 'Manager', align: 'left', cell: (a) => terminalSafe(a.manager ?? '–') },
    { id: 'revenue', head: 'Revenue', align: 'right', cell: (a) => money(a.revenue.current, config.currency, 'compact') },
    { id: 'attractiveness', head: 'A', align: 'right', cell: (a) => score(a.attractiveness) },
    { id: 'strength', head: 'S', align: 'right', cell: (a) => score(a.strength) },
    {
      id: 'quadrant', head: 'Quadrant', align: 'left',
      // A provisional quadrant rests on too few factors: that says more than borderline.
      cell: (a) => `${label(a.quadrant, config)}${a.provisional ? ' *' : a.stability?.borderline ? ' ≈' : ''}`,
      paint: (a, text, c) => c.quadrant(a.quadrant, text),
    },
    {
      id: 'health', head: 'Health', align: 'left',
      cell: (a) => healthText(a.health.status),
      narrow: (a) => healthText(a.health.status, true),
      paint: (a, text, c) => healthColor(c, a.health.status, text),
    },
    {
      id: 'positioning', head: 'Positioning', align: 'left',
      cell: (a) => (a.positioning === null ? '–' : label(a.positioning, config)),
      // A label the config renamed is the team's own word: keep it whole.
      narrow: (a) => (a.positioning === null ? '–' : config.labels[a.positioning] ? label(a.positioning, config) : SHORT_POSITIONING[a.positioning]),
    },
    { id: 'stage', head: 'Stage', align: 'left', cell: relationshipCell },
    { id: 'opportunities', head: 'Opps', align: 'left', cell: opportunitiesCell },
  ];
}

/**
 * How a table too wide for the terminal is made to fit, in order; after the
 * last step names are cut (to no fewer than MIN_NAME columns).
 */
export const FIT_STEPS: readonly { column: string; action: 'narrow' | 'drop' }[] = [
  { column: 'positioning', action: 'narrow' },
  { column: 'health', action: 'narrow' },
  { column: 'manager', action: 'drop' },
  { column: 'revenue', action: 'drop' },
  { column: 'opportunities', action: 'drop' },
  { column: 'stage', action: 'drop' },
  { column: 'positioning', action: 'drop' },
  // Health goes last: it is the column an analyst scans first; below 60 columns the names need the room.
  { column: 'health', action: 'drop' },
];
const MIN_NAME = 12;
const GAP = 2;

/** A column as laid out: its width, and the text of its cell (narrowed, cut or cleaned as the layout decided). */
interface Laid {
  column: Column;
  text: (a: AccountResult) => string;
  width: number;
}

function widest(column: Column, accounts: readonly AccountResult[], cell: (a: AccountResult) => string): number {
  let width = displayWidth(column.head);
  for (const a of accounts) {
    const w = displayWidth(cell(a));
    if (w > width) width = w;
  }
  return width;
}

export function formatTable(accounts: readonly AccountResult[], options: TableOptions): string {
  return [...tableLines(accounts, options)].join('');
}

/**
 * The table as lines, each ending in a newline, made as they are read: at
 * 100,000 accounts the table is 25 MB of text, and its lines and cells, held
 * at once, were the largest thing kam score kept. The widths are measured
 * first (here, before the lines are read), from cells made and dropped one at
 * a time; each line's cells are made again as the line is.
 */
export function tableLines(accounts: readonly AccountResult[], options: TableOptions): Iterable<string> {
  if (accounts.length === 0) return ['No valid accounts found.\n'];
  const { colors: c, config } = options;
  const fit = (options.layout ?? 'fit') === 'fit';
  let laid: Laid[] = columns(config).map((column) => ({ column, text: column.cell, width: widest(column, accounts, column.cell) }));

  const total = () => laid.reduce((s, l) => s + l.width, 0) + GAP * (laid.length - 1);
  if (fit) {
    for (const step of FIT_STEPS) {
      if (total() <= options.width) break;
      const at = laid.findIndex((l) => l.column.id === step.column);
      if (at === -1) continue;
      const { column } = laid[at]!;
      if (step.action === 'drop') laid.splice(at, 1);
      else if (column.narrow) laid[at] = { column, text: column.narrow, width: widest(column, accounts, column.narrow) };
    }
    const name = laid[0]!;
    const over = total() - options.width;
    if (over > 0) {
      const width = Math.max(MIN_NAME, name.width - over);
      laid[0] = { ...name, width, text: (a) => truncateTo(name.text(a), width) };
    }
  } else {
    // Widths are those of the cells as made; a tab (a label from the config) would split a script's columns.
    laid = laid.map((l) => ({ ...l, text: (a) => l.text(a).replace(/\t/g, ' ') }));
  }

  const separator = fit ? ' '.repeat(GAP) : '\t';
  const last = laid.length - 1;
  const line = (texts: string[], paint: (i: number, text: string) => string) =>
    texts
      .map((text, i) => {
        const l = laid[i]!;
        const padded = i === last && l.column.align === 'left' ? text : padTo(text, l.width, l.column.align);
        if (paint === plain) return padded;
        // Colour the text, not the padding, so the widths stay what was measured.
        const pad = padded.length - text.length;
        return l.column.align === 'left' ? paint(i, text) + padded.slice(text.length) : padded.slice(0, pad) + paint(i, text);
      })
      .join(separator);
  const t = config.thresholds;
  const legend = `A attractiveness, S relative strength (0-10, high from ${t.attractiveness}/${t.strength}) · ≈ borderline · * provisional (few factors scored) · ` +
    "Health: ✗ at risk, ! watch, ✓ healthy (ok), ? unknown (n/a) · Stage: ours/the customer's · Opps: go/qualify/no-go";
  return (function* () {
    yield `${line(laid.map((l) => l.column.head), (_i, text) => c.bold(text)).trimEnd()}\n`;
    for (const a of accounts) {
      const texts = laid.map((l) => l.text(a));
      yield `${(c.enabled ? line(texts, (i, text) => laid[i]!.column.paint?.(a, text, c) ?? text) : line(texts, plain)).trimEnd()}\n`;
    }
    for (const l of fit ? wrapText(legend, options.width) : [legend]) yield `${c.dim(l)}\n`;
  })();
}

const plain = (_i: number, text: string) => text;

/** Managers named in the summary line; the rest are counted. */
export const SUMMARY_MANAGERS = 10;

/** The portfolio in four lines: quadrants, revenue concentration, manager load. */
export function formatSummary(accounts: readonly AccountResult[], portfolio: PortfolioSummary, options: TableOptions): string {
  const { colors: c, config } = options;
  const fit = (options.layout ?? 'fit') === 'fit';
  // A long line wraps at a word, under its own start.
  const wrapped = (text: string) => (fit ? `  ${wrapText(text.trimStart(), options.width - 2, 2).join('\n  ')}` : text);
  const lines = [c.bold(`Portfolio: ${portfolio.accounts} account${portfolio.accounts === 1 ? '' : 's'}, revenue ${money(portfolio.revenue.total, config.currency)}`)];
  // Coloured counts, so wrapped by item rather than by word: [plain text, as shown].
  const items = (list: [string, string][]) => {
    let line = '';
    let used = 0;
    for (const [plain, shown] of list) {
      const w = displayWidth(plain);
      if (used > 0 && fit && used + 3 + w > options.width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += `${used > 0 ? ' · ' : '  '}${shown}`;
      used += (used > 0 ? 3 : 2) + w;
    }
    lines.push(line);
  };
  items(QUADRANTS.map((q) => [`${label(q, config)} ${portfolio.quadrants[q]}`, `${c.quadrant(q, label(q, config))} ${portfolio.quadrants[q]}`]));
  if (portfolio.revenue.total > 0) {
    const top = accounts.find((a) => a.id === portfolio.revenue.topAccount);
    const topN = Math.ceil(0.2 * portfolio.accounts);
    lines.push(wrapped(
      `  Revenue concentration: top account ${percent(portfolio.revenue.topShare)}${top ? ` (${terminalSafe(top.name)})` : ''}` +
        ` · top 20 % (${topN} account${topN === 1 ? '' : 's'}) ${percent(portfolio.revenue.top20Share)}`,
    ));
  }
  const h = portfolio.health;
  items((['at-risk', 'watch', 'healthy', 'unknown'] as const).map((s, i) => [`${i === 0 ? 'Health: ' : ''}${healthText(s)} ${h[s]}`, `${i === 0 ? 'Health: ' : ''}${healthColor(c, s, healthText(s))} ${h[s]}`]));
  const managers = Object.entries(portfolio.managerLoad)
    .map(([m, load]) => ({ m, load, key: load.quadrants.key + load.quadrants['key-development'] }))
    .sort((a, b) => b.key - a.key || b.load.accounts - a.load.accounts || a.m.localeCompare(b.m));
  if (managers.length > 0) {
    const shown = managers.slice(0, SUMMARY_MANAGERS)
      .map(({ m, load, key }) => `${terminalSafe(m)} ${key}/${load.accounts} ${money(load.revenue, config.currency, 'compact')}`);
    const more = managers.length > SUMMARY_MANAGERS ? ` · and ${managers.length - SUMMARY_MANAGERS} more` : '';
    lines.push(wrapped(`  Managers (key + key development of all accounts, revenue): ${shown.join(' · ')}${more}`));
  }
  const moves = plannedMoves(accounts);
  if (moves.length > 0) {
    lines.push(c.bold('Planned moves'));
    for (const a of moves) {
      lines.push(wrapped(`  ${terminalSafe(a.name)}: ${label(a.quadrant, config)} → ${label(a.target!.quadrant, config)}${a.target!.by ? ` by ${a.target!.by}` : ''}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Accounts whose target lies in another quadrant. */
export function plannedMoves(accounts: readonly AccountResult[]): AccountResult[] {
  return accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
}
