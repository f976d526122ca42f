/** `kam diff` as Markdown, for a pull-request comment. */
import type { PortfolioDiff } from '../../core/diff.js';
import { isEmptyDiff } from '../../core/diff.js';
import { label } from '../../core/labels.js';
import type { Config } from '../../core/types.js';
import { markdown } from '../escape.js';
import { score } from '../numbers.js';
import { healthText } from '../health-text.js';
import { healthChangeText } from './health.js';

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;

export function formatDiffMarkdown(d: PortfolioDiff, o: { config: Pick<Config, 'labels'>; base: string; head: string }): string {
  const c = o.config;
  const out = [`### Account plans: changes from ${markdown(o.base)} to ${markdown(o.head)}`, ''];
  if (isEmptyDiff(d)) return `${out.join('\n')}Nothing moved.\n`;
  if (d.quadrantMoves.length > 0) {
    out.push('| Account | Quadrant | Attractiveness | Strength | Driven by |', '|---|---|---|---|---|');
    for (const m of d.quadrantMoves) {
      const why = m.drivers.slice(0, 3).map((dr) => `${markdown(dr.factor.replace(/_/g, ' '))} ${dr.from ?? '–'} → ${dr.to ?? '–'} (${dr.axis === 'attractiveness' ? 'A' : 'S'} ${signed(dr.contribution)})`).join('; ');
      out.push(`| ${markdown(m.name)} | ${markdown(label(m.from.quadrant, c))} → **${markdown(label(m.to.quadrant, c))}** | ${score(m.from.attractiveness)} → ${score(m.to.attractiveness)} | ${score(m.from.strength)} → ${score(m.to.strength)} | ${why || '–'} |`);
    }
    out.push('');
  }
  const list = (title: string, items: string[]) => {
    if (items.length > 0) out.push(`**${title}**`, '', ...items.map((i) => `- ${i}`), '');
  };
  list('Health', d.healthChanges.map((h) => `${markdown(h.name)}: ${h.from === h.to ? healthText(h.to) : `${healthText(h.from)} → **${healthText(h.to)}**`}` +
    `${h.changes.filter((x) => x.kind !== 'status').map((x) => `; ${markdown(healthChangeText(x))}`).join('')}`));
  list('Score drifts within a quadrant (0.5 or more)', d.drifts.map((m) => `${markdown(m.name)} (${markdown(label(m.quadrant, c))}):` +
    `${m.attractiveness ? ` attractiveness ${score(m.attractiveness.from)} → ${score(m.attractiveness.to)}` : ''}` +
    `${m.strength ? ` strength ${score(m.strength.from)} → ${score(m.strength.to)}` : ''}` +
    `${m.drivers.length > 0 ? `, driven by ${m.drivers.slice(0, 3).map((dr) => `${markdown(dr.factor.replace(/_/g, ' '))} ${dr.from ?? '–'} → ${dr.to ?? '–'} (${dr.axis === 'attractiveness' ? 'A' : 'S'} ${signed(dr.contribution)})`).join('; ')}` : ''}`));
  list('Added', d.added.map((a) => `${markdown(a.name)} (${markdown(label(a.quadrant, c))})`));
  list('Removed', d.removed.map((a) => `${markdown(a.name)} (${markdown(label(a.quadrant, c))})`));
  list('Positioning moves', d.positioningMoves.map((m) => `${markdown(m.name)}: ${m.from ? markdown(label(m.from, c)) : '–'} → ${m.to ? markdown(label(m.to, c)) : '–'}`));
  list('Relationship stages', d.stageChanges.map((m) => `${markdown(m.name)}: ${m.from.stage ?? '–'} / ${m.from.customerView ?? '–'} → ${m.to.stage ?? '–'} / ${m.to.customerView ?? '–'} (ours / the customer's)`));
  list('Opportunity decisions', d.decisionChanges.map((m) => `${markdown(m.name)}, ${markdown(m.opportunity)}: ${m.from ?? 'new'} → ${m.to ?? 'gone'}`));
  return `${out.join('\n')}`;
}
