import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  healthColor,
  healthText
} from "./chunk-O2S2L5JE.js";
import {
  money,
  percent,
  score
} from "./chunk-MW2GVKPX.js";
import {
  displayWidth,
  padTo,
  terminalSafe,
  truncateTo,
  wrapText
} from "./chunk-FH4AGJX7.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/format/terminal/table.ts
var SHORT_STAGE = {
  exploratory: "Expl",
  basic: "Basic",
  "co-operative": "Coop",
  interdependent: "Inter",
  integrated: "Integ"
};
var SHORT_POSITIONING = {
  "strategic-partner": "Partner",
  "strategic-security": "Security",
  "tactical-profit": "Profit",
  "tactical-make-easy": "Make easy"
};
function relationshipCell(a) {
  const r = a.relationship;
  if (!r) return "\u2013";
  const ours = r.stage ? SHORT_STAGE[r.stage] : "?";
  const theirs = r.customerView ? SHORT_STAGE[r.customerView] : "?";
  return `${ours}/${theirs}`;
}
function opportunitiesCell(a) {
  let go = 0;
  let qualify = 0;
  let noGo = 0;
  for (const o of a.opportunities) {
    if (o.decision === "go") go++;
    else if (o.decision === "qualify") qualify++;
    else noGo++;
  }
  return a.opportunities.length === 0 ? "\u2013" : `${go}/${qualify}/${noGo}`;
}
function columns(config) {
  return [
    { id: "name", head: "Account", align: "left", cell: (a) => terminalSafe(a.name) },
    { id: "manager", head: "Manager", align: "left", cell: (a) => terminalSafe(a.manager ?? "\u2013") },
    { id: "revenue", head: "Revenue", align: "right", cell: (a) => money(a.revenue.current, config.currency, "compact") },
    { id: "attractiveness", head: "A", align: "right", cell: (a) => score(a.attractiveness) },
    { id: "strength", head: "S", align: "right", cell: (a) => score(a.strength) },
    {
      id: "quadrant",
      head: "Quadrant",
      align: "left",
      // A provisional quadrant rests on too few factors: that says more than borderline.
      cell: (a) => `${label(a.quadrant, config)}${a.provisional ? " *" : a.stability?.borderline ? " \u2248" : ""}`,
      paint: (a, text, c) => c.quadrant(a.quadrant, text)
    },
    {
      id: "health",
      head: "Health",
      align: "left",
      cell: (a) => healthText(a.health.status),
      narrow: (a) => healthText(a.health.status, true),
      paint: (a, text, c) => healthColor(c, a.health.status, text)
    },
    {
      id: "positioning",
      head: "Positioning",
      align: "left",
      cell: (a) => a.positioning === null ? "\u2013" : label(a.positioning, config),
      // A label the config renamed is the team's own word: keep it whole.
      narrow: (a) => a.positioning === null ? "\u2013" : config.labels[a.positioning] ? label(a.positioning, config) : SHORT_POSITIONING[a.positioning]
    },
    { id: "stage", head: "Stage", align: "left", cell: relationshipCell },
    { id: "opportunities", head: "Opps", align: "left", cell: opportunitiesCell }
  ];
}
var FIT_STEPS = [
  { column: "positioning", action: "narrow" },
  { column: "health", action: "narrow" },
  { column: "manager", action: "drop" },
  { column: "revenue", action: "drop" },
  { column: "opportunities", action: "drop" },
  { column: "stage", action: "drop" },
  { column: "positioning", action: "drop" },
  // Health goes last: it is the column an analyst scans first; below 60 columns the names need the room.
  { column: "health", action: "drop" }
];
var MIN_NAME = 12;
var GAP = 2;
function widest(column, accounts, cell) {
  let width = displayWidth(column.head);
  for (const a of accounts) {
    const w = displayWidth(cell(a));
    if (w > width) width = w;
  }
  return width;
}
function formatTable(accounts, options) {
  return [...tableLines(accounts, options)].join("");
}
function tableLines(accounts, options) {
  if (accounts.length === 0) return ["No valid accounts found.\n"];
  const { colors: c, config } = options;
  const fit = (options.layout ?? "fit") === "fit";
  let laid = columns(config).map((column) => ({ column, text: column.cell, width: widest(column, accounts, column.cell) }));
  const total = () => laid.reduce((s, l) => s + l.width, 0) + GAP * (laid.length - 1);
  if (fit) {
    for (const step of FIT_STEPS) {
      if (total() <= options.width) break;
      const at = laid.findIndex((l) => l.column.id === step.column);
      if (at === -1) continue;
      const { column } = laid[at];
      if (step.action === "drop") laid.splice(at, 1);
      else if (column.narrow) laid[at] = { column, text: column.narrow, width: widest(column, accounts, column.narrow) };
    }
    const name = laid[0];
    const over = total() - options.width;
    if (over > 0) {
      const width = Math.max(MIN_NAME, name.width - over);
      laid[0] = { ...name, width, text: (a) => truncateTo(name.text(a), width) };
    }
  } else {
    laid = laid.map((l) => ({ ...l, text: (a) => l.text(a).replace(/\t/g, " ") }));
  }
  const separator = fit ? " ".repeat(GAP) : "	";
  const last = laid.length - 1;
  const line = (texts, paint) => texts.map((text, i) => {
    const l = laid[i];
    const padded = i === last && l.column.align === "left" ? text : padTo(text, l.width, l.column.align);
    if (paint === plain) return padded;
    const pad = padded.length - text.length;
    return l.column.align === "left" ? paint(i, text) + padded.slice(text.length) : padded.slice(0, pad) + paint(i, text);
  }).join(separator);
  const t = config.thresholds;
  const legend = `A attractiveness, S relative strength (0-10, high from ${t.attractiveness}/${t.strength}) \xB7 \u2248 borderline \xB7 * provisional (few factors scored) \xB7 Health: \u2717 at risk, ! watch, \u2713 healthy (ok), ? unknown (n/a) \xB7 Stage: ours/the customer's \xB7 Opps: go/qualify/no-go`;
  return (function* () {
    yield `${line(laid.map((l) => l.column.head), (_i, text) => c.bold(text)).trimEnd()}
`;
    for (const a of accounts) {
      const texts = laid.map((l) => l.text(a));
      yield `${(c.enabled ? line(texts, (i, text) => laid[i].column.paint?.(a, text, c) ?? text) : line(texts, plain)).trimEnd()}
`;
    }
    for (const l of fit ? wrapText(legend, options.width) : [legend]) yield `${c.dim(l)}
`;
  })();
}
var plain = (_i, text) => text;
var SUMMARY_MANAGERS = 10;
function formatSummary(accounts, portfolio, options) {
  const { colors: c, config } = options;
  const fit = (options.layout ?? "fit") === "fit";
  const wrapped = (text) => fit ? `  ${wrapText(text.trimStart(), options.width - 2, 2).join("\n  ")}` : text;
  const lines = [c.bold(`Portfolio: ${portfolio.accounts} account${portfolio.accounts === 1 ? "" : "s"}, revenue ${money(portfolio.revenue.total, config.currency)}`)];
  const items = (list) => {
    let line = "";
    let used = 0;
    for (const [plain2, shown] of list) {
      const w = displayWidth(plain2);
      if (used > 0 && fit && used + 3 + w > options.width) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += `${used > 0 ? " \xB7 " : "  "}${shown}`;
      used += (used > 0 ? 3 : 2) + w;
    }
    lines.push(line);
  };
  items(QUADRANTS.map((q) => [`${label(q, config)} ${portfolio.quadrants[q]}`, `${c.quadrant(q, label(q, config))} ${portfolio.quadrants[q]}`]));
  if (portfolio.revenue.total > 0) {
    const top = accounts.find((a) => a.id === portfolio.revenue.topAccount);
    const topN = Math.ceil(0.2 * portfolio.accounts);
    lines.push(wrapped(
      `  Revenue concentration: top account ${percent(portfolio.revenue.topShare)}${top ? ` (${terminalSafe(top.name)})` : ""} \xB7 top 20 % (${topN} account${topN === 1 ? "" : "s"}) ${percent(portfolio.revenue.top20Share)}`
    ));
  }
  const h = portfolio.health;
  items(["at-risk", "watch", "healthy", "unknown"].map((s, i) => [`${i === 0 ? "Health: " : ""}${healthText(s)} ${h[s]}`, `${i === 0 ? "Health: " : ""}${healthColor(c, s, healthText(s))} ${h[s]}`]));
  const managers = Object.entries(portfolio.managerLoad).map(([m, load]) => ({ m, load, key: load.quadrants.key + load.quadrants["key-development"] })).sort((a, b) => b.key - a.key || b.load.accounts - a.load.accounts || a.m.localeCompare(b.m));
  if (managers.length > 0) {
    const shown = managers.slice(0, SUMMARY_MANAGERS).map(({ m, load, key }) => `${terminalSafe(m)} ${key}/${load.accounts} ${money(load.revenue, config.currency, "compact")}`);
    const more = managers.length > SUMMARY_MANAGERS ? ` \xB7 and ${managers.length - SUMMARY_MANAGERS} more` : "";
    lines.push(wrapped(`  Managers (key + key development of all accounts, revenue): ${shown.join(" \xB7 ")}${more}`));
  }
  const moves = plannedMoves(accounts);
  if (moves.length > 0) {
    lines.push(c.bold("Planned moves"));
    for (const a of moves) {
      lines.push(wrapped(`  ${terminalSafe(a.name)}: ${label(a.quadrant, config)} \u2192 ${label(a.target.quadrant, config)}${a.target.by ? ` by ${a.target.by}` : ""}`));
    }
  }
  return `${lines.join("\n")}
`;
}
function plannedMoves(accounts) {
  return accounts.filter((a) => a.target && a.target.quadrant !== a.quadrant);
}
export {
  FIT_STEPS,
  SUMMARY_MANAGERS,
  formatSummary,
  formatTable,
  plannedMoves,
  tableLines
};
