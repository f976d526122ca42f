import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  score
} from "./chunk-MW2GVKPX.js";
import {
  displayWidth,
  terminalSafe,
  truncateTo
} from "./chunk-FH4AGJX7.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-SA2IJZVG.js";

// src/format/terminal/chart.ts
var MARKERS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
var PLOT_W = 51;
var PLOT_H = 21;
var DENSITY = " .:*#";
function formatChart(accounts, options) {
  const { colors: c, config } = options;
  const t = config.thresholds;
  const placed = accounts.filter((a) => a.attractiveness !== null && a.strength !== null);
  const grid = Array.from({ length: PLOT_H }, () => Array(PLOT_W).fill(" "));
  const paint = Array.from({ length: PLOT_H }, () => Array(PLOT_W).fill(null));
  const tx = Math.round(t.strength / 10 * (PLOT_W - 1));
  const ty = Math.round((10 - t.attractiveness) / 10 * (PLOT_H - 1));
  const col = (s) => {
    const x = Math.round(s / 10 * (PLOT_W - 1));
    return x !== tx ? x : s >= t.strength ? x + 1 : x - 1;
  };
  const row = (a) => {
    const y = Math.round((10 - a) / 10 * (PLOT_H - 1));
    return y !== ty ? y : a >= t.attractiveness ? y - 1 : y + 1;
  };
  for (let y = 0; y < PLOT_H; y++) grid[y][tx] = "\u2502";
  for (let x = 0; x < PLOT_W; x++) grid[ty][x] = x === tx ? "\u253C" : "\u2500";
  const corner = (text, y, fromLeft, left, right) => {
    const room = fromLeft ? tx - left - 1 : right - tx - 2;
    const s = text.slice(0, Math.max(0, room));
    const start = fromLeft ? left + 1 : right - s.length - 1;
    for (let i = 0; i < s.length; i++) {
      grid[y][start + i] = s[i];
      paint[y][start + i] = c.dim;
    }
  };
  corner(label("key-development", config), 0, true, -1, PLOT_W);
  corner(label("key", config), 0, false, -1, PLOT_W);
  corner(label("opportunistic", config), PLOT_H - 1, true, -1, PLOT_W);
  corner(label("maintenance", config), PLOT_H - 1, false, -1, PLOT_W);
  const full = options.layout === "full";
  const legend = [];
  if (placed.length <= MARKERS.length) {
    placed.forEach((a, i) => {
      const m = MARKERS[i];
      const [x, y] = freeCell(grid, col(a.strength), row(a.attractiveness), tx, ty);
      grid[y][x] = m;
      paint[y][x] = (s) => c.quadrant(a.quadrant, c.bold(s));
      if (a.target) {
        const [gx, gy] = freeCell(grid, col(a.target.strength), row(a.target.attractiveness), tx, ty);
        if (gx !== x || gy !== y) {
          grid[gy][gx] = arrow(gx - x, gy - y);
          paint[gy][gx] = (s) => c.quadrant(a.target.quadrant, s);
        }
      }
      const name = terminalSafe(a.name);
      const short = full ? name : truncateTo(name, 22);
      const goal = a.target ? ` ${arrow(col(a.target.strength) - x, row(a.target.attractiveness) - y)}${score(a.target.attractiveness)}/${score(a.target.strength)}` : "";
      legend.push(`${c.quadrant(a.quadrant, m)} ${short} ${c.dim(`${score(a.attractiveness)}/${score(a.strength)}${goal}`)}`);
    });
  } else {
    const counts = /* @__PURE__ */ new Map();
    for (const a of placed) {
      const key = `${col(a.strength)},${row(a.attractiveness)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const max = Math.max(...counts.values());
    for (const [key, n] of counts) {
      const [x, y] = key.split(",").map(Number);
      grid[y][x] = DENSITY[Math.max(1, Math.ceil(n / max * (DENSITY.length - 1)))];
    }
    legend.push(c.dim(`${placed.length} accounts: ${DENSITY.slice(1).split("").join(" ")} = few to many per cell`));
  }
  const lines = [c.bold("Attractiveness (up) vs relative strength (right)")];
  for (let y = 0; y < PLOT_H; y++) {
    const axis = y === 0 ? "10" : y === ty ? String(t.attractiveness) : y === PLOT_H - 1 ? " 0" : "  ";
    const cells = grid[y].map((ch, x) => paint[y][x] ? paint[y][x](ch) : ch === "\u2502" || ch === "\u2500" || ch === "\u253C" ? c.dim(ch) : ch);
    lines.push(`${axis.padStart(3)} \u2524${cells.join("")}`.trimEnd());
  }
  lines.push(`    \u2514${"\u2500".repeat(PLOT_W)}`);
  const ticks = Array(PLOT_W + 1).fill(" ");
  const put = (x, s) => s.split("").forEach((ch, i) => ticks[x + i] = ch);
  put(0, "0");
  put(tx, String(t.strength));
  put(PLOT_W - 2, "10");
  lines.push(`     ${ticks.join("").trimEnd()}`);
  const unplaced = accounts.length - placed.length;
  if (unplaced > 0) legend.push(c.dim(`${unplaced} unclassified account${unplaced === 1 ? "" : "s"} not drawn`));
  lines.push(...columns(legend, options.width));
  return `${lines.join("\n")}
`;
}
function arrow(dx, dy) {
  const angle = Math.atan2(-dy / 2, dx / 5);
  const heads = ["\u2192", "\u2197", "\u2191", "\u2196", "\u2190", "\u2199", "\u2193", "\u2198"];
  return heads[(Math.round(angle / (Math.PI / 4)) + 8) % 8];
}
function freeCell(grid, x, y, tx, ty) {
  const free = (cx, cy) => grid[cy]?.[cx] === " " || grid[cy]?.[cx] !== void 0 && "\u2502\u2500\u253C".includes(grid[cy][cx]) && cx !== tx && cy !== ty;
  if (grid[y][x] === " " || "\u2502\u2500\u253C".includes(grid[y][x])) return [x, y];
  for (let r = 1; r <= 3; r++) {
    for (const [dx, dy] of [[r, 0], [-r, 0], [0, -r], [0, r], [r, -r], [-r, r], [r, r], [-r, -r]]) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx >= tx !== x >= tx || ny <= ty !== y <= ty) continue;
      if (free(nx, ny)) return [nx, ny];
    }
  }
  return [x, y];
}
function columns(entries, width) {
  const visible = (s) => displayWidth(s.replace(/\u001b\[[0-9;]*m/g, ""));
  const widest = Math.max(0, ...entries.map(visible));
  const per = Math.max(1, Math.floor((width - 4) / (widest + 3)));
  const rows = [];
  for (let i = 0; i < entries.length; i += per) {
    rows.push(`    ${entries.slice(i, i + per).map((e) => e + " ".repeat(Math.max(1, widest + 3 - visible(e)))).join("").trimEnd()}`);
  }
  return rows;
}
export {
  formatChart
};
