import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-SA2IJZVG.js";

// src/format/terminal/list.ts
function formatList(accounts, options) {
  const c = options.colors;
  if (accounts.length === 0) return "No accounts match.\n";
  const head = ["Id", "Name", "Manager", "Quadrant", "File"];
  const rows = accounts.map((a) => [a.id, a.name, a.manager ?? "\u2013", label(a.quadrant, options.config), a.file].map(terminalSafe));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells, paint) => cells.map((cell, i) => paint(i < cells.length - 1 ? cell + " ".repeat(widths[i] - [...cell].length) : cell, i)).join("  ");
  return `${[
    line(head, (cell) => c.bold(cell)),
    ...rows.map((r, row) => line(r, (cell, col) => col === 3 ? c.quadrant(accounts[row].quadrant, cell) : cell))
  ].join("\n")}
`;
}
export {
  formatList
};
