import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  accountDetail
} from "./chunk-2WSVE2U7.js";
import {
  PAGE_CSS,
  htmlPageStart
} from "./chunk-WF2LZKKU.js";
import {
  PERCEIVED_NEXT_STEP,
  POSITIONING_EXPECTATION,
  QUADRANT_STRATEGY,
  STAGE_MEANING
} from "./chunk-D4IC2CFY.js";
import {
  QUADRANT_COLORS
} from "./chunk-TLIP7ZW3.js";
import {
  formatCsv
} from "./chunk-W75QBZTN.js";
import {
  html,
  markdown,
  mermaidString
} from "./chunk-OPNKPR2M.js";
import {
  HEALTH_MARK,
  attainmentBar,
  healthText,
  sparkline
} from "./chunk-O2S2L5JE.js";
import {
  money,
  percent,
  score
} from "./chunk-MW2GVKPX.js";
import {
  MAX_AT_RISK,
  atRiskAccounts,
  findingGroups,
  sectionAccounts
} from "./chunk-K5YYUQKW.js";
import {
  AGENDA_KEYS,
  AGENDA_LABELS,
  CHARTER_LISTS,
  INFLUENCES,
  INFLUENCE_LABELS,
  LIFECYCLE_MEANING,
  POSITION_MEANING,
  planView
} from "./chunk-QA7TO7ZC.js";
import {
  acceptedNote
} from "./chunk-CDJ7GAAG.js";
import {
  truncateTo
} from "./chunk-FH4AGJX7.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import {
  STAGE_LABELS,
  label
} from "./chunk-EQWHRGNW.js";
import {
  formatJson
} from "./chunk-INXRK7NB.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";

// src/format/report/relationship-map.ts
var INFLUENCE_COLOR = {
  "decision-maker": "#b3261e",
  influencer: "#1f6fb2",
  sponsor: "#1b7f3b",
  user: "#6b6b6b",
  gatekeeper: "#8a5a00",
  none: "#9a9a9a"
};
var W = 640;
var NODE_H = 30;
var GAP = 6;
var GROUP_GAP = 20;
var TOP = 34;
var OURS = { x: 10, w: 170 };
var THEIRS = { x: 400, w: 230 };
var cut = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
function relationshipMapSvg(map, id) {
  if (map.contacts.length === 0) return '<p class="muted">No contacts recorded (relationship.contacts).</p>';
  const parts = [];
  let y = TOP;
  const contactY = /* @__PURE__ */ new Map();
  const groups = [...INFLUENCES, null].map((inf) => ({ inf, list: map.contacts.filter((c) => c.influence === inf) })).filter((g) => g.list.length > 0);
  for (const g of groups) {
    const color = INFLUENCE_COLOR[g.inf ?? "none"];
    parts.push(`<text x="${THEIRS.x}" y="${y + 10}" fill="${color}" font-weight="600">${html(g.inf ? INFLUENCE_LABELS[g.inf] : "Influence not recorded")}</text>`);
    y += 16;
    for (const c of g.list) {
      contactY.set(c.index, y + NODE_H / 2);
      const sub = [c.function, c.role].filter((s) => s?.trim()).join(" \xB7 ");
      const agenda = c.influence === "decision-maker" ? ` \xB7 agenda ${c.agendaAnswered}/4` : "";
      const title = [c.name, c.role, c.function, c.owner ? `held by ${c.owner}` : "held by nobody on our side"].filter(Boolean).join(", ");
      parts.push(
        `<g class="rm-contact" data-index="${c.index}" data-influence="${c.influence ?? ""}"><title>${html(title)}</title><rect x="${THEIRS.x}" y="${y}" width="${THEIRS.w}" height="${NODE_H}" rx="4" fill="#fff" stroke="${color}"${c.owner ? "" : ' stroke-dasharray="4 3"'}/><text x="${THEIRS.x + 6}" y="${y + 12}" font-weight="600">${html(cut(c.name, 34))}</text><text x="${THEIRS.x + 6}" y="${y + 25}" class="muted" fill="#666">${html(cut(`${sub}${agenda}`, 40))}</text></g>`
      );
      y += NODE_H + GAP;
    }
    y += GROUP_GAP - GAP;
  }
  const bottom = y;
  const owners = map.owners.map((name) => {
    const ys = map.contacts.filter((c) => c.owner === name).map((c) => contactY.get(c.index));
    return { name, want: ys.reduce((s, v) => s + v, 0) / ys.length };
  }).sort((a, b) => a.want - b.want);
  let next = TOP + 16;
  const placed = owners.map((o) => {
    const top = Math.max(o.want - NODE_H / 2, next);
    next = top + NODE_H + GAP;
    return { ...o, top };
  });
  const overflow = next - GAP - bottom;
  if (overflow > 0) for (const p of placed) p.top -= Math.min(overflow, placed[0].top - TOP);
  const height = Math.max(bottom, next) + 10;
  const edges = [];
  for (const p of placed) {
    const y1 = p.top + NODE_H / 2;
    for (const c of map.contacts.filter((x) => x.owner === p.name)) {
      const y2 = contactY.get(c.index);
      const x1 = OURS.x + OURS.w;
      const x2 = THEIRS.x;
      const mid = (x1 + x2) / 2;
      edges.push(`<path class="rm-edge" data-index="${c.index}" d="M${x1},${y1.toFixed(1)} C${mid},${y1.toFixed(1)} ${mid},${y2.toFixed(1)} ${x2},${y2.toFixed(1)}" fill="none" stroke="${INFLUENCE_COLOR[c.influence ?? "none"]}" stroke-width="1.6"><title>${html(`${p.name} holds ${c.name}`)}</title></path>`);
    }
  }
  const nodes = placed.map((p) => `<g class="rm-owner"><title>${html(p.name)}</title><rect x="${OURS.x}" y="${p.top.toFixed(1)}" width="${OURS.w}" height="${NODE_H}" rx="4" fill="#eef4fb" stroke="#1f6fb2"/><text x="${OURS.x + 8}" y="${(p.top + 19).toFixed(1)}">${html(cut(p.name, 24))}</text></g>`);
  const unowned = map.contacts.length - map.contacts.filter((c) => c.owner !== null).length;
  const caption = map.shape === "diamond" ? `Diamond: ${map.owners.length} of our people hold ${map.contacts.length - unowned} relationships` : map.owners.length === 1 ? `Bow-tie: every held relationship runs through ${map.owners[0]}` : "Bow-tie: nobody on our side is named as holding a relationship";
  return [
    `<svg class="relationship-map" id="relationship-map-${html(id)}" data-shape="${map.shape}" viewBox="0 0 ${W} ${height.toFixed(0)}" role="img" aria-label="${html(caption)}">`,
    `<text x="${OURS.x}" y="14" font-weight="600">Our side</text><text x="${THEIRS.x}" y="14" font-weight="600">The customer</text>`,
    `<text x="${W / 2}" y="14" text-anchor="middle" class="muted" fill="#666">${html(cut(caption, 60))}</text>`,
    ...edges,
    ...nodes,
    ...parts,
    unowned > 0 ? `<text x="${OURS.x}" y="${(height - 4).toFixed(0)}" class="muted" fill="#666">Dashed: held by nobody on our side (${unowned})</text>` : "",
    "</svg>"
  ].join("\n");
}

