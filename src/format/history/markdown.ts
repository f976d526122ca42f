/** `kam history --format markdown`: the trails and the portfolio per snapshot, as tables. */
import { QUADRANT_IDS, type History } from '../../core/history.js';
import { showingLine } from '../../core/filter.js';
import { markdown } from '../escape.js';
import { eventText, trailLetters } from './text.js';
import { sparkline } from '../health-text.js';

export function formatHistoryMarkdown(history: History, options: { quadrantName: (id: string) => string }): string {
  const n = history.snapshots.length;
  const out: string[] = ['# Portfolio history', ''];
  out.push(`Snapshots: ${history.snapshots.map((s, i) => `${i + 1}. ${markdown(s.label)} (${s.date})`).join(', ')}.`, '');
  out.push('| Account | Trail | Attractiveness | Strength | Now | Events |', '|---|---|---|---|---|---|');
  for (const t of history.accounts) {
    const values = (key: 'attractiveness' | 'strength') => {
      const v = Array<number | null>(n).fill(null);
      for (const p of t.points) v[p.at] = p[key];
      return sparkline(v);
    };
    const last = t.points[t.points.length - 1];
    const now = last ? `${options.quadrantName(last.quadrant)}${last.health ? `, ${last.health}` : ''}` : '–';
    out.push(`| ${markdown(t.name)} (\`${t.id.replace(/`/g, '')}\`) | \`${trailLetters(t, n).replace(/ /g, '·')}\` | ${values('attractiveness')} | ${values('strength')} | ${markdown(now)} | ${markdown(t.events.map((e) => eventText(history, e)).join('; '))} |`);
  }
  out.push('', 'K key, D key development, M maintenance, O opportunistic, · unclassified; – absent or invalid.');
  if (history.showing) out.push('', `_${showingLine(history.showing)} (the portfolio below counts every account)_`);
  out.push('', '## Portfolio per snapshot', '');
  out.push(`| Snapshot | Date | Accounts | ${QUADRANT_IDS.map((q) => markdown(options.quadrantName(q))).join(' | ')} | At risk | Watch | Invalid |`);
  out.push(`|---|---|---:|${QUADRANT_IDS.map(() => '---:').join('|')}|---:|---:|---:|`);
  for (const p of history.portfolio) {
    const s = history.snapshots[p.at]!;
    out.push(`| ${markdown(s.label)} | ${s.date} | ${p.accounts} | ${QUADRANT_IDS.map((q) => p.quadrants[q]).join(' | ')} | ${p.health['at-risk'] ?? 0} | ${p.health.watch ?? 0} | ${p.invalid} |`);
  }
  return `${out.join('\n')}\n`;
}
