import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  round
} from "./chunk-C65SMAYF.js";

// src/format/diff/json.ts
var drivers = (list) => list.map((d) => ({ ...d, contribution: round(d.contribution, 4) }));
var span = (s) => s && { from: round(s.from), to: round(s.to) };
function diffObject(diff) {
  return {
    ...diff,
    quadrantMoves: diff.quadrantMoves.map((m) => ({
      ...m,
      from: { ...m.from, attractiveness: round(m.from.attractiveness), strength: round(m.from.strength) },
      to: { ...m.to, attractiveness: round(m.to.attractiveness), strength: round(m.to.strength) },
      drivers: drivers(m.drivers)
    })),
    drifts: diff.drifts.map((m) => ({ ...m, attractiveness: span(m.attractiveness), strength: span(m.strength), drivers: drivers(m.drivers) }))
  };
}

export {
  diffObject
};
