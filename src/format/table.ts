/**
 * The `kam score` table: one row per account and the portfolio summary,
 * laid out for the terminal width (80 columns and up).
 */
import Table from 'cli-table3';
import type { AccountResult } from '../core/analyze.js';
import { label } from '../core/labels.js';
import type { PortfolioSummary } from '../core/portfolio.js';
import { QUADRANTS } from '../core/portfolio.js';
import type { Config, PositioningId, StageId } from '../core/types.js';
import type { Colors } from './colors.js';
import { money, percent, score } from './numbers.js';
import { terminalSafe } from './terminal-text.js';

export interface TableOptions {
  colors: Colors;
  width: number;
  config: Pick<Config, 'labels' | 'currency' | 'thresholds'>;
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
  const n = (d: string) => a.opportunities.filter((o) => o.decision === d).length;
  return a.opportunities.length === 0 ? '–' : `${n('go')}/${n('qualify')}/${n('no-go')}`;
}

export function formatTable(accounts: readonly AccountResult[], options: TableOptions): string {
  const { colors: c, config } = options;
  const wide = options.width >= 120;
  const positioningText = (p: PositioningId | null) => (p === null ? '–' : wide || config.labels[p] ? label(p, config) : SHORT_POSITIONING[p]);

  const head = ['Account', ...(wide ? ['Manager', 'Revenue'] : []), 'A', 'S', 'Quadrant', 'Positioning', 'Stage', 'Opps'];
  const rows = accounts.map((a) => [
    terminalSafe(a.name),
    ...(wide ? [terminalSafe(a.manager ?? '–'), money(a.revenue.current, config.currency, 'compact')] : []),
    score(a.attractiveness),
    score(a.strength),
    a.stability?.borderline ? `${label(a.quadrant, config)} ≈` : label(a.quadrant, config),
    positioningText(a.positioning),
    relationshipCell(a),
    opportunitiesCell(a),
  ]);

  // Natural widths, then give the account name what is left (at least 12).
  const gap = 2;
  const natural = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const others = natural.slice(1).reduce((s, w) => s + w + gap, 0);
  const nameWidth = Math.max(12, Math.min(natural[0]!, options.width - others - gap - 1));
  const widths = [nameWidth, ...natural.slice(1)].map((w) => w + gap);
  const quadrantCol = head.indexOf('Quadrant');

  const table = new Table({
    head: head.map((h) => c.bold(h)),
    colWidths: widths,
    colAligns: head.map((h) => (h === 'A' || h === 'S' || h === 'Revenue' ? 'right' : 'left')),
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '',
    },
    style: { 'padding-left': 0, 'padding-right': gap, head: [], border: [], compact: true },
    wordWrap: false,
  });
  rows.forEach((r, i) => {
    const a = accounts[i]!;
    table.push(r.map((cell, col) => (col === quadrantCol ? c.quadrant(a.quadrant, cell) : cell)));
  });

  const t = config.thresholds;
  const legend = c.dim(
    `A attractiveness, S relative strength (0-10, high from ${t.attractiveness}/${t.strength}) · Stage: ours/the customer's · Opps: go/qualify/no-go · ≈ borderline`,
  );
  return accounts.length > 0 ? `${table.toString().replace(/[ \t]+$/gm, '')}\n${legend}\n` : 'No valid accounts found.\n';
}

/** The portfolio in four lines: quadrants, revenue concentration, manager load. */
export function formatSummary(accounts: readonly AccountResult[], portfolio: PortfolioSummary, options: TableOptions): string {
  const { colors: c, config } = options;
  const lines = [c.bold(`Portfolio: ${portfolio.accounts} account${portfolio.accounts === 1 ? '' : 's'}, revenue ${money(portfolio.revenue.total, config.currency)}`)];
  lines.push(`  ${QUADRANTS.map((q) => `${c.quadrant(q, label(q, config))} ${portfolio.quadrants[q]}`).join(' · ')}`);
  if (portfolio.revenue.total > 0) {
    const top = accounts.find((a) => a.id === portfolio.revenue.topAccount);
    const topN = Math.ceil(0.2 * portfolio.accounts);
    lines.push(
      `  Revenue concentration: top account ${percent(portfolio.revenue.topShare)}${top ? ` (${terminalSafe(top.name)})` : ''}` +
        ` · top 20 % (${topN} account${topN === 1 ? '' : 's'}) ${percent(portfolio.revenue.top20Share)}`,
    );
  }
  const managers = Object.entries(portfolio.managers).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (managers.length > 0) {
    lines.push(`  Key + key development per manager: ${managers.map(([m, n]) => `${terminalSafe(m)} ${n}`).join(' · ')}`);
  }
  const moves = plannedMoves(accounts);
  if (moves.length > 0) {
    lines.push(c.bold('Planned moves'));
    for (const a of moves) {
      lines.push(`  ${terminalSafe(a.name)}: ${label(a.quadrant, config)} → ${label(a.target!.quadrant, config)}${a.target!.by ? ` by ${a.target!.by}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Accounts whose target lies in another quadrant. */
export function plannedMoves(accounts: readonly AccountResult[]): AccountResult[] {
  return accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
}