// src/format/report/plan-html.ts
var PLAN_CSS = `
.plan h4{margin:14px 0 4px}.plan ul{margin:2px 0 6px;padding-left:20px}
.tactics td,.tactics th{width:25%}.tactics .now{background:#eef4fb}.tactics th.now{color:#1f6fb2}
.overdue{color:#b3261e;font-weight:600}.done{color:#666;text-decoration:line-through}
.forces .bar{width:120px}.missing{color:#8a5a00}
`;
function list(title, items, expected, where) {
  if (items.length === 0) return expected ? `<p class="missing"><b>${title}:</b> not recorded (${where})</p>` : "";
  return `<div><b>${title}</b><ul>${items.map((i) => `<li>${html(i)}</li>`).join("")}</ul></div>`;
}
function tactic(t, asOf) {
  if (typeof t === "string") return `<li>${html(t)}</li>`;
  const overdue = t.done !== true && t.due !== void 0 && t.due < asOf;
  const meta = [t.owner ? html(t.owner) : "no owner", t.due ? `due ${html(t.due)}` : "no due date"];
  if (t.done === true) meta.push("done");
  if (overdue) meta.push('<span class="overdue">overdue</span>');
  return `<li class="action${t.done === true ? " done" : ""}">${html(t.action)} <span class="muted">(${meta.join(", ")})</span></li>`;
}
function accountPlanHtml(v, id, asOf, expected) {
  const out = ['<div class="plan">'];
  const facts = [];
  if (v.position) facts.push(`<b>Position:</b> ${v.position}: ${html(POSITION_MEANING[v.position])}`);
  else if (expected) facts.push('<span class="missing"><b>Position:</b> not recorded</span>');
  if (v.lifecycle) facts.push(`<b>Lifecycle:</b> ${v.lifecycle}: ${html(LIFECYCLE_MEANING[v.lifecycle])}`);
  else if (expected) facts.push('<span class="missing"><b>Lifecycle:</b> hunt or farm not recorded</span>');
  if (facts.length > 0) out.push(`<p class="position">${facts.join("<br>")}</p>`);
  const c = v.charter;
  if (v.situation || Object.values(c).some((l) => l.length > 0) || expected) {
    out.push("<h4>Charter</h4>");
    out.push(v.situation ? `<p class="situation"><b>Situation:</b> ${html(v.situation)}</p>` : expected ? '<p class="missing"><b>Situation:</b> not recorded</p>' : "");
    out.push('<div class="grid">', ...CHARTER_LISTS.map((l) => list(l.title, c[l.key], expected, `plan.charter.${l.key}`)), "</div>");
  }
  const d = v.development;
  const hasTactics = v.quarters.some((q) => q.tactics.length > 0);
  if (d.objectives.length > 0 || d.strategies.length > 0 || hasTactics || expected) {
    const now = v.quarters.find((q) => q.current).quarter.toUpperCase();
    out.push(`<h4>Development plan <span class="muted">(${now} is the current quarter on ${html(asOf)})</span></h4>`);
    out.push(
      '<div class="grid">',
      list("Objectives", d.objectives, expected, "plan.development.objectives"),
      list("Strategies", d.strategies, expected, "plan.development.strategies"),
      "</div>"
    );
    if (hasTactics) {
      const head = v.quarters.map((q) => `<th${q.current ? ' class="now"' : ""}>${q.quarter.toUpperCase()}${q.current ? " (now)" : ""}</th>`).join("");
      const cells = v.quarters.map((q) => `<td${q.current ? ' class="now"' : ""}><ul>${q.tactics.map((t) => tactic(t, asOf)).join("")}</ul></td>`).join("");
      out.push(`<table class="tactics"><tr>${head}</tr><tr>${cells}</tr></table>`);
    } else if (expected) out.push('<p class="missing"><b>Tactics:</b> not recorded (plan.development.tactics)</p>');
  }
  if (v.openActions.length > 0) {
    out.push('<h4>Open actions by due date</h4><table class="open-actions"><tr><th>Due</th><th>Action</th><th>Owner</th><th>Quarter</th></tr>');
    for (const a of v.openActions) {
      out.push(`<tr><td${a.overdue ? ' class="overdue"' : ""}>${a.due ? html(a.due) : "\u2013"}${a.overdue ? " overdue" : ""}</td><td>${html(a.action)}</td><td>${a.owner ? html(a.owner) : '<span class="missing">no owner</span>'}</td><td>${a.quarter.toUpperCase()}</td></tr>`);
    }
    out.push("</table>");
  }
  out.push(relationshipSection(v, id, expected));
  out.push(forcesSection(v, expected));
  out.push("</div>");
  return out.filter(Boolean).join("\n");
}
function relationshipSection(v, id, expected) {
  const m = v.map;
  if (m.contacts.length === 0) return expected ? '<h4>Relationship map</h4><p class="missing">No contacts recorded (relationship.contacts).</p>' : "";
  const dms = m.contacts.filter((c) => c.influence === "decision-maker");
  const summary = [
    `${m.shape === "diamond" ? "Diamond" : '<span class="warn">Bow-tie</span>'}`,
    `${m.contacts.length} contact${m.contacts.length === 1 ? "" : "s"} in ${m.functions.length} function${m.functions.length === 1 ? "" : "s"}`,
    `${m.owners.length} of our people`,
    `decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}`,
    ...dms.length > 0 ? [`agenda questions answered: ${dms.map((c) => `${html(c.name)} ${c.agendaAnswered}/4`).join(", ")}`] : []
  ];
  const rows = m.contacts.map((c) => {
    const agenda = AGENDA_KEYS.filter((k) => c.agenda[k]).map((k) => `<div><span class="muted">${AGENDA_LABELS[k]}:</span> ${html(c.agenda[k])}</div>`).join("");
    return `<tr><td>${html(c.name)}</td><td>${html(c.role ?? "\u2013")}</td><td>${html(c.function ?? "\u2013")}</td><td>${c.influence ? INFLUENCE_LABELS[c.influence].replace(/s$/, "") : "\u2013"}</td><td>${c.owner ? html(c.owner) : '<span class="missing">nobody</span>'}</td><td>${agenda || "\u2013"}${c.influence === "decision-maker" ? ` <span class="muted">(${c.agendaAnswered}/4)</span>` : ""}</td></tr>`;
  });
  return [
    "<h4>Relationship map</h4>",
    `<p class="map-summary">${summary.join(" \xB7 ")}</p>`,
    relationshipMapSvg(m, id),
    `<table class="contacts"><tr><th>Contact</th><th>Role</th><th>Function</th><th>Influence</th><th>Held by (ours)</th><th>Agenda</th></tr>${rows.join("")}</table>`
  ].join("\n");
}
function forcesSection(v, expected) {
  if (v.forces.every((f) => f.value === null)) {
    return expected ? `<h4>Porter's five forces</h4><p class="missing">Not recorded (forces).</p>` : "";
  }
  const rows = v.forces.map((f) => `<tr class="force" data-force="${f.id}"><td>${html(f.label)}</td><td><span class="bar"><span style="width:${f.value === null ? 0 : f.value * 10}%;background:#8a5a00"></span></span> ${f.value ?? "\u2013"}</td><td class="muted">high: ${html(f.high)}</td></tr>`);
  return `<h4>Porter's five forces <span class="muted">on the customer's industry (0-10 = strength of the force)</span></h4><table class="forces">${rows.join("")}</table>`;
}

