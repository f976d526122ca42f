/**
 * `kam history --format csv`: long format, one row per account and snapshot,
 * for a spreadsheet pivot. Same CSV conventions as the score CSV (BOM, CRLF,
 * formula-safe cells).
 */
import type { History } from '../../core/history.js';
import { csvCell } from '../escape.js';
import { round } from '../report-object.js';

export const HISTORY_CSV_COLUMNS = [
  'snapshot', 'date', 'commit', 'id', 'name', 'file', 'attractiveness', 'strength', 'quadrant', 'positioning', 'stage', 'health',
] as const;

export function formatHistoryCsv(history: History): string {
  const lines: string[] = [HISTORY_CSV_COLUMNS.join(',')];
  for (const t of history.accounts) {
    for (const p of t.points) {
      const s = history.snapshots[p.at]!;
      lines.push([s.label, s.date, s.commit, t.id, t.name, p.file, round(p.attractiveness), round(p.strength), p.quadrant, p.positioning, p.stage, p.health].map(csvCell).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
