import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  markdown
} from "./chunk-OPNKPR2M.js";
import {
  acceptedNote
} from "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-QGK4WI7H.js";
import {
  countBySeverity
} from "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/format/check/markdown.ts
function formatCheckMarkdown(diagnostics, options) {
  const { errors, warnings, accepted } = countBySeverity(diagnostics);
  const status = errors > 0 ? "\u274C" : warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const head = [
    `## ${status} kam check`,
    "",
    `${options.files} account file${options.files === 1 ? "" : "s"} checked: **${errors} error${errors === 1 ? "" : "s"}**, ${warnings} warning${warnings === 1 ? "" : "s"}${accepted > 0 ? `, ${accepted} accepted` : ""}.`,
    ""
  ];
  if (diagnostics.length === 0) return `${head.join("\n")}
`;
  const rows = ["| | File | Line | Rule | Finding |", "|---|---|---:|---|---|"];
  const limit = options.maxBytes ?? Infinity;
  let size = Buffer.byteLength(head.join("\n") + rows.join("\n"));
  let shown = 0;
  for (const d of diagnostics) {
    const row = `| ${d.accepted ? "\u2611\uFE0F" : d.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} | ${markdown(d.file)} | ${d.line ?? ""} | ${markdown(d.rule)} | ${markdown(d.message)}${d.accepted ? ` \u2014 _${markdown(acceptedNote(d.accepted))}_` : ""} |`;
    size += Buffer.byteLength(row) + 1;
    if (size > limit - 200) break;
    rows.push(row);
    shown += 1;
  }
  const more = diagnostics.length - shown;
  return `${[...head, ...rows].join("\n")}
${more > 0 ? `
\u2026 and ${more} more finding${more === 1 ? "" : "s"} (see the full report).
` : ""}`;
}
export {
  formatCheckMarkdown
};