// src/format/report/svg-labels.ts
var CHAR_WIDTH = 7;
var LINE_HEIGHT = 13;
var NUMBER_CHAR_WIDTH = 8;
var overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
function boxAt([x, y, anchor], w) {
  const x1 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x1, y1: y - LINE_HEIGHT + 2, x2: x1 + w, y2: y + 3 };
}
function placeLabels(points, bounds, o) {
  const taken = o.numbers ? o.obstacles : [...points.map((p) => ({ x1: p.x - p.r, y1: p.y - p.r, x2: p.x + p.r, y2: p.y + p.r })), ...o.obstacles];
  const order = points.map((p, i) => i).filter((i) => !o.skip?.has(i)).sort((a, b) => points[b].r - points[a].r);
  const placed = [];
  for (const i of order) {
    if (placed.length >= o.maxLabels) break;
    const p = points[i];
    const w = p.text.length * (o.numbers ? NUMBER_CHAR_WIDTH : CHAR_WIDTH);
    for (const place of o.numbers ? numberPlaces(p, w) : namePlaces(p)) {
      const box = boxAt(place, w);
      if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
      if (taken.some((t, j) => (o.numbers || j !== i) && overlaps(t, box))) continue;
      taken.push(box);
      if (!o.numbers) o.obstacles.push(box);
      placed.push({ index: i, x: place[0], y: place[1], anchor: place[2] });
      break;
    }
  }
  return placed;
}
function namePlaces(p) {
  return [
    [p.x + p.r + 3, p.y + 4, "start"],
    [p.x - p.r - 3, p.y + 4, "end"],
    [p.x, p.y - p.r - 4, "middle"],
    [p.x, p.y + p.r + LINE_HEIGHT, "middle"],
    [p.x + p.r + 3, p.y - p.r, "start"],
    [p.x - p.r - 3, p.y + p.r + 8, "end"],
    [p.x + p.r + 3, p.y + p.r + 8, "start"],
    [p.x - p.r - 3, p.y - p.r, "end"]
  ];
}
var NUMBER_GAPS = [1, 4, 7, 10, 12];
var DIRECTIONS = Array.from({ length: 16 }, (_, k) => k * Math.PI / 8);
var HOLDS_NUMBER = 9;
function numberPlaces(p, w) {
  const h = LINE_HEIGHT + 1;
  const inside = [p.x, p.y + 4, "middle"];
  const places = p.r >= HOLDS_NUMBER ? [inside] : [];
  for (const gap of NUMBER_GAPS) {
    for (const a of DIRECTIONS) {
      const [cos, sin] = [Math.cos(a), Math.sin(a)];
      const side = (c, half) => Math.abs(c) < 1e-9 ? 0 : Math.sign(c) * half;
      const cx = p.x + cos * (p.r + gap) + side(cos, w / 2);
      const cy = p.y + sin * (p.r + gap) + side(sin, h / 2);
      places.push([cx, cy + 4, "middle"]);
    }
  }
  if (p.r < HOLDS_NUMBER) places.push(inside);
  return places;
}
var MAX_ROUNDS = 8;
function markPoints(points, bounds, maxLabels = 60, obstacles = []) {
  const numbered = /* @__PURE__ */ new Set();
  for (let round = 0; ; round++) {
    const { marks, crowded, labelBoxes } = markOnce(points, bounds, maxLabels, obstacles, numbered);
    let gaveWay = false;
    for (const i of crowded) {
      const p = points[i];
      const ring = { x1: p.x - p.r - 16, y1: p.y - p.r - 16, x2: p.x + p.r + 16, y2: p.y + p.r + 16 };
      marks.labels.forEach((l, k) => {
        if (!numbered.has(l.index) && overlaps(labelBoxes[k], ring)) {
          numbered.add(l.index);
          gaveWay = true;
        }
      });
    }
    if (!gaveWay || round === MAX_ROUNDS) return marks;
  }
}
function markOnce(points, bounds, maxLabels, obstacles, numbered) {
  const taken = [...obstacles];
  const labels = placeLabels(points, bounds, { maxLabels, obstacles: taken, numbers: false, skip: numbered });
  const labelBoxes = labels.map((l) => boxAt([l.x, l.y, l.anchor], points[l.index].text.length * CHAR_WIDTH));
  const named = new Set(labels.map((l) => l.index));
  const rest = points.map((_, i) => i).filter((i) => !named.has(i)).sort((a, b) => points[a].y - points[b].y || points[a].x - points[b].x);
  const numberOf = new Map(rest.map((i, k) => [i, k + 1]));
  const asNumbers = rest.map((i) => ({ ...points[i], text: String(numberOf.get(i)) }));
  const beside = placeLabels(asNumbers, bounds, { maxLabels: asNumbers.length, obstacles: taken, numbers: true });
  const besideBy = new Map(beside.map((l) => [rest[l.index], l]));
  const crowded = [];
  const numbers = rest.map((i) => {
    const l = besideBy.get(i);
    const p = points[i];
    if (!l) crowded.push(i);
    return { ...l ? { x: l.x, y: l.y, anchor: l.anchor } : { x: p.x, y: p.y + 4, anchor: "middle" }, index: i, number: numberOf.get(i) };
  });
  return { marks: { labels, numbers }, crowded, labelBoxes };
}

