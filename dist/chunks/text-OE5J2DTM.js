import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  healthChangeText
} from "./chunk-U7NXJS2B.js";
import {
  isEmptyDiff
} from "./chunk-X5SBUWEX.js";
import {
  healthColor,
  healthText
} from "./chunk-O2S2L5JE.js";
import {
  score
} from "./chunk-MW2GVKPX.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  STAGE_LABELS,
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-SA2IJZVG.js";

// src/format/diff/text.ts
var stage = (s) => s ? STAGE_LABELS[s].toLowerCase() : "\u2013";
var signed = (n) => `${n >= 0 ? "+" : ""}${n.toFixed(2)}`;
function formatDiffText(d, o) {
  const { colors: c, config } = o;
  const out = [c.bold(`Changes from ${terminalSafe(o.base)} to ${terminalSafe(o.head)}`)];
  if (isEmptyDiff(d)) return `${out[0]}
Nothing moved.
`;
  const section = (title, lines) => {
    if (lines.length > 0) out.push("", c.bold(title), ...lines.map((l) => `  ${l}`));
  };
  section("Added", d.added.map((a) => `${c.green("+")} ${terminalSafe(a.name)} (${label(a.quadrant, config)})`));
  section("Removed", d.removed.map((a) => `${c.red("-")} ${terminalSafe(a.name)} (${label(a.quadrant, config)})`));
  section("Quadrant moves", d.quadrantMoves.flatMap((m) => [
    `${terminalSafe(m.name)}: ${c.quadrant(m.from.quadrant, label(m.from.quadrant, config))} \u2192 ${c.quadrant(m.to.quadrant, label(m.to.quadrant, config))}` + c.dim(` (A ${score(m.from.attractiveness)} \u2192 ${score(m.to.attractiveness)}, S ${score(m.from.strength)} \u2192 ${score(m.to.strength)})`),
    ...m.drivers.slice(0, 5).map((dr) => `    ${dr.axis === "attractiveness" ? "A" : "S"} ${signed(dr.contribution)}  ${dr.factor.replace(/_/g, " ")} ${dr.from ?? "\u2013"} \u2192 ${dr.to ?? "\u2013"}`)
  ]));
  section("Health", d.healthChanges.flatMap((h) => [
    `${terminalSafe(h.name)}: ${h.from === h.to ? healthColor(c, h.to, healthText(h.to)) : `${healthColor(c, h.from, healthText(h.from))} \u2192 ${healthColor(c, h.to, healthText(h.to))}`}`,
    ...h.changes.filter((x) => x.kind !== "status").map((x) => `    ${terminalSafe(healthChangeText(x))}`)
  ]));
  section("Score drifts within a quadrant (0.5 or more)", d.drifts.flatMap((m) => [
    `${terminalSafe(m.name)} (${label(m.quadrant, config)}):${m.attractiveness ? ` A ${score(m.attractiveness.from)} \u2192 ${score(m.attractiveness.to)}` : ""}${m.strength ? ` S ${score(m.strength.from)} \u2192 ${score(m.strength.to)}` : ""}`,
    ...m.drivers.slice(0, 5).map((dr) => `    ${dr.axis === "attractiveness" ? "A" : "S"} ${signed(dr.contribution)}  ${dr.factor.replace(/_/g, " ")} ${dr.from ?? "\u2013"} \u2192 ${dr.to ?? "\u2013"}`)
  ]));
  section("Positioning moves", d.positioningMoves.map((m) => `${terminalSafe(m.name)}: ${m.from ? label(m.from, config) : "\u2013"} \u2192 ${m.to ? label(m.to, config) : "\u2013"}`));
  section("Relationship", d.stageChanges.map((m) => `${terminalSafe(m.name)}: ${stage(m.from.stage)} / ${stage(m.from.customerView)} \u2192 ${stage(m.to.stage)} / ${stage(m.to.customerView)} ${c.dim("(ours / the customer's)")}`));
  section("Opportunity decisions", d.decisionChanges.map((m) => `${terminalSafe(m.name)}, ${terminalSafe(m.opportunity)}: ${m.from ?? "new"} \u2192 ${m.to ?? "gone"}`));
  return `${out.join("\n")}
`;
}
export {
  formatDiffText
};
