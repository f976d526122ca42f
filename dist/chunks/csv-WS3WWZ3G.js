import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  csvCell
} from "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import {
  round
} from "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/format/history/csv.ts
var HISTORY_CSV_COLUMNS = [
  "snapshot",
  "date",
  "commit",
  "id",
  "name",
  "file",
  "attractiveness",
  "strength",
  "quadrant",
  "positioning",
  "stage",
  "health"
];
function formatHistoryCsv(history) {
  const lines = [HISTORY_CSV_COLUMNS.join(",")];
  for (const t of history.accounts) {
    for (const p of t.points) {
      const s = history.snapshots[p.at];
      lines.push([s.label, s.date, s.commit, t.id, t.name, p.file, round(p.attractiveness), round(p.strength), p.quadrant, p.positioning, p.stage, p.health].map(csvCell).join(","));
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r
`;
}
export {
  HISTORY_CSV_COLUMNS,
  formatHistoryCsv
};