// src/format/report/html.ts
var MAX_FINDINGS = 1e3;
function badge(q, r) {
  return `<span class="q" style="background:${QUADRANT_COLORS[q]}">${html(label(q, r.config))}</span>`;
}
var PLOT = { left: 56, top: 20, width: 600, height: 420 };
var DENSITY_FROM = 300;
var KEY_BUBBLES = 20;
var BINS = 10;
var COUNT_CHAR_WIDTH = 6;
var MAX_RADIUS = 30;
function namedMarks(accounts, points, bounds, maxLabels, legendId, obstacles = []) {
  const { labels, numbers } = markPoints(points, { ...bounds, x1: bounds.x1 + 6, x2: bounds.x2 - 6 }, maxLabels, obstacles);
  const svg = labels.map((l) => `<text class="label" data-for="${html(accounts[l.index].id)}" x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}">${html(points[l.index].text)}</text>`);
  for (const n of numbers) {
    svg.push(`<text class="number" data-for="${html(accounts[n.index].id)}" data-number="${n.number}" x="${n.x.toFixed(1)}" y="${n.y.toFixed(1)}" text-anchor="${n.anchor}" font-weight="600">${n.number}</text>`);
  }
  const items = numbers.map((n) => `<li value="${n.number}" data-for="${html(accounts[n.index].id)}">${html(accounts[n.index].name)}</li>`);
  return { svg, legend: items.length > 0 ? `<ol class="legend" id="${legendId}">${items.join("")}</ol>` : "" };
}
function densityCells(values, sx, sy) {
  const counts = /* @__PURE__ */ new Map();
  const bin = (v) => Math.min(BINS - 1, Math.max(0, Math.floor(v / 10 * BINS)));
  for (const [x, y] of values) {
    const key = bin(x) * BINS + bin(y);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let max = 1;
  for (const n of counts.values()) if (n > max) max = n;
  const out = { cells: [], counts: [], boxes: [] };
  const step = 10 / BINS;
  for (const [key, n] of counts) {
    const [i, j] = [Math.floor(key / BINS), key % BINS];
    const [x1, x2, y1, y2] = [sx(i * step), sx((i + 1) * step), sy((j + 1) * step), sy(j * step)];
    const shade = 0.12 + 0.78 * Math.log1p(n) / Math.log1p(max);
    const dark = shade > 0.5;
    const [cx, baseline] = [(x1 + x2) / 2, (y1 + y2) / 2 + 3.5];
    out.cells.push(`<rect class="cell" data-count="${n}" x="${x1.toFixed(1)}" y="${y1.toFixed(1)}" width="${(x2 - x1).toFixed(1)}" height="${(y2 - y1).toFixed(1)}" fill="#1f4e79" fill-opacity="${shade.toFixed(2)}"><title>${n} account${n === 1 ? "" : "s"}</title></rect>`);
    out.counts.push(`<text class="count" x="${cx.toFixed(1)}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="9" fill="${dark ? "#fff" : "#222"}" stroke="${dark ? "#1f4e79" : "#fff"}" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke">${n}</text>`);
    const w = String(n).length * COUNT_CHAR_WIDTH;
    out.boxes.push({ x1: cx - w / 2 - 1, y1: baseline - 9, x2: cx + w / 2 + 1, y2: baseline + 3 });
  }
  return out;
}
function matrix(r, options) {
  const t = r.config.thresholds;
  const measure = (a) => Math.max(0, (options.bubble === "potential" ? a.revenue.potential : a.revenue.current) ?? 0);
  const placed = r.accounts.filter((a) => a.attractiveness !== null && a.strength !== null);
  const dense = placed.length > DENSITY_FROM;
  const drawn = (dense ? placed.filter((a) => a.quadrant === "key") : [...placed]).sort((a, b) => measure(b) - measure(a)).slice(0, dense ? KEY_BUBBLES : placed.length);
  let max = 1;
  for (const a of drawn) max = Math.max(max, measure(a));
  const sx = (s) => PLOT.left + MAX_RADIUS + s / 10 * (PLOT.width - 2 * MAX_RADIUS);
  const sy = (a) => PLOT.top + MAX_RADIUS + (10 - a) / 10 * (PLOT.height - 2 * MAX_RADIUS);
  const largest = dense ? 12 : MAX_RADIUS;
  const density = dense ? densityCells(placed.map((a) => [a.strength, a.attractiveness]), sx, sy) : null;
  const points = drawn.map((a) => ({ x: sx(a.strength), y: sy(a.attractiveness), r: 4 + (largest - 4) * Math.sqrt(measure(a) / max), text: truncateTo(a.name, 28) }));
  const tx = sx(t.strength);
  const ty = sy(t.attractiveness);
  const right = PLOT.left + PLOT.width;
  const bottom = PLOT.top + PLOT.height;
  const marks = namedMarks(drawn, points, { x1: PLOT.left, y1: PLOT.top + 18, x2: right, y2: bottom - 18 }, dense ? 0 : 60, "matrix-legend", density?.boxes);
  const parts = [
    `<svg id="matrix-chart" viewBox="0 0 ${right + 20} ${bottom + 50}" role="img" aria-label="Attractiveness versus relative strength">`,
    '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
    `<rect id="matrix-plot" x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.width}" height="${PLOT.height}" fill="#fafafa" stroke="#ccc"/>`,
    ...density?.cells ?? [],
    `<line class="threshold" id="threshold-strength" x1="${tx}" y1="${PLOT.top}" x2="${tx}" y2="${bottom}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<line class="threshold" id="threshold-attractiveness" x1="${PLOT.left}" y1="${ty}" x2="${right}" y2="${ty}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text class="corner" x="${PLOT.left + 6}" y="${PLOT.top + 14}" fill="${QUADRANT_COLORS["key-development"]}" font-weight="600">${html(label("key-development", r.config))}</text>`,
    `<text class="corner" x="${right - 6}" y="${PLOT.top + 14}" text-anchor="end" fill="${QUADRANT_COLORS.key}" font-weight="600">${html(label("key", r.config))}</text>`,
    `<text class="corner" x="${PLOT.left + 6}" y="${bottom - 6}" fill="${QUADRANT_COLORS.opportunistic}" font-weight="600">${html(label("opportunistic", r.config))}</text>`,
    `<text class="corner" x="${right - 6}" y="${bottom - 6}" text-anchor="end" fill="${QUADRANT_COLORS.maintenance}" font-weight="600">${html(label("maintenance", r.config))}</text>`,
    `<text x="${PLOT.left + PLOT.width / 2}" y="${bottom + 36}" text-anchor="middle">Relative strength \u2192</text>`,
    `<text x="16" y="${PLOT.top + PLOT.height / 2}" text-anchor="middle" transform="rotate(-90 16 ${PLOT.top + PLOT.height / 2})">Attractiveness \u2192</text>`,
    ...[0, 2, 4, 6, 8, 10].map((v) => `<text x="${sx(v)}" y="${bottom + 16}" text-anchor="middle" class="muted">${v}</text><text x="${PLOT.left - 8}" y="${sy(v) + 4}" text-anchor="end">${v}</text>`)
  ];
  drawn.forEach((a, i) => {
    if (!a.target) return;
    const p = points[i];
    const gx = sx(a.target.strength);
    const gy = sy(a.target.attractiveness);
    parts.push(`<line class="target-arrow" data-id="${html(a.id)}" data-target-quadrant="${a.target.quadrant}" x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${gx.toFixed(1)}" y2="${gy.toFixed(1)}" stroke="#444" stroke-width="1.5" stroke-dasharray="5 3" marker-end="url(#arrowhead)"><title>${html(`${a.name}: target ${label(a.target.quadrant, r.config)}${a.target.by ? ` by ${a.target.by}` : ""}`)}</title></line>`);
  });
  drawn.forEach((a, i) => {
    const p = points[i];
    parts.push(`<circle class="bubble" data-id="${html(a.id)}" data-quadrant="${a.quadrant}" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.r.toFixed(1)}" fill="${QUADRANT_COLORS[a.quadrant]}" fill-opacity="${dense ? 0.35 : 0.55}" stroke="${QUADRANT_COLORS[a.quadrant]}"><title>${html(`${a.name}: attractiveness ${score(a.attractiveness)}, strength ${score(a.strength)}, ${options.bubble} ${money(measure(a), r.config.currency)}`)}</title></circle>`);
  });
  parts.push(...density?.counts ?? [], ...marks.svg, "</svg>");
  const notes = [`Bubble area: ${options.bubble === "potential" ? "revenue potential" : "current revenue"}. Dashed lines: the thresholds (${t.attractiveness} / ${t.strength}); arrows: planned moves to each account's target.`];
  if (dense) {
    notes.push(`${placed.length} classified accounts: each shaded cell says how many sit there (darker = more); the ${drawn.length} largest key accounts are drawn as bubbles, numbered.`);
  }
  if (marks.legend) notes.push("A bubble whose name does not fit beside it carries a number, listed below.");
  const unclassified = r.accounts.length - placed.length;
  if (unclassified > 0) notes.push(`${unclassified} unclassified account${unclassified === 1 ? " is" : "s are"} not drawn.`);
  return `${parts.join("\n")}
<p class="muted">${html(notes.join(" "))}</p>${marks.legend}`;
}
function positioningChart(r) {
  const t = r.config.thresholds;
  const W2 = 480;
  const H = 380;
  const L = 40;
  const T = 10;
  const R = 6;
  const PAD = 20;
  const sx = (v) => L + PAD + v / 10 * (W2 - 2 * PAD);
  const sy = (v) => T + PAD + (10 - v) / 10 * (H - 2 * PAD);
  const placed = r.accounts.filter((a) => a.spend !== null && a.significance !== null);
  const dense = placed.length > DENSITY_FROM;
  const density = dense ? densityCells(placed.map((a) => [a.spend, a.significance]), sx, sy) : null;
  const dots = dense ? [] : placed;
  const points = dots.map((a) => ({ x: sx(a.spend), y: sy(a.significance), r: R, text: truncateTo(a.name, 22) }));
  const marks = namedMarks(dots, points, { x1: L, y1: T + 16, x2: L + W2, y2: T + H - 16 }, 40, "positioning-legend");
  const parts = [
    `<svg id="positioning-chart" viewBox="0 0 ${L + W2 + 10} ${T + H + 40}" role="img" aria-label="Supplier positioning">`,
    `<rect id="positioning-plot" x="${L}" y="${T}" width="${W2}" height="${H}" fill="#fafafa" stroke="#ccc"/>`,
    ...density ? [...density.cells, ...density.counts] : [],
    `<line x1="${sx(t.spend)}" y1="${T}" x2="${sx(t.spend)}" y2="${T + H}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<line x1="${L}" y1="${sy(t.significance)}" x2="${L + W2}" y2="${sy(t.significance)}" stroke="#999" stroke-dasharray="4 3"/>`,
    `<text class="corner" x="${L + 4}" y="${T + 12}" font-weight="600">${html(label("strategic-security", r.config))}</text>`,
    `<text class="corner" x="${L + W2 - 4}" y="${T + 12}" text-anchor="end" font-weight="600">${html(label("strategic-partner", r.config))}</text>`,
    `<text class="corner" x="${L + 4}" y="${T + H - 4}" font-weight="600">${html(label("tactical-make-easy", r.config))}</text>`,
    `<text class="corner" x="${L + W2 - 4}" y="${T + H - 4}" text-anchor="end" font-weight="600">${html(label("tactical-profit", r.config))}</text>`,
    `<text x="${L + W2 / 2}" y="${T + H + 28}" text-anchor="middle">Relative spend \u2192</text>`,
    `<text x="12" y="${T + H / 2}" text-anchor="middle" transform="rotate(-90 12 ${T + H / 2})">Significance \u2192</text>`
  ];
  dots.forEach((a, i) => parts.push(`<circle class="position" data-id="${html(a.id)}" data-positioning="${a.positioning}" cx="${points[i].x.toFixed(1)}" cy="${points[i].y.toFixed(1)}" r="${R}" fill="${QUADRANT_COLORS[a.quadrant]}"><title>${html(`${a.name}: spend ${score(a.spend)}, significance ${score(a.significance)}`)}</title></circle>`));
  parts.push(...marks.svg, "</svg>");
  const note = dense ? `<p class="muted">${placed.length} accounts: each shaded cell says how many sit there (darker = more).</p>` : "";
  return `${parts.join("\n")}
${note}${marks.legend}`;
}
var PARETO_BARS = 15;
function pareto(r) {
  const total = r.portfolio.revenue.total;
  if (total <= 0) return '<p class="muted">No current revenue recorded.</p>';
  const earning = r.accounts.filter((a) => (a.revenue.current ?? 0) > 0).sort((a, b) => b.revenue.current - a.revenue.current);
  const top = earning.slice(0, PARETO_BARS);
  const W2 = 520;
  const H = 220;
  const L = 100;
  const T = 10;
  const bw = W2 / top.length;
  const largest = top[0].revenue.current / total;
  const barMax = largest > 0.5 ? 1 : niceCeiling(largest);
  let cumulative = 0;
  const parts = [`<svg id="pareto-chart" viewBox="0 0 ${L + W2 + 50} ${T + H + 90}" role="img" aria-label="Revenue concentration">`];
  const line = [];
  top.forEach((a, i) => {
    const share = a.revenue.current / total;
    cumulative += share;
    const h = share / barMax * H;
    const x = L + i * bw;
    parts.push(`<rect class="share" data-id="${html(a.id)}" x="${(x + 2).toFixed(1)}" y="${(T + H - h).toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${QUADRANT_COLORS[a.quadrant]}"><title>${html(`${a.name}: ${percent(share)}`)}</title></rect>`);
    parts.push(`<text class="bar-label" x="${(x + bw / 2).toFixed(1)}" y="${T + H + 12}" text-anchor="end" transform="rotate(-45 ${(x + bw / 2).toFixed(1)} ${T + H + 12})">${html(truncateTo(a.name, 16))}</text>`);
    line.push(`${(x + bw / 2).toFixed(1)},${(T + H - cumulative * H).toFixed(1)}`);
  });
  parts.push(`<polyline points="${line.join(" ")}" fill="none" stroke="#b3261e" stroke-width="2"/>`);
  parts.push(`<line x1="${L}" y1="${T + H}" x2="${L + W2}" y2="${T + H}" stroke="#999"/>`);
  parts.push(...[0, 0.5, 1].map((v) => `<text x="${L - 6}" y="${(T + H - v * H + 4).toFixed(1)}" text-anchor="end">${percent(v * barMax, barMax < 0.01 ? 3 : barMax < 0.1 ? 2 : 0)}</text>`));
  if (barMax < 1) {
    parts.push(...[0.5, 1].map((v) => `<text x="${L + W2 + 6}" y="${(T + H - v * H + 4).toFixed(1)}" fill="#b3261e">${v * 100} %</text>`));
  }
  parts.push("</svg>");
  const left = earning.length - top.length;
  const rest = left > 0 ? ` The ${top.length} largest of ${earning.length} accounts with revenue are drawn (${percent(cumulative)} of it); the other ${left} hold ${percent(1 - cumulative)}.` : "";
  const none = r.accounts.length - earning.length;
  const zero = none > 0 ? ` ${none} account${none === 1 ? " has" : "s have"} no current revenue recorded.` : "";
  return `${parts.join("\n")}
<p class="muted" id="pareto-note">Bars: each account's share of current revenue${barMax < 1 ? ` (left scale, 0 to ${percent(barMax, barMax < 0.01 ? 3 : barMax < 0.1 ? 2 : 0)})` : ""}; line: the cumulative share${barMax < 1 ? " (right scale, 0 to 100 %)" : ""}. Top account ${percent(r.portfolio.revenue.topShare, r.portfolio.revenue.topShare < 1e-3 ? 3 : 1)}, top 20 % of accounts ${percent(r.portfolio.revenue.top20Share)}.${html(rest)}${html(zero)}</p>`;
}
function niceCeiling(x) {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= x) ?? 10 * power;
}
var TOP_MANAGERS = 20;
function managerLoad(r) {
  const keyOf = (q) => q.key + q["key-development"];
  const all = Object.entries(r.portfolio.managerLoad).sort((a, b) => keyOf(b[1].quadrants) - keyOf(a[1].quadrants) || b[1].accounts - a[1].accounts || a[0].localeCompare(b[0]));
  if (all.length === 0) return '<p class="muted">No managers recorded.</p>';
  const entries = all.slice(0, TOP_MANAGERS);
  const limit = r.config.limits.accounts_per_manager;
  let max = Math.max(limit, 1);
  for (const [, l] of entries) max = Math.max(max, keyOf(l.quadrants));
  const rows = entries.map(([m, l]) => {
    const n = keyOf(l.quadrants);
    return `<tr><td>${html(m)}</td><td class="n">${n}</td><td><span class="bar"><span style="width:${(n / max * 100).toFixed(0)}%;background:${n > limit ? "#b3261e" : "#1f6fb2"}"></span></span></td><td class="n">${l.accounts}</td><td class="n">${html(money(l.revenue, r.config.currency))}</td></tr>`;
  });
  const rest = all.slice(TOP_MANAGERS);
  let over = 0;
  let key = 0;
  let accounts = 0;
  let revenue = 0;
  for (const [, l] of rest) {
    const n = keyOf(l.quadrants);
    key += n;
    accounts += l.accounts;
    revenue += l.revenue;
    if (n > limit) over++;
  }
  const more = rest.length > 0 ? `<tr class="more"><td colspan="5">and ${rest.length} more managers (${key} key + key development accounts${over > 0 ? `, ${over} of them over the limit` : ""}; ${accounts} accounts in all, revenue ${html(money(revenue, r.config.currency))})</td></tr>` : "";
  return `<table id="manager-load"><tr><th>Manager</th><th class="n">Key + key dev.</th><th>Load (limit ${limit})</th><th class="n">All accounts</th><th class="n">Revenue</th></tr>${rows.join("")}${more}</table>`;
}
function healthBadge(status) {
  return `<span class="h-${status}" data-health="${status}">${html(healthText(status))}</span>`;
}
var coverageCell = (a) => `${a.coverage.attractiveness.scored}/${a.coverage.attractiveness.of} \xB7 ${a.coverage.strength.scored}/${a.coverage.strength.of}`;
var quadrantMarks = (a) => a.provisional ? ' <span title="provisional: an axis rests on too few factors" class="warn">*</span>' : a.stability?.borderline ? ' <span title="borderline: a small change would move it" class="warn">\u2248</span>' : "";
function atRisk(r) {
  const list2 = atRiskAccounts(r.accounts);
  if (list2.length === 0) return "<p>No account is at risk.</p>";
  const rows = list2.slice(0, MAX_AT_RISK).map((a) => `<tr data-id="${html(a.id)}"><td>${html(a.name)}</td><td>${badge(a.quadrant, r)}${quadrantMarks(a)}</td><td class="n">${html(money(a.revenue.current, r.config.currency))}</td><td>${a.health.reasons.map((x) => `<span class="h-${x.level}">${HEALTH_MARK[x.level]}</span> ${html(x.message)}`).join("<br>")}</td></tr>`);
  const more = list2.length > MAX_AT_RISK ? `<p class="muted">\u2026 and ${list2.length - MAX_AT_RISK} more at-risk accounts.</p>` : "";
  return `<table id="at-risk-table"><tr><th>Account</th><th>Quadrant</th><th class="n">Revenue</th><th>Why</th></tr>${rows.join("\n")}</table>${more}`;
}
function* accountsTable(r) {
  yield '<table id="accounts-table"><tr><th>Account</th><th>Manager</th><th class="n">Attr.</th><th class="n">Strength</th><th class="n">Factors scored (A \xB7 S)</th><th>Quadrant</th><th>Health</th><th>Positioning</th><th>Stage (ours / theirs)</th><th class="n">Revenue</th><th class="n">Go/qualify/no-go</th></tr>\n';
  let first = true;
  for (const a of r.accounts) {
    const n = (d) => a.opportunities.filter((o) => o.decision === d).length;
    const rel = a.relationship;
    yield `${first ? "" : "\n"}<tr><td>${html(a.name)}</td><td>${html(a.manager ?? "\u2013")}</td><td class="n">${score(a.attractiveness)}</td><td class="n">${score(a.strength)}</td><td class="n">${coverageCell(a)}</td><td>${badge(a.quadrant, r)}${quadrantMarks(a)}</td><td>${healthBadge(a.health.status)}</td><td>${a.positioning ? html(label(a.positioning, r.config)) : "\u2013"}</td><td>${rel?.stage ?? "\u2013"} / ${rel?.customerView ?? "\u2013"}</td><td class="n">${html(money(a.revenue.current, r.config.currency))}</td><td class="n">${n("go")}/${n("qualify")}/${n("no-go")}</td></tr>`;
    first = false;
  }
  yield `</table><p class="muted">\u2248 borderline \xB7 * provisional: an axis rests on fewer than ${percent(r.config.limits.min_factor_share, 0)} of its factors \xB7 Health: \u2717 at risk, ! watch, \u2713 healthy, ? unknown</p>`;
}
function plannedMovesSection(r) {
  const moves = r.accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
  if (moves.length === 0) return "";
  const rows = moves.map((a) => `<tr><td>${html(a.name)}</td><td>${badge(a.quadrant, r)}</td><td>${badge(a.target.quadrant, r)}</td><td>${score(a.target.attractiveness)} / ${score(a.target.strength)}</td><td>${a.target.by ?? "\u2013"}${a.target.by && a.target.by < r.asOf ? ' <span class="err">(passed)</span>' : ""}</td></tr>`);
  return `<section id="planned-moves"><h2>Planned moves</h2><table><tr><th>Account</th><th>Now</th><th>Target</th><th>Target scores (attr. / strength)</th><th>By</th></tr>${rows.join("")}</table></section>`;
}
function findings(r) {
  if (r.diagnostics.length === 0) return "<p>Nothing: every check passed.</p>";
  const rows = [];
  let shown = 0;
  for (const g of findingGroups(r.accounts, r.diagnostics)) {
    if (shown >= MAX_FINDINGS) break;
    const head = g.portfolio ? "The portfolio" : g.account ? `${html(g.account.name)} <span class="muted">${html(g.file)}</span> ${badge(g.account.quadrant, r)} ${healthBadge(g.account.health.status)}` : html(g.file);
    rows.push(`<tr class="group"><th colspan="4">${head}</th></tr>`);
    for (const d of g.diagnostics.slice(0, MAX_FINDINGS - shown)) {
      shown += 1;
      rows.push(`<tr><td class="${d.accepted ? "muted" : d.severity === "error" ? "err" : "warn"}">${d.accepted ? "accepted" : d.severity}</td><td>${html(d.file)}${d.line ? `:${d.line}` : ""}</td><td>${html(d.rule)}</td><td>${html(d.message)}${d.accepted ? `<br><span class="muted">${html(acceptedNote(d.accepted))}</span>` : ""}</td></tr>`);
    }
  }
  const more = r.diagnostics.length > MAX_FINDINGS ? `<p class="muted">\u2026 and ${r.diagnostics.length - MAX_FINDINGS} more: run kam check for all.</p>` : "";
  return `<table id="findings"><tr><th></th><th>Where</th><th>Rule</th><th>Finding</th></tr>${rows.join("\n")}</table>${more}`;
}
function healthBlock(a, r) {
  const h = a.health;
  const items = [`<li><b>Health:</b> ${healthBadge(h.status)}${h.reasons.map((x) => `<br><span class="h-${x.level}">${HEALTH_MARK[x.level]}</span> ${html(x.message)}`).join("")}</li>`];
  if (h.history.length > 0) {
    items.push(`<li><b>Satisfaction:</b> <span class="spark" title="${html(h.history.map((p) => `${p.date}: ${p.score}`).join(", "))}">${sparkline(h.history.map((p) => p.score))}</span> ${h.history.map((p) => p.score).join(" \u2192 ")} (latest ${h.satisfaction.latest.date})</li>`);
  }
  if (h.sales?.attainment != null) {
    const { filled } = attainmentBar(h.sales.attainment, 100);
    const basis = h.sales.forecast !== null ? "forecast" : "achieved";
    items.push(`<li><b>Sales:</b> <span class="bar"><span style="width:${filled}%;background:${h.sales.attainment < r.config.limits.min_sales_attainment ? "#b3261e" : "#1b7f3b"}"></span></span> ${percent(h.sales.attainment)} of target (${basis} ${html(money(h.sales[basis], r.config.currency))} of ${html(money(h.sales.target, r.config.currency))})</li>`);
  }
  if (h.openAlerts.length > 0) {
    items.push(`<li><b>Open alerts:</b> ${h.openAlerts.map((x) => `${x.severity ?? "unrated"} since ${x.date}: ${html(x.symptom)}`).join("; ")}</li>`);
  }
  return items.join("");
}
function factorTable(title, value, factors) {
  const rows = factors.map((f) => `<tr><td>${html(f.label)}</td><td><span class="bar"><span style="width:${f.score === null ? 0 : f.score * 10}%;background:#1f6fb2"></span></span> ${f.score === null ? "\u2013" : f.score.toFixed(1)}</td><td class="n">\xD7${f.weight}</td><td class="n ${f.contribution === null ? "" : f.contribution >= 0 ? "up" : "down"}">${f.contribution === null ? "not scored" : `${f.contribution >= 0 ? "\u25B2 +" : "\u25BC "}${f.contribution.toFixed(2)}`}</td></tr>`);
  return `<div><h4>${title} ${score(value)}</h4><table><tr><th>Factor</th><th>Score</th><th class="n">Weight</th><th class="n">Pull</th></tr>${rows.join("")}</table></div>`;
}
function section(d, r) {
  const a = d.result;
  const rel = a.relationship;
  const parts = [
    `<section class="account" id="account-${html(a.id)}"><h3>${html(a.name)} <span class="muted">${html(a.id)}</span></h3>`,
    `<p class="muted facts">${[a.manager && `manager ${html(a.manager)}`, a.industry && html(a.industry), d.account.tags?.length && `tags ${d.account.tags.map(html).join(", ")}`].filter(Boolean).join(" \xB7 ")}</p>`,
    `<p>${badge(a.quadrant, r)} ${html(QUADRANT_STRATEGY[a.quadrant])}${a.stability?.borderline ? ` <span class="warn">Borderline${a.stability.minimalChange ? `: ${html(a.stability.minimalChange.factor.replace(/_/g, " "))} ${a.stability.minimalChange.from} \u2192 ${a.stability.minimalChange.to} would move it` : ""}.</span>` : ""}</p>`,
    a.provisional ? `<p class="warn">Provisional: factors scored ${coverageCell(a)} (attractiveness \xB7 strength); score more before acting on the quadrant.</p>` : "",
    `<div class="grid">${factorTable("Attractiveness", a.attractiveness, d.attractiveness)}${factorTable("Relative strength", a.strength, d.strength)}</div>`,
    "<ul>",
    healthBlock(a, r),
    a.positioning ? `<li><b>Positioning:</b> ${html(label(a.positioning, r.config))}: ${html(POSITIONING_EXPECTATION[a.positioning])}</li>` : "<li><b>Positioning:</b> not known</li>",
    rel?.stage ? `<li><b>Relationship:</b> ${html(STAGE_LABELS[rel.stage])} as we see it (${html(STAGE_MEANING[rel.stage])})${rel.customerView ? `; the customer: ${html(STAGE_LABELS[rel.customerView])}` : ""}</li>` : "",
    a.perceivedLevel ? `<li><b>Perceived as:</b> ${a.perceivedLevel}; next: ${html(PERCEIVED_NEXT_STEP[a.perceivedLevel].next)}</li>` : "",
    `<li><b>Plan:</b> ${d.plan.map((p) => `${p.done ? "\u2713" : "\u2717"} ${html(p.label)}`).join(" \xB7 ")}</li>`,
    "</ul>"
  ];
  if (a.opportunities.length > 0) {
    parts.push('<h4>Opportunities</h4><table class="opportunities"><tr><th>Opportunity</th><th class="n">Value</th><th>Stage</th><th>Close</th><th>Decision</th><th>Notes</th></tr>');
    a.opportunities.forEach((o, i) => {
      const why = o.failed.length > 0 ? ` (no: ${o.failed.join(", ")})` : o.open.length > 0 ? ` (open: ${o.open.join(", ")})` : "";
      const data = d.account.opportunities?.[i];
      const notes = Object.entries(data?.notes ?? {}).filter(([, n]) => n?.trim()).map(([q, n]) => `<div><span class="muted">${q}:</span> ${html(n)}</div>`).join("");
      parts.push(`<tr><td>${html(o.name ?? o.id)}</td><td class="n">${html(money(o.value, r.config.currency))}</td><td>${o.stage ?? "\u2013"}</td><td>${data?.close ? html(data.close) : "\u2013"}</td><td>${o.decision}${why}</td><td>${notes || "\u2013"}</td></tr>`);
    });
    parts.push("</table>");
  }
  parts.push(accountPlanHtml(d.planView, a.id, r.asOf, true));
  parts.push("</section>");
  return parts.join("\n");
}
function formatHtml(r, options) {
  return [...htmlReportChunks(r, options)].join("");
}
function* htmlReportChunks(r, options) {
  const p = r.portfolio;
  const title = `Key account portfolio, ${r.asOf}`;
  const counts = QUADRANTS.map((q) => `<tr><td>${badge(q, r)}</td><td class="n">${p.quadrants[q]}</td><td>${html(QUADRANT_STRATEGY[q])}</td></tr>`).join("");
  yield `${htmlPageStart(title, PAGE_CSS + PLAN_CSS)}
<header><h1>${html(title)}</h1>
<p class="muted">${p.accounts} accounts \xB7 revenue ${html(money(p.revenue.total, r.config.currency))} \xB7 top account ${percent(p.revenue.topShare, p.revenue.topShare < 1e-3 ? 3 : 1)} \xB7 top 20 % ${percent(p.revenue.top20Share)} \xB7 ${r.diagnostics.length} findings${r.showing ? ` \xB7 ${showingLine(r.showing)}` : ""}</p></header>
<section id="at-risk"><h2>At risk</h2>
<p class="muted">Health: ${["at-risk", "watch", "healthy", "unknown"].map((h) => `${healthBadge(h)} ${p.health[h]}`).join(" \xB7 ")}</p>
${atRisk(r)}</section>
<section id="matrix"><h2>Attractiveness vs relative strength</h2>
${matrix(r, options)}</section>
<div class="grid">
<section id="positioning"><h2>How customers position us</h2>
${positioningChart(r)}</section>
<section id="quadrants"><h2>Accounts per quadrant</h2><table>${counts}</table></section>
</div>
<div class="grid">
<section id="revenue"><h2>Where the revenue sits</h2>
${pareto(r)}</section>
<section id="managers"><h2>Manager load</h2>
${managerLoad(r)}</section>
</div>
${plannedMovesSection(r)}
<section id="attention"><h2>Needs attention</h2>
${findings(r)}</section>
<section id="accounts"><h2>Accounts</h2>
`;
  yield* accountsTable(r);
  const sections = sectionAccounts(r.accounts).flatMap((a) => {
    const data = r.data.get(a.file);
    return data ? [section(accountDetail(a, data, r.config, r.asOf, r.diagnostics), r)] : [];
  });
  yield `</section>
<section id="key-accounts"><h2>Key and key-development accounts</h2>
${sections.join("\n") || '<p class="muted">None.</p>'}</section>
</body>
</html>
`;
}

