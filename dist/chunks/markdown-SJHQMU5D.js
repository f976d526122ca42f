import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  eventText,
  trailLetters
} from "./chunk-MCYQSFDZ.js";
import {
  QUADRANT_IDS
} from "./chunk-SG2FHML3.js";
import {
  markdown
} from "./chunk-OPNKPR2M.js";
import {
  sparkline
} from "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/format/history/markdown.ts
function formatHistoryMarkdown(history, options) {
  const n = history.snapshots.length;
  const out = ["# Portfolio history", ""];
  out.push(`Snapshots: ${history.snapshots.map((s, i) => `${i + 1}. ${markdown(s.label)} (${s.date})`).join(", ")}.`, "");
  out.push("| Account | Trail | Attractiveness | Strength | Now | Events |", "|---|---|---|---|---|---|");
  for (const t of history.accounts) {
    const values = (key) => {
      const v = Array(n).fill(null);
      for (const p of t.points) v[p.at] = p[key];
      return sparkline(v);
    };
    const last = t.points[t.points.length - 1];
    const now = last ? `${options.quadrantName(last.quadrant)}${last.health ? `, ${last.health}` : ""}` : "\u2013";
    out.push(`| ${markdown(t.name)} (\`${t.id.replace(/`/g, "")}\`) | \`${trailLetters(t, n).replace(/ /g, "\xB7")}\` | ${values("attractiveness")} | ${values("strength")} | ${markdown(now)} | ${markdown(t.events.map((e) => eventText(history, e)).join("; "))} |`);
  }
  out.push("", "K key, D key development, M maintenance, O opportunistic, \xB7 unclassified; \u2013 absent or invalid.");
  if (history.showing) out.push("", `_${showingLine(history.showing)} (the portfolio below counts every account)_`);
  out.push("", "## Portfolio per snapshot", "");
  out.push(`| Snapshot | Date | Accounts | ${QUADRANT_IDS.map((q) => markdown(options.quadrantName(q))).join(" | ")} | At risk | Watch | Invalid |`);
  out.push(`|---|---|---:|${QUADRANT_IDS.map(() => "---:").join("|")}|---:|---:|---:|`);
  for (const p of history.portfolio) {
    const s = history.snapshots[p.at];
    out.push(`| ${markdown(s.label)} | ${s.date} | ${p.accounts} | ${QUADRANT_IDS.map((q) => p.quadrants[q]).join(" | ")} | ${p.health["at-risk"] ?? 0} | ${p.health.watch ?? 0} | ${p.invalid} |`);
  }
  return `${out.join("\n")}
`;
}
export {
  formatHistoryMarkdown
};
