import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatHtml,
  htmlReportChunks
} from "./chunk-2ILZITLA.js";
import {
  QUADRANT_STRATEGY
} from "./chunk-D4IC2CFY.js";
import {
  formatCsv
} from "./chunk-6DCJ6X3W.js";
import {
  markdown,
  mermaidString
} from "./chunk-OPNKPR2M.js";
import {
  HEALTH_MARK,
  healthText
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
} from "./chunk-WUDWJZST.js";
import {
  AGENDA_KEYS,
  AGENDA_LABELS,
  CHARTER_LISTS,
  INFLUENCE_LABELS,
  LIFECYCLE_MEANING,
  POSITION_MEANING,
  planView
} from "./chunk-QA7TO7ZC.js";
import {
  acceptedNote
} from "./chunk-CDJ7GAAG.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import {
  formatJson
} from "./chunk-7AQ44IO2.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";

// src/format/account-plan-markdown.ts
var BAR = 10;
function tactic(t, asOf) {
  if (typeof t === "string") return markdown(t);
  const meta = [t.owner ? markdown(t.owner) : "no owner", t.due ? `due ${markdown(t.due)}` : "no due date"];
  if (t.done === true) meta.push("done");
  else if (t.due !== void 0 && t.due < asOf) meta.push("**overdue**");
  return `${t.done === true ? "~~" : ""}${markdown(t.action)}${t.done === true ? "~~" : ""} (${meta.join(", ")})`;
}
function accountPlanMarkdown(v, asOf, expected) {
  const out = [];
  const list = (title, items, where) => {
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
    for (const l of CHARTER_LISTS) list(l.title, c[l.key], `plan.charter.${l.key}`);
  }
  const d = v.development;
  const hasTactics = v.quarters.some((q) => q.tactics.length > 0);
  if (d.objectives.length > 0 || d.strategies.length > 0 || hasTactics || expected) {
    const now = v.quarters.find((q) => q.current).quarter.toUpperCase();
    out.push("", `### Development plan (${now} is the current quarter on ${asOf})`);
    list("Objectives", d.objectives, "plan.development.objectives");
    list("Strategies", d.strategies, "plan.development.strategies");
    if (hasTactics) {
      out.push("", "| Quarter | Tactics |", "|---|---|");
      for (const q of v.quarters) {
        const name = q.current ? `**${q.quarter.toUpperCase()} (now)**` : q.quarter.toUpperCase();
        out.push(`| ${name} | ${q.tactics.map((t) => tactic(t, asOf)).join(" \xB7 ") || "\u2013"} |`);
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

// src/format/markdown-report.ts
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

// src/format/report.ts
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
