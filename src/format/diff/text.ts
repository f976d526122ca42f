/** `kam diff` for the terminal: each kind of change under its heading. */
import type { PortfolioDiff } from '../../core/diff.js';
import { isEmptyDiff } from '../../core/diff.js';
import { label, STAGE_LABELS } from '../../core/labels.js';
import type { Config } from '../../core/types.js';
import type { Colors } from '../colors.js';
import { score } from '../numbers.js';
import { terminalSafe } from '../terminal-text.js';
import { healthColor, healthText } from '../health-text.js';
import { healthChangeText } from './health.js';

export interface DiffTextOptions {
  colors: Colors;
  config: Pick<Config, 'labels'>;
  base: string;
  head: string;
}

const stage = (s: string | null) => (s ? STAGE_LABELS[s as keyof typeof STAGE_LABELS].toLowerCase() : '–');
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;

export function formatDiffText(d: PortfolioDiff, o: DiffTextOptions): string {
  const { colors: c, config } = o;
  const out = [c.bold(`Changes from ${terminalSafe(o.base)} to ${terminalSafe(o.head)}`)];
  if (isEmptyDiff(d)) return `${out[0]}\nNothing moved.\n`;
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', c.bold(title), ...lines.map((l) => `  ${l}`));
  };
  section('Added', d.added.map((a) => `${c.green('+')} ${terminalSafe(a.name)} (${label(a.quadrant, config)})`));
  section('Removed', d.removed.map((a) => `${c.red('-')} ${terminalSafe(a.name)} (${label(a.quadrant, config)})`));
  section('Quadrant moves', d.quadrantMoves.flatMap((m) => [
    `${terminalSafe(m.name)}: ${c.quadrant(m.from.quadrant, label(m.from.quadrant, config))} → ${c.quadrant(m.to.quadrant, label(m.to.quadrant, config))}` +
      c.dim(` (A ${score(m.from.attractiveness)} → ${score(m.to.attractiveness)}, S ${score(m.from.strength)} → ${score(m.to.strength)})`),
    ...m.drivers.slice(0, 5).map((dr) => `    ${dr.axis === 'attractiveness' ? 'A' : 'S'} ${signed(dr.contribution)}  ${dr.factor.replace(/_/g, ' ')} ${dr.from ?? '–'} → ${dr.to ?? '–'}`),
  ]));
  section('Health', d.healthChanges.flatMap((h) => [
    `${terminalSafe(h.name)}: ${h.from === h.to ? healthColor(c, h.to, healthText(h.to)) : `${healthColor(c, h.from, healthText(h.from))} → ${healthColor(c, h.to, healthText(h.to))}`}`,
    ...h.changes.filter((x) => x.kind !== 'status').map((x) => `    ${terminalSafe(healthChangeText(x))}`),
  ]));
  section('Score drifts within a quadrant (0.5 or more)', d.drifts.flatMap((m) => [
    `${terminalSafe(m.name)} (${label(m.quadrant, config)}):` +
      `${m.attractiveness ? ` A ${score(m.attractiveness.from)} → ${score(m.attractiveness.to)}` : ''}${m.strength ? ` S ${score(m.strength.from)} → ${score(m.strength.to)}` : ''}`,
    ...m.drivers.slice(0, 5).map((dr) => `    ${dr.axis === 'attractiveness' ? 'A' : 'S'} ${signed(dr.contribution)}  ${dr.factor.replace(/_/g, ' ')} ${dr.from ?? '–'} → ${dr.to ?? '–'}`),
  ]));
  section('Positioning moves', d.positioningMoves.map((m) => `${terminalSafe(m.name)}: ${m.from ? label(m.from, config) : '–'} → ${m.to ? label(m.to, config) : '–'}`));
  section('Relationship', d.stageChanges.map((m) => `${terminalSafe(m.name)}: ${stage(m.from.stage)} / ${stage(m.from.customerView)} → ${stage(m.to.stage)} / ${stage(m.to.customerView)} ${c.dim('(ours / the customer\'s)')}`));
  section('Opportunity decisions', d.decisionChanges.map((m) => `${terminalSafe(m.name)}, ${terminalSafe(m.opportunity)}: ${m.from ?? 'new'} → ${m.to ?? 'gone'}`));
  return `${out.join('\n')}\n`;
}
