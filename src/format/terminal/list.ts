/** `kam list`: one line per account, to find an id. */
import type { AccountResult } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import type { Config } from '../../core/types.js';
import type { Colors } from '../colors.js';
import { terminalSafe } from '../terminal-text.js';

export function formatList(accounts: readonly AccountResult[], options: { colors: Colors; config: Pick<Config, 'labels'> }): string {
  const c = options.colors;
  if (accounts.length === 0) return 'No accounts match.\n';
  const head = ['Id', 'Name', 'Manager', 'Quadrant', 'File'];
  const rows = accounts.map((a) => [a.id, a.name, a.manager ?? '–', label(a.quadrant, options.config), a.file].map(terminalSafe));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[], paint: (cell: string, col: number) => string) =>
    cells.map((cell, i) => paint(i < cells.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell, i)).join('  ');
  return `${[
    line(head, (cell) => c.bold(cell)),
    ...rows.map((r, row) => line(r, (cell, col) => (col === 3 ? c.quadrant(accounts[row]!.quadrant, cell) : cell))),
  ].join('\n')}\n`;
}