// src/format/report/plan-markdown.ts
var BAR = 10;
function tactic2(t, asOf) {
  if (typeof t === "string") return markdown(t);
  const meta = [t.owner ? markdown(t.owner) : "no owner", t.due ? `due ${markdown(t.due)}` : "no due date"];
  if (t.done === true) meta.push("done");
  else if (t.due !== void 0 && t.due < asOf) meta.push("**overdue**");
  return `${t.done === true ? "~~" : ""}${markdown(t.action)}${t.done === true ? "~~" : ""} (${meta.join(", ")})`;
}
function accountPlanMarkdown(v, asOf, expected) {
  const out = [];
  const list2 = (title, items, where) => {
    if (items.length > 0) out.push("", `**${title}**`, "", ...items.map((i) => `- ${markdown(i)}`));
    else if (expected) out.push("", `**${title}**: _not recorded (${where})_`);
  };
  const facts = [];
  if (v.position) facts.push(`**Position:** ${v.position}: ${POSITION_MEANING[v.position]}`);
  if (v.lifecycle) facts.push(`**Lifecycle:** ${v.lifecycle}: ${LIFECYCLE_MEANING[v.lifecycle]}`);
  if (facts.length > 0) out.push("", facts.join("  \n"));
  const c = v.charter;
  if (v.situation || Object.values(c).some((l) => l.length > 0) || expected) {
    out.push("", "### Charter");
    if (v.situation) out.push("", `**Situation:** ${markdown(v.situation)}`);
    else if (expected) out.push("", "**Situation:** _not recorded_");
    for (const l of CHARTER_LISTS) list2(l.title, c[l.key], `plan.charter.${l.key}`);
  }
  const d = v.development;
  const hasTactics = v.quarters.some((q) => q.tactics.length > 0);
  if (d.objectives.length > 0 || d.strategies.length > 0 || hasTactics || expected) {
    const now = v.quarters.find((q) => q.current).quarter.toUpperCase();
    out.push("", `### Development plan (${now} is the current quarter on ${asOf})`);
    list2("Objectives", d.objectives, "plan.development.objectives");
    list2("Strategies", d.strategies, "plan.development.strategies");
    if (hasTactics) {
      out.push("", "| Quarter | Tactics |", "|---|---|");
      for (const q of v.quarters) {
        const name = q.current ? `**${q.quarter.toUpperCase()} (now)**` : q.quarter.toUpperCase();
        out.push(`| ${name} | ${q.tactics.map((t) => tactic2(t, asOf)).join(" \xB7 ") || "\u2013"} |`);
      }
    } else if (expected) out.push("", "**Tactics**: _not recorded (plan.development.tactics)_");
  }
  if (v.openActions.length > 0) {
    out.push("", "### Open actions by due date", "", "| Due | Action | Owner | Quarter |", "|---|---|---|---|");
    for (const a of v.openActions) {
      out.push(`| ${a.due ?? "\u2013"}${a.overdue ? " **overdue**" : ""} | ${markdown(a.action)} | ${a.owner ? markdown(a.owner) : "_no owner_"} | ${a.quarter.toUpperCase()} |`);
    }
  }
  const m = v.map;
  if (m.contacts.length > 0) {
    const dms = m.contacts.filter((x) => x.influence === "decision-maker");
    out.push("", "### Relationship map", "");
    out.push([
      m.shape === "diamond" ? "Diamond" : "**Bow-tie**",
      `${m.contacts.length} contact${m.contacts.length === 1 ? "" : "s"} in ${m.functions.length} function${m.functions.length === 1 ? "" : "s"}`,
      `${m.owners.length} of our people`,
      `decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}`,
      ...dms.length > 0 ? [`agenda questions answered: ${dms.map((x) => `${markdown(x.name)} ${x.agendaAnswered}/4`).join(", ")}`] : []
    ].join(" \xB7 "));
    out.push("", "| Contact | Role | Function | Influence | Held by (ours) | Agenda |", "|---|---|---|---|---|---|");
    for (const x of m.contacts) {
      const agenda = AGENDA_KEYS.filter((k) => x.agenda[k]).map((k) => `${AGENDA_LABELS[k]}: ${markdown(x.agenda[k])}`).join(" \xB7 ");
      out.push(`| ${markdown(x.name)} | ${markdown(x.role ?? "\u2013")} | ${markdown(x.function ?? "\u2013")} | ${x.influence ? INFLUENCE_LABELS[x.influence].replace(/s$/, "") : "\u2013"} | ${x.owner ? markdown(x.owner) : "_nobody_"} | ${agenda || "\u2013"} |`);
    }
  } else if (expected) out.push("", "### Relationship map", "", "_No contacts recorded (relationship.contacts)._");
  if (v.forces.some((f) => f.value !== null)) {
    out.push("", "### Porter's five forces on the customer's industry", "", "| Force | Strength (0-10) | A high value means |", "|---|---|---|");
    for (const f of v.forces) {
      const bar = f.value === null ? "\u2013" : `${"\u2588".repeat(Math.round(f.value / 10 * BAR))}${"\u2591".repeat(BAR - Math.round(f.value / 10 * BAR))} ${f.value}`;
      out.push(`| ${f.label} | ${bar} | ${f.high} |`);
    }
  } else if (expected) out.push("", "### Porter's five forces", "", "_Not recorded (forces)._");
  return out;
}

