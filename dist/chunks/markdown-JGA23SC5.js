import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  healthChangeText
} from "./chunk-U7NXJS2B.js";
import {
  isEmptyDiff
} from "./chunk-X5SBUWEX.js";
import {
  markdown
} from "./chunk-OPNKPR2M.js";
import {
  healthText
} from "./chunk-O2S2L5JE.js";
import {
  score
} from "./chunk-MW2GVKPX.js";
import "./chunk-FH4AGJX7.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-SA2IJZVG.js";

// src/format/diff/markdown.ts
var signed = (n) => `${n >= 0 ? "+" : ""}${n.toFixed(2)}`;
function formatDiffMarkdown(d, o) {
  const c = o.config;
  const out = [`### Account plans: changes from ${markdown(o.base)} to ${markdown(o.head)}`, ""];
  if (isEmptyDiff(d)) return `${out.join("\n")}Nothing moved.
`;
  if (d.quadrantMoves.length > 0) {
    out.push("| Account | Quadrant | Attractiveness | Strength | Driven by |", "|---|---|---|---|---|");
    for (const m of d.quadrantMoves) {
      const why = m.drivers.slice(0, 3).map((dr) => `${markdown(dr.factor.replace(/_/g, " "))} ${dr.from ?? "\u2013"} \u2192 ${dr.to ?? "\u2013"} (${dr.axis === "attractiveness" ? "A" : "S"} ${signed(dr.contribution)})`).join("; ");
      out.push(`| ${markdown(m.name)} | ${markdown(label(m.from.quadrant, c))} \u2192 **${markdown(label(m.to.quadrant, c))}** | ${score(m.from.attractiveness)} \u2192 ${score(m.to.attractiveness)} | ${score(m.from.strength)} \u2192 ${score(m.to.strength)} | ${why || "\u2013"} |`);
    }
    out.push("");
  }
  const list = (title, items) => {
    if (items.length > 0) out.push(`**${title}**`, "", ...items.map((i) => `- ${i}`), "");
  };
  list("Health", d.healthChanges.map((h) => `${markdown(h.name)}: ${h.from === h.to ? healthText(h.to) : `${healthText(h.from)} \u2192 **${healthText(h.to)}**`}${h.changes.filter((x) => x.kind !== "status").map((x) => `; ${markdown(healthChangeText(x))}`).join("")}`));
  list("Score drifts within a quadrant (0.5 or more)", d.drifts.map((m) => `${markdown(m.name)} (${markdown(label(m.quadrant, c))}):${m.attractiveness ? ` attractiveness ${score(m.attractiveness.from)} \u2192 ${score(m.attractiveness.to)}` : ""}${m.strength ? ` strength ${score(m.strength.from)} \u2192 ${score(m.strength.to)}` : ""}${m.drivers.length > 0 ? `, driven by ${m.drivers.slice(0, 3).map((dr) => `${markdown(dr.factor.replace(/_/g, " "))} ${dr.from ?? "\u2013"} \u2192 ${dr.to ?? "\u2013"} (${dr.axis === "attractiveness" ? "A" : "S"} ${signed(dr.contribution)})`).join("; ")}` : ""}`));
  list("Added", d.added.map((a) => `${markdown(a.name)} (${markdown(label(a.quadrant, c))})`));
  list("Removed", d.removed.map((a) => `${markdown(a.name)} (${markdown(label(a.quadrant, c))})`));
  list("Positioning moves", d.positioningMoves.map((m) => `${markdown(m.name)}: ${m.from ? markdown(label(m.from, c)) : "\u2013"} \u2192 ${m.to ? markdown(label(m.to, c)) : "\u2013"}`));
  list("Relationship stages", d.stageChanges.map((m) => `${markdown(m.name)}: ${m.from.stage ?? "\u2013"} / ${m.from.customerView ?? "\u2013"} \u2192 ${m.to.stage ?? "\u2013"} / ${m.to.customerView ?? "\u2013"} (ours / the customer's)`));
  list("Opportunity decisions", d.decisionChanges.map((m) => `${markdown(m.name)}, ${markdown(m.opportunity)}: ${m.from ?? "new"} \u2192 ${m.to ?? "gone"}`));
  return `${out.join("\n")}`;
}
export {
  formatDiffMarkdown
};
