import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  trailLetters
} from "./chunk-MCYQSFDZ.js";
import {
  QUADRANT_IDS
} from "./chunk-SG2FHML3.js";
import {
  PAGE_CSS,
  htmlPageStart
} from "./chunk-WF2LZKKU.js";
import {
  QUADRANT_COLORS
} from "./chunk-TLIP7ZW3.js";
import {
  html
} from "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-FH4AGJX7.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/format/history/html.ts
var MAX_COMETS = 150;
var PLOT = { left: 56, top: 20, width: 600, height: 420 };
var HEALTH = ["at-risk", "watch", "healthy", "unknown"];
var HEALTH_COLOR = { "at-risk": "#b3261e", watch: "#c98a00", healthy: "#1b7f3b", unknown: "#b0b0b0" };
var sx = (s) => PLOT.left + s / 10 * PLOT.width;
var sy = (a) => PLOT.top + (10 - a) / 10 * PLOT.height;
function frame(t, quadrantName) {
  const corner = (q, x, y, anchor) => `<text x="${x}" y="${y}" text-anchor="${anchor}" fill="${QUADRANT_COLORS[q]}" font-weight="600">${html(quadrantName(q))}</text>`;
  return [
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.width}" height="${PLOT.height}" fill="#fafafa" stroke="#ccc"/>`,
    `<line x1="${sx(t.strength)}" y1="${PLOT.top}" x2="${sx(t.strength)}" y2="${PLOT.top + PLOT.height}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<line x1="${PLOT.left}" y1="${sy(t.attractiveness)}" x2="${PLOT.left + PLOT.width}" y2="${sy(t.attractiveness)}" stroke="#999" stroke-dasharray="4 3"/>`,
    corner("key", PLOT.left + PLOT.width - 6, PLOT.top + 14, "end"),
    corner("key-development", PLOT.left + 6, PLOT.top + 14, "start"),
    corner("maintenance", PLOT.left + PLOT.width - 6, PLOT.top + PLOT.height - 6, "end"),
    corner("opportunistic", PLOT.left + 6, PLOT.top + PLOT.height - 6, "start"),
    `<text x="${PLOT.left + PLOT.width / 2}" y="${PLOT.top + PLOT.height + 30}" text-anchor="middle">Relative strength \u2192</text>`,
    `<text x="16" y="${PLOT.top + PLOT.height / 2}" text-anchor="middle" transform="rotate(-90 16 ${PLOT.top + PLOT.height / 2})">Customer attractiveness \u2192</text>`,
    ...[0, 5, 10].map((v) => `<text x="${sx(v)}" y="${PLOT.top + PLOT.height + 14}" text-anchor="middle">${v}</text><text x="${PLOT.left - 6}" y="${sy(v) + 4}" text-anchor="end">${v}</text>`)
  ].join("");
}
function comets(history) {
  const last = history.snapshots.length - 1;
  const current = history.accounts.filter((t) => t.points[t.points.length - 1]?.at === last);
  const placed = current.filter((t) => t.points.some((p) => p.attractiveness !== null && p.strength !== null));
  const chosen = placed.length <= MAX_COMETS ? placed : placed.filter((t) => ["key", "key-development"].includes(t.points[t.points.length - 1].quadrant)).slice(0, MAX_COMETS);
  const drawn = chosen.map((trail, i) => ({
    n: i + 1,
    trail,
    quadrant: trail.points[trail.points.length - 1].quadrant,
    points: trail.points.filter((p) => p.attractiveness !== null && p.strength !== null).map((p) => ({ x: sx(p.strength), y: sy(p.attractiveness) }))
  }));
  return { drawn, left: placed.length - chosen.length };
}
function cometMatrix(history, drawn, options) {
  const tails = drawn.flatMap((c) => c.points.slice(1).map((p, i) => {
    const from = c.points[i];
    const opacity = (0.15 + 0.6 * ((i + 1) / Math.max(1, c.points.length - 1))).toFixed(2);
    return `<line class="tail" data-id="${html(c.trail.id)}" x1="${from.x.toFixed(1)}" y1="${from.y.toFixed(1)}" x2="${p.x.toFixed(1)}" y2="${p.y.toFixed(1)}" stroke="${QUADRANT_COLORS[c.quadrant]}" stroke-width="2" stroke-opacity="${opacity}"/>`;
  }));
  const heads = drawn.map((c) => {
    const head = c.points[c.points.length - 1];
    return `<g class="head" data-id="${html(c.trail.id)}" data-n="${c.n}"><circle cx="${head.x.toFixed(1)}" cy="${head.y.toFixed(1)}" r="9" fill="${QUADRANT_COLORS[c.quadrant]}" stroke="#fff"><title>${html(c.trail.name)}</title></circle><text x="${head.x.toFixed(1)}" y="${(head.y + 3.5).toFixed(1)}" text-anchor="middle" fill="#fff" font-size="9" font-weight="700">${c.n}</text></g>`;
  });
  return `<svg id="comet-chart" viewBox="0 0 ${PLOT.left + PLOT.width + 20} ${PLOT.top + PLOT.height + 40}" role="img" aria-label="Each account's path through the snapshots">${frame(options.thresholds, options.quadrantName)}${tails.join("")}${heads.join("")}</svg>`;
}
function stackedArea(id, history, layers, value, color, name) {
  const W = 600, H = 220, L = 40, T = 10;
  const n = history.snapshots.length;
  const totals = history.portfolio.map((p) => layers.reduce((s, k) => s + value(p.at, k), 0));
  const max = Math.max(1, ...totals);
  const x = (i) => L + (n === 1 ? W / 2 : i / (n - 1) * W);
  const y = (v) => T + H - v / max * H;
  const base = Array(n).fill(0);
  const paths = layers.map((k) => {
    const lower = [...base];
    for (let i = 0; i < n; i++) base[i] += value(i, k);
    const top = base.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const bottom = lower.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
    return `<polygon class="layer" data-layer="${html(k)}" points="${[...top, ...bottom].join(" ")}" fill="${color(k)}" fill-opacity="0.85" stroke="#fff"/>`;
  });
  const every = Math.max(1, Math.ceil(n / 12));
  const ticks = history.snapshots.map((s, i) => i % every === 0 || i === n - 1 ? `<text x="${x(i).toFixed(1)}" y="${T + H + 14}" text-anchor="middle">${html(s.label)}</text>` : "").join("");
  const legend = layers.map((k, i) => `<rect x="${L + i * 130}" y="${T + H + 24}" width="10" height="10" fill="${color(k)}"/><text x="${L + i * 130 + 14}" y="${T + H + 33}">${html(name(k))}</text>`).join("");
  return `<svg id="${id}" viewBox="0 0 ${L + W + 60} ${T + H + 44}" role="img"><text x="${L - 6}" y="${T + 8}" text-anchor="end">${max}</text><text x="${L - 6}" y="${T + H}" text-anchor="end">0</text>${paths.join("")}${ticks}${legend}</svg>`;
}
function formatHistoryHtml(history, options) {
  const { drawn, left } = comets(history);
  const first = history.snapshots[0];
  const last = history.snapshots[history.snapshots.length - 1];
  const title = options.title ?? `Key account portfolio, ${first.label} to ${last.label}`;
  const n = history.snapshots.length;
  const legendRows = drawn.map((c) => {
    const now = c.trail.points[c.trail.points.length - 1];
    return `<tr data-n="${c.n}"><td class="n">${c.n}</td><td>${html(c.trail.name)}</td><td><code>${html(trailLetters(c.trail, n).replace(/ /g, "\u2013"))}</code></td><td><span class="q" style="background:${QUADRANT_COLORS[now.quadrant]}">${html(options.quadrantName(now.quadrant))}</span></td><td>${html(now.health ?? "")}</td></tr>`;
  }).join("");
  const quadrantArea = stackedArea("composition-chart", history, QUADRANT_IDS, (at, q) => history.portfolio[at].quadrants[q], (q) => QUADRANT_COLORS[q], options.quadrantName);
  const healthArea = stackedArea("health-chart", history, HEALTH, (at, h) => history.portfolio[at].health[h] ?? 0, (h) => HEALTH_COLOR[h], (h) => h);
  const snapshots = history.snapshots.map((s, i) => `<tr><td class="n">${i + 1}</td><td>${html(s.label)}</td><td>${s.date}</td><td class="n">${history.portfolio[i].accounts}</td><td class="n">${history.portfolio[i].invalid}</td></tr>`).join("");
  return `${htmlPageStart(title, PAGE_CSS)}
<header><h1>${html(title)}</h1>
<p class="muted">${n} snapshots, ${first.date} to ${last.date} \xB7 ${history.showing ? `${showingLine(history.showing)} (the charts of the portfolio count every account)` : `${history.accounts.length} accounts seen`}</p></header>
<section id="comets"><h2>Where each account travelled</h2>
<p class="muted">Each path runs from the oldest snapshot (faint) to the latest (the numbered bubble).${left > 0 ? ` Drawn: the ${drawn.length} key and key-development accounts; ${left} more accounts are in the tables below, not drawn.` : ""}</p>
${cometMatrix(history, drawn, options)}
<table id="comet-legend"><thead><tr><th class="n">#</th><th>Account</th><th>Trail</th><th>Now</th><th>Health</th></tr></thead><tbody>${legendRows}</tbody></table>
<p class="muted">Trail: one letter per snapshot, K key, D key development, M maintenance, O opportunistic, \xB7 unclassified, \u2013 absent.</p></section>
<div class="grid">
<section id="composition"><h2>Accounts per quadrant</h2>${quadrantArea}</section>
<section id="health"><h2>Health</h2>${healthArea}</section>
</div>
<section id="snapshots"><h2>Snapshots</h2><table><thead><tr><th class="n">#</th><th>Snapshot</th><th>Date</th><th class="n">Accounts</th><th class="n">Invalid files</th></tr></thead><tbody>${snapshots}</tbody></table></section>
</body>
</html>
`;
}
export {
  formatHistoryHtml
};