// src/format/report/markdown.ts
var coverageText = (a) => `${a.coverage.attractiveness.scored}/${a.coverage.attractiveness.of} \xB7 ${a.coverage.strength.scored}/${a.coverage.strength.of}`;
var quadrantMark = (a) => a.provisional ? " \\*" : a.stability?.borderline ? " \u2248" : "";
function axis(value, threshold) {
  const v = value < threshold ? 0.5 * value / threshold : 0.5 + 0.5 * (value - threshold) / (10 - threshold);
  return Math.round(Math.min(1, Math.max(0, v)) * 1e3) / 1e3;
}
var MAX_POINTS = 40;
function mermaid(accounts, r, t) {
  const placed = accounts.filter((a) => a.attractiveness !== null && a.strength !== null).sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0));
  const shown = placed.slice(0, MAX_POINTS);
  const lines = [
    "```mermaid",
    "quadrantChart",
    "  title Attractiveness vs relative strength",
    "  x-axis Low strength --> High strength",
    "  y-axis Low attractiveness --> High attractiveness",
    `  quadrant-1 ${mermaidString(label("key", r.config), "key")}`,
    `  quadrant-2 ${mermaidString(label("key-development", r.config), "key-development")}`,
    `  quadrant-3 ${mermaidString(label("opportunistic", r.config), "opportunistic")}`,
    `  quadrant-4 ${mermaidString(label("maintenance", r.config), "maintenance")}`,
    ...shown.map((a) => `  ${mermaidString(a.name, a.id)}: [${axis(a.strength, t.strength)}, ${axis(a.attractiveness, t.attractiveness)}]`),
    "```"
  ];
  if (placed.length > shown.length) lines.push("", `_The chart shows the ${shown.length} largest of ${placed.length} classified accounts by current revenue._`);
  if (t.strength !== 5 || t.attractiveness !== 5) lines.push("", `_Axes are stretched so that the thresholds (${t.attractiveness} / ${t.strength}) sit in the middle._`);
  return lines;
}
var keyLoad = (load) => (load.quadrants.key ?? 0) + (load.quadrants["key-development"] ?? 0);
function formatMarkdownReport(r) {
  return `${[...markdownReportLines(r)].join("\n")}
`;
}
function* markdownReportChunks(r) {
  for (const line of markdownReportLines(r)) yield `${line}
`;
}
function* markdownReportLines(r) {
  const c = r.config;
  const p = r.portfolio;
  const out = [`# Key account portfolio, ${r.asOf}`, ""];
  out.push(`${p.accounts} accounts \xB7 revenue ${markdown(money(p.revenue.total, c.currency))} \xB7 top account ${percent(p.revenue.topShare)} \xB7 top 20 % of accounts ${percent(p.revenue.top20Share)}${r.showing ? ` \xB7 ${showingLine(r.showing)}` : ""}`, "");
  out.push(`Health: ${["at-risk", "watch", "healthy", "unknown"].map((h) => `${healthText(h)} ${p.health[h]}`).join(" \xB7 ")}`, "");
  const risky = atRiskAccounts(r.accounts);
  out.push("## At risk", "");
  if (risky.length === 0) out.push("No account is at risk.", "");
  else {
    out.push("| Account | Quadrant | Revenue | Why |", "|---|---|---:|---|");
    for (const a of risky.slice(0, MAX_AT_RISK)) {
      const why = a.health.reasons.map((x) => `${HEALTH_MARK[x.level]} ${markdown(x.message)}`).join("<br>");
      out.push(`| ${markdown(a.name)} | ${markdown(label(a.quadrant, c))}${quadrantMark(a)} | ${markdown(money(a.revenue.current, c.currency))} | ${why} |`);
    }
    if (risky.length > MAX_AT_RISK) out.push("", `_\u2026 and ${risky.length - MAX_AT_RISK} more at-risk accounts._`);
    out.push("");
  }
  out.push("| Quadrant | Accounts | What it means |", "|---|---:|---|");
  for (const q of QUADRANTS) out.push(`| ${markdown(label(q, c))} | ${p.quadrants[q]} | ${QUADRANT_STRATEGY[q]} |`);
  out.push("", "## The matrix", "", ...mermaid(r.accounts, r, c.thresholds), "");
  out.push("## Accounts", "", "| Account | Manager | Attractiveness | Strength | Factors scored (A \xB7 S) | Quadrant | Health | Positioning | Revenue | Opportunities (go/qualify/no-go) |", "|---|---|---:|---:|---|---|---|---|---:|---|");
  yield* out;
  out.length = 0;
  for (const a of r.accounts) {
    const n = (d) => a.opportunities.filter((o) => o.decision === d).length;
    yield `| ${markdown(a.name)} | ${markdown(a.manager ?? "\u2013")} | ${score(a.attractiveness)} | ${score(a.strength)} | ${coverageText(a)} | ${markdown(label(a.quadrant, c))}${quadrantMark(a)} | ${healthText(a.health.status)} | ${a.positioning ? markdown(label(a.positioning, c)) : "\u2013"} | ${markdown(money(a.revenue.current, c.currency))} | ${n("go")}/${n("qualify")}/${n("no-go")} |`;
  }
  out.push("", `_\u2248 borderline: a 1-point change of one factor, or a threshold moved by 0.5, would change the quadrant. \\* provisional: an axis rests on fewer than ${percent(c.limits.min_factor_share, 0)} of its factors._`);
  const moves = r.accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
  if (moves.length > 0) {
    out.push("", "## Planned moves", "", "| Account | Now | Target | By |", "|---|---|---|---|");
    for (const a of moves) out.push(`| ${markdown(a.name)} | ${markdown(label(a.quadrant, c))} | ${markdown(label(a.target.quadrant, c))} | ${a.target.by ?? "\u2013"} |`);
  }
  const managers = Object.entries(p.managerLoad).sort((x, y) => keyLoad(y[1]) - keyLoad(x[1]) || y[1].accounts - x[1].accounts);
  if (managers.length > 0) {
    out.push("", "## Manager load", "", `| Manager | Key + key development (limit ${c.limits.accounts_per_manager}) | All accounts | Revenue |`, "|---|---:|---:|---:|");
    for (const [m, load] of managers) out.push(`| ${markdown(m)} | ${keyLoad(load)} | ${load.accounts} | ${markdown(money(load.revenue, c.currency))} |`);
  }
  out.push("", "## Needs attention", "");
  if (r.diagnostics.length === 0) out.push("Nothing: every check passed.");
  else {
    let shown = 0;
    for (const g of findingGroups(r.accounts, r.diagnostics)) {
      if (shown >= 500) break;
      const title = g.portfolio ? "The portfolio" : g.account ? `${markdown(g.account.name)} (${markdown(g.file)}) \xB7 ${markdown(label(g.account.quadrant, c))} \xB7 ${healthText(g.account.health.status)}` : markdown(g.file);
      out.push(`### ${title}`, "", "| | Line | Rule | Finding |", "|---|---:|---|---|");
      for (const d of g.diagnostics.slice(0, 500 - shown)) {
        out.push(`| ${d.accepted ? "\u2611\uFE0F" : d.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} | ${g.portfolio ? `${markdown(d.file)}:` : ""}${d.line ?? ""} | ${markdown(d.rule)} | ${markdown(d.message)}${d.accepted ? ` \u2014 _${markdown(acceptedNote(d.accepted))}_` : ""} |`);
        shown += 1;
      }
      out.push("");
    }
    if (r.diagnostics.length > 500) out.push(`_\u2026 and ${r.diagnostics.length - 500} more (run kam check for all)._`);
  }
  for (const a of sectionAccounts(r.accounts)) {
    const data = r.data.get(a.file);
    out.push("", `## ${markdown(a.name)}`, "");
    out.push(`${markdown(label(a.quadrant, c))}${a.provisional ? " (provisional)" : ""} (attractiveness ${score(a.attractiveness)}, strength ${score(a.strength)}; factors scored ${coverageText(a)}): ${QUADRANT_STRATEGY[a.quadrant]}`);
    out.push("", `Health: ${healthText(a.health.status)}${a.health.reasons.length > 0 ? `: ${a.health.reasons.map((x) => markdown(x.message)).join("; ")}` : ""}`);
    const facts = [a.manager && `manager ${markdown(a.manager)}`, a.industry && markdown(a.industry), data?.tags?.length && `tags ${data.tags.map(markdown).join(", ")}`].filter(Boolean);
    if (facts.length > 0) out.push("", facts.join(" \xB7 "));
    if (a.opportunities.length > 0) {
      out.push("", "| Opportunity | Value | Stage | Close | Decision | Notes |", "|---|---:|---|---|---|---|");
      a.opportunities.forEach((o, i) => {
        const opp = data?.opportunities?.[i];
        const notes = Object.entries(opp?.notes ?? {}).filter(([, n]) => n?.trim()).map(([q, n]) => `${q}: ${markdown(n)}`).join(" \xB7 ");
        out.push(`| ${markdown(o.name ?? o.id)} | ${markdown(money(o.value, c.currency))} | ${o.stage ?? "\u2013"} | ${opp?.close ? markdown(opp.close) : "\u2013"} | ${o.decision} | ${notes || "\u2013"} |`);
      });
    }
    if (data) out.push(...accountPlanMarkdown(planView(data, r.asOf), r.asOf, true));
  }
  yield* out;
}

// src/format/report/formats.ts
var REPORT_FORMATS = ["html", "markdown", "csv", "json"];
function renderReport(format, data, options) {
  switch (format) {
    case "html":
      return formatHtml(data, options);
    case "markdown":
      return formatMarkdownReport(data);
    case "csv":
      return formatCsv(data.accounts);
    case "json":
      return formatJson(data);
  }
}
function reportChunks(format, data, options) {
  return format === "html" ? htmlReportChunks(data, options) : markdownReportChunks(data);
}
function formatFromFile(file) {
  const ext = file.toLowerCase().split(".").pop();
  return { html: "html", htm: "html", md: "markdown", markdown: "markdown", csv: "csv", json: "json" }[ext ?? ""];
}

export {
  REPORT_FORMATS,
  renderReport,
  reportChunks,
  formatFromFile
};
