/**
 * `kam history` for a terminal: one line per account (its quadrant at each
 * snapshot as a letter, and a sparkline of each axis), then the portfolio
 * per snapshot. Account text is escaped; colour is passed in.
 */
import { QUADRANT_IDS, QUADRANT_LETTER, type AccountTrail, type History } from '../../core/history.js';
import { showingLine } from '../../core/filter.js';
import { sparkline } from '../health-text.js';
import { terminalSafe } from '../terminal-text.js';

export interface HistoryTextOptions {
  /** Quadrant names as the config's vocabulary shows them. */
  quadrantName: (id: string) => string;
}

/** The trail as one letter per snapshot; a space where the account was absent or invalid. */
export function trailLetters(trail: AccountTrail, snapshots: number): string {
  const letters = Array<string>(snapshots).fill(' ');
  for (const p of trail.points) letters[p.at] = QUADRANT_LETTER[p.quadrant];
  return letters.join('');
}

function axis(trail: AccountTrail, snapshots: number, key: 'attractiveness' | 'strength'): string {
  const values = Array<number | null>(snapshots).fill(null);
  for (const p of trail.points) values[p.at] = p[key];
  return sparkline(values);
}

export function eventText(history: History, e: AccountTrail['events'][number]): string {
  const at = history.snapshots[e.at]!.label;
  switch (e.kind) {
    case 'appeared': return `appeared at ${at}`;
    case 'disappeared': return `gone at ${at}`;
    case 'moved': return `moved ${e.from} → ${e.to} at ${at}`;
    case 'id-changed': return `id ${e.from} → ${e.to} at ${at}`;
    case 'invalid': return `invalid at ${at} (${e.file}: ${e.message})`;
  }
}

export function formatHistoryText(history: History, options: HistoryTextOptions): string {
  const n = history.snapshots.length;
  const out: string[] = [];
  out.push(`Snapshots: ${history.snapshots.map((s, i) => `${i + 1} ${terminalSafe(s.label)} (${s.date})`).join(' · ')}`);
  out.push('');
  const nameWidth = Math.min(40, Math.max(7, ...history.accounts.map((t) => terminalSafe(t.id).length)));
  out.push(`${'Account'.padEnd(nameWidth)}  ${'Trail'.padEnd(Math.max(5, n))}  ${'A'.padEnd(n)}  ${'S'.padEnd(n)}  Now`);
  for (const t of history.accounts) {
    const last = t.points[t.points.length - 1];
    const now = last ? `${options.quadrantName(last.quadrant)}${last.health ? `, ${last.health}` : ''}` : '–';
    const events = t.events.map((e) => eventText(history, e)).join('; ');
    out.push(`${terminalSafe(t.id).padEnd(nameWidth)}  ${trailLetters(t, n).padEnd(Math.max(5, n))}  ${axis(t, n, 'attractiveness')}  ${axis(t, n, 'strength')}  ${now}${events ? `  (${terminalSafe(events)})` : ''}`);
  }
  out.push('K key · D key development · M maintenance · O opportunistic · · unclassified; A attractiveness, S strength (0-10)');
  if (history.showing) out.push(`${showingLine(history.showing)} (the portfolio below counts every account)`);
  out.push('');
  out.push('Portfolio per snapshot');
  const header = ['Snapshot', 'Date', 'Accounts', ...QUADRANT_IDS.map((q) => QUADRANT_LETTER[q]), 'At risk', 'Watch', 'Invalid'];
  const rows = history.portfolio.map((p) => {
    const s = history.snapshots[p.at]!;
    return [terminalSafe(s.label), s.date, String(p.accounts), ...QUADRANT_IDS.map((q) => String(p.quadrants[q])), String(p.health['at-risk'] ?? 0), String(p.health.watch ?? 0), String(p.invalid)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) out.push(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  return `${out.join('\n')}\n`;
}
