/**
 * The attractiveness-vs-strength matrix drawn with characters: threshold
 * lines, quadrant names, one marker per account and a legend. Readable at
 * 80 columns and without colour (markers are characters, not colours).
 */
import type { AccountResult } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import type { Config } from '../../core/types.js';
import type { Colors } from '../colors.js';
import { score } from '../numbers.js';
import { displayWidth, terminalSafe, truncateTo } from '../terminal-text.js';

export interface ChartOptions {
  colors: Colors;
  width: number;
  config: Pick<Config, 'labels' | 'thresholds'>;
  /** `fit` (a terminal): names in the legend cut to fit columns; `full` (piped): names whole, as the table keeps them. */
  layout?: 'fit' | 'full';
}

const MARKERS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PLOT_W = 51; // strength 0..10, five columns per point
const PLOT_H = 21; // attractiveness 0..10, two rows per point

/** Above this many accounts, cells show how many accounts sit there instead of who. */
const DENSITY = ' .:*#';

export function formatChart(accounts: readonly AccountResult[], options: ChartOptions): string {
  const { colors: c, config } = options;
  const t = config.thresholds;
  const placed = accounts.filter((a) => a.attractiveness !== null && a.strength !== null);
  const grid: string[][] = Array.from({ length: PLOT_H }, () => Array<string>(PLOT_W).fill(' '));
  const paint: (((s: string) => string) | null)[][] = Array.from({ length: PLOT_H }, () => Array(PLOT_W).fill(null));
  const tx = Math.round((t.strength / 10) * (PLOT_W - 1));
  const ty = Math.round(((10 - t.attractiveness) / 10) * (PLOT_H - 1));
  // A marker never sits on a threshold line: it goes to the side its score is on.
  const col = (s: number) => {
    const x = Math.round((s / 10) * (PLOT_W - 1));
    return x !== tx ? x : s >= t.strength ? x + 1 : x - 1;
  };
  const row = (a: number) => {
    const y = Math.round(((10 - a) / 10) * (PLOT_H - 1));
    return y !== ty ? y : a >= t.attractiveness ? y - 1 : y + 1;
  };
  for (let y = 0; y < PLOT_H; y++) grid[y]![tx] = '│';
  for (let x = 0; x < PLOT_W; x++) grid[ty]![x] = x === tx ? '┼' : '─';

  const corner = (text: string, y: number, fromLeft: boolean, left: number, right: number) => {
    const room = fromLeft ? tx - left - 1 : right - tx - 2;
    const s = text.slice(0, Math.max(0, room));
    const start = fromLeft ? left + 1 : right - s.length - 1;
    for (let i = 0; i < s.length; i++) {
      grid[y]![start + i] = s[i]!;
      paint[y]![start + i] = c.dim;
    }
  };
  corner(label('key-development', config), 0, true, -1, PLOT_W);
  corner(label('key', config), 0, false, -1, PLOT_W);
  corner(label('opportunistic', config), PLOT_H - 1, true, -1, PLOT_W);
  corner(label('maintenance', config), PLOT_H - 1, false, -1, PLOT_W);

  const full = options.layout === 'full';
  const legend: string[] = [];
  if (placed.length <= MARKERS.length) {
    placed.forEach((a, i) => {
      const m = MARKERS[i]!;
      const [x, y] = freeCell(grid, col(a.strength!), row(a.attractiveness!), tx, ty);
      grid[y]![x] = m;
      paint[y]![x] = (s) => c.quadrant(a.quadrant, c.bold(s));
      if (a.target) {
        // The planned position, as an arrowhead pointing the way the account should move.
        const [gx, gy] = freeCell(grid, col(a.target.strength), row(a.target.attractiveness), tx, ty);
        if (gx !== x || gy !== y) {
          grid[gy]![gx] = arrow(gx - x, gy - y);
          paint[gy]![gx] = (s) => c.quadrant(a.target!.quadrant, s);
        }
      }
      const name = terminalSafe(a.name);
      const short = full ? name : truncateTo(name, 22);
      const goal = a.target ? ` ${arrow(col(a.target.strength) - x, row(a.target.attractiveness) - y)}${score(a.target.attractiveness)}/${score(a.target.strength)}` : '';
      legend.push(`${c.quadrant(a.quadrant, m)} ${short} ${c.dim(`${score(a.attractiveness)}/${score(a.strength)}${goal}`)}`);
    });
  } else {
    const counts = new Map<string, number>();
    for (const a of placed) {
      const key = `${col(a.strength!)},${row(a.attractiveness!)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const max = Math.max(...counts.values());
    for (const [key, n] of counts) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      grid[y]![x] = DENSITY[Math.max(1, Math.ceil((n / max) * (DENSITY.length - 1)))]!;
    }
    legend.push(c.dim(`${placed.length} accounts: ${DENSITY.slice(1).split('').join(' ')} = few to many per cell`));
  }

  const lines: string[] = [c.bold('Attractiveness (up) vs relative strength (right)')];
  for (let y = 0; y < PLOT_H; y++) {
    const axis = y === 0 ? '10' : y === ty ? String(t.attractiveness) : y === PLOT_H - 1 ? ' 0' : '  ';
    const cells = grid[y]!.map((ch, x) => (paint[y]![x] ? paint[y]![x]!(ch) : ch === '│' || ch === '─' || ch === '┼' ? c.dim(ch) : ch));
    lines.push(`${axis.padStart(3)} ┤${cells.join('')}`.trimEnd());
  }
  lines.push(`    └${'─'.repeat(PLOT_W)}`);
  const ticks = Array<string>(PLOT_W + 1).fill(' ');
  const put = (x: number, s: string) => s.split('').forEach((ch, i) => (ticks[x + i] = ch));
  put(0, '0');
  put(tx, String(t.strength));
  put(PLOT_W - 2, '10');
  lines.push(`     ${ticks.join('').trimEnd()}`);
  const unplaced = accounts.length - placed.length;
  if (unplaced > 0) legend.push(c.dim(`${unplaced} unclassified account${unplaced === 1 ? '' : 's'} not drawn`));
  lines.push(...columns(legend, options.width));
  return `${lines.join('\n')}\n`;
}

/** An arrowhead for a move of (dx, dy) cells; screen rows grow downwards. */
function arrow(dx: number, dy: number): string {
  const angle = Math.atan2(-dy / 2, dx / 5); // cells are 5 wide and 2 high per point
  const heads = ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'];
  return heads[(Math.round(angle / (Math.PI / 4)) + 8) % 8]!;
}

/** The marker's own cell, or the nearest free one (accounts can share a spot). */
function freeCell(grid: string[][], x: number, y: number, tx: number, ty: number): [number, number] {
  const free = (cx: number, cy: number) => grid[cy]?.[cx] === ' ' || (grid[cy]?.[cx] !== undefined && '│─┼'.includes(grid[cy]![cx]!) && cx !== tx && cy !== ty);
  if (grid[y]![x] === ' ' || '│─┼'.includes(grid[y]![x]!)) return [x, y];
  for (let r = 1; r <= 3; r++) {
    for (const [dx, dy] of [[r, 0], [-r, 0], [0, -r], [0, r], [r, -r], [-r, r], [r, r], [-r, -r]] as const) {
      // Stay on the same side of both thresholds so the quadrant stays right.
      const nx = x + dx;
      const ny = y + dy;
      if ((nx >= tx) !== (x >= tx) || (ny <= ty) !== (y <= ty)) continue;
      if (free(nx, ny)) return [nx, ny];
    }
  }
  return [x, y];
}

/** Legend entries in as many columns as fit the width. */
function columns(entries: string[], width: number): string[] {
  const visible = (s: string) => displayWidth(s.replace(/\u001b\[[0-9;]*m/g, ''));
  const widest = Math.max(0, ...entries.map(visible));
  const per = Math.max(1, Math.floor((width - 4) / (widest + 3)));
  const rows: string[] = [];
  for (let i = 0; i < entries.length; i += per) {
    rows.push(`    ${entries.slice(i, i + per).map((e) => e + ' '.repeat(Math.max(1, widest + 3 - visible(e)))).join('').trimEnd()}`);
  }
  return rows;
}
