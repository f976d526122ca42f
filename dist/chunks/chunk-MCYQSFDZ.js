import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANT_IDS,
  QUADRANT_LETTER
} from "./chunk-SG2FHML3.js";
import {
  sparkline
} from "./chunk-O2S2L5JE.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";

// src/format/history/text.ts
function trailLetters(trail, snapshots) {
  const letters = Array(snapshots).fill(" ");
  for (const p of trail.points) letters[p.at] = QUADRANT_LETTER[p.quadrant];
  return letters.join("");
}
function axis(trail, snapshots, key) {
  const values = Array(snapshots).fill(null);
  for (const p of trail.points) values[p.at] = p[key];
  return sparkline(values);
}
function eventText(history, e) {
  const at = history.snapshots[e.at].label;
  switch (e.kind) {
    case "appeared":
      return `appeared at ${at}`;
    case "disappeared":
      return `gone at ${at}`;
    case "moved":
      return `moved ${e.from} \u2192 ${e.to} at ${at}`;
    case "id-changed":
      return `id ${e.from} \u2192 ${e.to} at ${at}`;
    case "invalid":
      return `invalid at ${at} (${e.file}: ${e.message})`;
  }
}
function formatHistoryText(history, options) {
  const n = history.snapshots.length;
  const out = [];
  out.push(`Snapshots: ${history.snapshots.map((s, i) => `${i + 1} ${terminalSafe(s.label)} (${s.date})`).join(" \xB7 ")}`);
  out.push("");
  const nameWidth = Math.min(40, Math.max(7, ...history.accounts.map((t) => terminalSafe(t.id).length)));
  out.push(`${"Account".padEnd(nameWidth)}  ${"Trail".padEnd(Math.max(5, n))}  ${"A".padEnd(n)}  ${"S".padEnd(n)}  Now`);
  for (const t of history.accounts) {
    const last = t.points[t.points.length - 1];
    const now = last ? `${options.quadrantName(last.quadrant)}${last.health ? `, ${last.health}` : ""}` : "\u2013";
    const events = t.events.map((e) => eventText(history, e)).join("; ");
    out.push(`${terminalSafe(t.id).padEnd(nameWidth)}  ${trailLetters(t, n).padEnd(Math.max(5, n))}  ${axis(t, n, "attractiveness")}  ${axis(t, n, "strength")}  ${now}${events ? `  (${terminalSafe(events)})` : ""}`);
  }
  out.push("K key \xB7 D key development \xB7 M maintenance \xB7 O opportunistic \xB7 \xB7 unclassified; A attractiveness, S strength (0-10)");
  if (history.showing) out.push(`${showingLine(history.showing)} (the portfolio below counts every account)`);
  out.push("");
  out.push("Portfolio per snapshot");
  const header = ["Snapshot", "Date", "Accounts", ...QUADRANT_IDS.map((q) => QUADRANT_LETTER[q]), "At risk", "Watch", "Invalid"];
  const rows = history.portfolio.map((p) => {
    const s = history.snapshots[p.at];
    return [terminalSafe(s.label), s.date, String(p.accounts), ...QUADRANT_IDS.map((q) => String(p.quadrants[q])), String(p.health["at-risk"] ?? 0), String(p.health.watch ?? 0), String(p.invalid)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) out.push(r.map((c, i) => i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("  ").trimEnd());
  return `${out.join("\n")}
`;
}

export {
  trailLetters,
  eventText,
  formatHistoryText
};
