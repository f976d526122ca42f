/**
 * One row per account, RFC 4180 (CRLF, quoted where needed), UTF-8 with a
 * byte-order mark so Excel reads the accents right. The columns are part of
 * the documented interface (README) and only ever grow at the end.
 */
import type { AccountResult } from '../../core/analyze.js';
import type { PlanView } from '../../core/plan-view.js';
import { csvCell } from '../escape.js';
import { round } from '../report-object.js';

export const CSV_COLUMNS = [
  'id', 'name', 'file', 'manager', 'industry', 'attractiveness', 'strength', 'quadrant', 'positioning', 'spend', 'significance',
  'stage', 'customer_view', 'gap', 'perceived_level', 'revenue_current', 'revenue_potential', 'opportunities', 'go', 'qualify', 'no_go',
  'health', 'health_reasons', 'satisfaction_latest', 'sales_attainment', 'open_alerts',
  'attractiveness_scored', 'attractiveness_factors', 'strength_scored', 'strength_factors', 'provisional',
  'position', 'lifecycle', 'relationship_shape', 'contacts', 'functions', 'our_people', 'decision_makers', 'decision_makers_covered',
  'open_actions', 'overdue_actions',
] as const;

/** One account as the CSV and Excel outputs give it: numbers as numbers, absent values null. */
export function accountRow(a: AccountResult): (string | number | null)[] {
  const count = (d: string) => a.opportunities.filter((o) => o.decision === d).length;
  return [
    a.id, a.name, a.file, a.manager, a.industry, round(a.attractiveness), round(a.strength), a.quadrant, a.positioning, round(a.spend), round(a.significance),
    a.relationship?.stage ?? null, a.relationship?.customerView ?? null, a.relationship?.gap ?? null, a.perceivedLevel,
    a.revenue.current, a.revenue.potential, a.opportunities.length, count('go'), count('qualify'), count('no-go'),
    a.health.status, a.health.reasons.map((r) => r.message).join('; '), a.health.satisfaction?.latest.score ?? null,
    a.health.sales?.attainment == null ? null : round(a.health.sales.attainment, 4), a.health.openAlerts.length,
    a.coverage.attractiveness.scored, a.coverage.attractiveness.of, a.coverage.strength.scored, a.coverage.strength.of, String(a.provisional),
    ...planCells(a.plan),
  ];
}

function planCells(p: PlanView | null): (string | number | null)[] {
  if (!p) return Array(10).fill(null);
  const m = p.map;
  return [
    p.position, p.lifecycle, m.shape === 'none' ? null : m.shape, m.contacts.length, m.functions.length, m.owners.length,
    m.decisionMakers.total, m.decisionMakers.covered, p.openActions.length, p.openActions.filter((x) => x.overdue).length,
  ];
}

/**
 * The CSV built while the portfolio is read: each account becomes its line
 * as it comes, so the run need not keep the accounts (flat memory).
 */
/**
 * The CSV as accounts are scored. With `out`, the lines go there as they come
 * (a stream: nothing is kept) and `text()` sends what is still due (the
 * header of an empty portfolio) and returns ''; without, the lines are kept
 * for `text()`. The bytes are the same either way.
 */
export function csvCollector(out?: { add(text: string): Promise<void> | undefined }): { add(a: AccountResult): Promise<void> | undefined; text(): string } {
  const header = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  if (out) {
    // Not before the first account: a run that fails early writes nothing.
    let started = false;
    const start = () => {
      if (!started) void out.add(header);
      started = true;
    };
    return {
      add: (a) => {
        start();
        return out.add(`${accountRow(a).map(csvCell).join(',')}\r\n`);
      },
      text: () => {
        start();
        return '';
      },
    };
  }
  const text = header;
  const lines: string[] = [];
  return {
    add: (a) => {
      lines.push(accountRow(a).map(csvCell).join(','));
      return undefined;
    },
    text: () => (lines.length > 0 ? `${text}${lines.join('\r\n')}\r\n` : text),
  };
}

export function formatCsv(accounts: readonly AccountResult[]): string {
  const csv = csvCollector();
  for (const a of accounts) csv.add(a);
  return csv.text();
}
