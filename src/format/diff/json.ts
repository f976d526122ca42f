/** `kam diff` as JSON (and `moves` in `kam check --baseline`): the diff with its scores rounded as in SPEC 5. */
import type { Driver, PortfolioDiff } from '../../core/diff.js';
import { round } from '../report-object.js';

const drivers = (list: Driver[]) => list.map((d) => ({ ...d, contribution: round(d.contribution, 4) }));
const span = (s: { from: number; to: number } | null) => s && { from: round(s.from), to: round(s.to) };

export function diffObject(diff: PortfolioDiff) {
  return {
    ...diff,
    quadrantMoves: diff.quadrantMoves.map((m) => ({
      ...m,
      from: { ...m.from, attractiveness: round(m.from.attractiveness), strength: round(m.from.strength) },
      to: { ...m.to, attractiveness: round(m.to.attractiveness), strength: round(m.to.strength) },
      drivers: drivers(m.drivers),
    })),
    drifts: diff.drifts.map((m) => ({ ...m, attractiveness: span(m.attractiveness), strength: span(m.strength), drivers: drivers(m.drivers) })),
  };
}
