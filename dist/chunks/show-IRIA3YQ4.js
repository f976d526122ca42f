import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  PERCEIVED_NEXT_STEP,
  POSITIONING_EXPECTATION,
  QUADRANT_STRATEGY,
  STAGE_MEANING
} from "./chunk-D4IC2CFY.js";
import {
  HEALTH_MARK,
  attainmentBar,
  healthColor,
  healthText,
  sparkline
} from "./chunk-O2S2L5JE.js";
import {
  money,
  score
} from "./chunk-MW2GVKPX.js";
import {
  AGENDA_KEYS,
  AGENDA_LABELS,
  CHARTER_LISTS,
  INFLUENCE_LABELS,
  LIFECYCLE_MEANING,
  POSITION_MEANING
} from "./chunk-QA7TO7ZC.js";
import {
  acceptedNote
} from "./chunk-CDJ7GAAG.js";
import {
  terminalSafe,
  wrap
} from "./chunk-FH4AGJX7.js";
import {
  STAGE_LABELS,
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import {
  thinAxes,
  wholeMonthsBetween
} from "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/format/terminal/plan-text.ts
var FORCE_BAR = 10;
var MIN_WIDTH = 40;
var influenceName = (c) => c.influence ? INFLUENCE_LABELS[c.influence].toLowerCase().replace(/s$/, "") : "influence not recorded";
function actionNote(t, asOf) {
  const parts = [t.owner ? terminalSafe(t.owner) : "no owner", t.due ? `due ${t.due}` : "no due date"];
  if (t.done === true) parts.push("done");
  else if (t.due && t.due < asOf) parts.push("OVERDUE");
  return parts.join(", ");
}
function planTextLines(view, o) {
  const c = o.colors;
  const width = Math.max(MIN_WIDTH, o.width);
  const out = [];
  const para = (text, first, rest) => out.push(...wrap(terminalSafe(text), width, first, rest));
  const missing = (what) => out.push(c.dim(`  ${what} not recorded`));
  const list = (title, items, where) => {
    if (items.length === 0) {
      if (o.expected) missing(`${title} (${where})`);
      return;
    }
    out.push(`  ${title}`);
    for (const item of items) para(item, "    \u2022 ", "      ");
  };
  out.push(c.bold("Account plan"));
  if (view.position) para(`${view.position}: ${POSITION_MEANING[view.position]}`, "  Position   ", "             ");
  else if (o.expected) missing("our position (position: strong | good | limited)");
  if (view.lifecycle) para(`${view.lifecycle}: ${LIFECYCLE_MEANING[view.lifecycle]}`, "  Lifecycle  ", "             ");
  else if (o.expected) missing("hunt or farm (lifecycle)");
  const charter = view.charter;
  const hasCharter = view.situation !== null || Object.values(charter).some((l) => l.length > 0);
  if (hasCharter || o.expected) {
    out.push("", c.bold("Charter"));
    if (view.situation) para(view.situation, "  Situation: ", "    ");
    else if (o.expected) missing("situation (plan.charter.situation)");
    for (const l of CHARTER_LISTS) list(l.title, charter[l.key], `plan.charter.${l.key}`);
  }
  const dev = view.development;
  const hasTactics = view.quarters.some((q) => q.tactics.length > 0);
  if (dev.objectives.length > 0 || dev.strategies.length > 0 || hasTactics || o.expected) {
    const now = view.quarters.find((q) => q.current).quarter.toUpperCase();
    out.push("", `${c.bold("Development plan")} ${c.dim(`(${now} is the current quarter on ${o.asOf})`)}`);
    list("Objectives", dev.objectives, "plan.development.objectives");
    list("Strategies", dev.strategies, "plan.development.strategies");
    if (!hasTactics && o.expected) missing("tactics (plan.development.tactics)");
    for (const q of view.quarters) {
      if (q.tactics.length === 0 && !(q.current && hasTactics)) continue;
      const head = `${q.current ? "\u25B6" : " "} ${q.quarter.toUpperCase()}  `;
      if (q.tactics.length === 0) out.push(`${q.current ? c.bold(head) : head}${c.dim("nothing planned")}`);
      q.tactics.forEach((t, i) => {
        const first = i === 0 ? head : " ".repeat(head.length);
        const text = typeof t === "string" ? terminalSafe(t) : `${terminalSafe(t.action)} (${actionNote(t, o.asOf)})`;
        const lines = wrap(text, width, `${first}\u2022 `, `${" ".repeat(head.length)}  `);
        out.push(...lines.map((l, j) => j === 0 && q.current && i === 0 ? c.bold(head) + l.slice(head.length) : l));
      });
    }
  }
  if (view.openActions.length > 0) {
    out.push("", c.bold("Open actions by due date"));
    for (const a of view.openActions) {
      const when = a.due ?? "no date";
      const flag = a.overdue ? ` ${c.red("overdue")}` : "";
      const text = `${terminalSafe(a.action)} (${a.quarter.toUpperCase()}; ${a.owner ? terminalSafe(a.owner) : "no owner"})`;
      const lines = wrap(text, width - (a.overdue ? 8 : 0), `  ${when.padEnd(10)}  `);
      lines[lines.length - 1] += flag;
      out.push(...lines);
    }
  }
  out.push(...mapLines(view, o, width));
  out.push(...forceLines(view, o, width));
  return out;
}
function mapLines(view, o, width) {
  const c = o.colors;
  const m = view.map;
  if (m.contacts.length === 0) {
    return o.expected ? ["", c.bold("Relationship map"), c.dim("  no contacts recorded (relationship.contacts)")] : [];
  }
  const shape = m.shape === "diamond" ? "diamond" : c.yellow("bow-tie");
  const out = [
    "",
    `${c.bold("Relationship map")}: ${shape} \xB7 ${m.contacts.length} contact${m.contacts.length === 1 ? "" : "s"} in ${m.functions.length} function${m.functions.length === 1 ? "" : "s"} \xB7 ${m.owners.length} of our people`
  ];
  const dms = m.contacts.filter((x) => x.influence === "decision-maker");
  const agendas = dms.map((x) => `${terminalSafe(x.name)} ${x.agendaAnswered}/4`).join(", ");
  out.push(...wrap(`Decision makers covered: ${m.decisionMakers.covered} of ${m.decisionMakers.total}${dms.length > 0 ? `; agenda questions answered: ${agendas}` : ""}`, width, "  ", "    "));
  if (m.owners.length > 0) {
    const held = m.owners.map((x) => `${terminalSafe(x)} (${m.contacts.filter((k) => k.owner === x).length})`).join(", ");
    out.push(...wrap(`Our people holding relationships: ${held}`, width, "  ", "    "));
  }
  const groups = m.owners.map((owner) => ({ owner, contacts: m.contacts.filter((x) => x.owner === owner) }));
  const unowned = m.contacts.filter((x) => x.owner === null);
  if (unowned.length > 0) groups.push({ owner: null, contacts: unowned });
  const left = Math.min(18, Math.max(6, ...m.owners.map((x) => terminalSafe(x).length)));
  const cut = (s) => s.length > left ? `${s.slice(0, left - 1)}\u2026` : s;
  for (const g of groups) {
    const name = g.owner === null ? c.dim("nobody".padEnd(left)) : cut(terminalSafe(g.owner)).padEnd(left);
    g.contacts.forEach((x, i) => {
      const joint = g.contacts.length === 1 ? "\u2500\u2500\u2500" : i === 0 ? "\u2500\u252C\u2500" : i === g.contacts.length - 1 ? " \u2514\u2500" : " \u251C\u2500";
      const link = g.owner === null ? joint.replace(/─/g, "\u254C") : joint;
      const who = [influenceName(x), x.function, x.role].filter(Boolean).map((s) => terminalSafe(s)).join(", ");
      const first = `  ${i === 0 ? name : " ".repeat(left)} ${link} `;
      const rest = `  ${" ".repeat(left)} ${i < g.contacts.length - 1 ? " \u2502 " : "   "}   `;
      out.push(...wrap(`${terminalSafe(x.name)}: ${who}`, width, first, rest));
    });
  }
  const withAgenda = m.contacts.filter((x) => x.agendaAnswered > 0);
  if (withAgenda.length > 0) {
    out.push("  Agendas");
    for (const x of withAgenda) {
      out.push(...wrap(`${terminalSafe(x.name)} (${x.agendaAnswered}/4)`, width, "    "));
      for (const k of AGENDA_KEYS) {
        const answer = x.agenda[k];
        if (answer?.trim()) out.push(...wrap(terminalSafe(answer), width, `      ${AGENDA_LABELS[k].toLowerCase()}: `, "        "));
      }
    }
  }
  return out;
}
function forceLines(view, o, width) {
  const c = o.colors;
  if (view.forces.every((f) => f.value === null)) {
    return o.expected ? ["", c.bold("Porter's five forces"), c.dim("  not recorded (forces): the customer's industry as context for attractiveness")] : [];
  }
  const out = ["", `${c.bold("Porter's five forces")} ${c.dim("on the customer's industry (0-10; what a high value means)")}`];
  const labelWidth = Math.max(...view.forces.map((f) => f.label.length));
  for (const f of view.forces) {
    const filled = f.value === null ? 0 : Math.round(f.value / 10 * FORCE_BAR);
    const bar = f.value === null ? c.dim("\xB7".repeat(FORCE_BAR)) : `${"\u2588".repeat(filled)}${c.dim("\u2591".repeat(FORCE_BAR - filled))}`;
    const head = `  ${f.label.padEnd(labelWidth)}  `;
    const value = f.value === null ? "  \u2013" : String(f.value).padStart(3);
    const lines = wrap(f.high, width, `${head}${"x".repeat(FORCE_BAR)} ${value}  `);
    lines[0] = `${head}${bar} ${value}  ${lines[0].slice(head.length + FORCE_BAR + 1 + value.length + 2)}`;
    out.push(...lines);
  }
  return out;
}

// src/format/terminal/show.ts
var BAR = 20;
function age(changed, asOf) {
  const months = wholeMonthsBetween(changed, asOf);
  if (months >= 24) return `${Math.floor(months / 12)} years ago`;
  if (months >= 1) return `${months} month${months === 1 ? "" : "s"} ago`;
  return changed === asOf ? "today" : "this month";
}
function factorLines(title, value, threshold, factors, c, covered, changed) {
  const lines = [`${c.bold(title)} ${score(value)}  ${covered.scored} of ${covered.of} factors scored  ${c.dim(`(high from ${threshold}; bar = score, then weight and pull on the axis)`)}`];
  const width = Math.max(...factors.map((f) => f.label.length));
  for (const f of factors) {
    const filled = f.score === null ? 0 : Math.round(f.score / 10 * BAR);
    const bar = f.score === null ? c.dim("\xB7".repeat(BAR)) : `${"\u2588".repeat(filled)}${c.dim("\u2591".repeat(BAR - filled))}`;
    const pull = f.contribution === null ? c.dim("not scored") : f.contribution >= 0 ? c.green(`\u25B2 +${f.contribution.toFixed(2)}`) : c.red(`\u25BC ${f.contribution.toFixed(2)}`);
    const when = f.score === null ? void 0 : changed?.(f.id);
    lines.push(`  ${terminalSafe(f.label).padEnd(width)}  ${bar} ${f.score === null ? "  \u2013 " : f.score.toFixed(1).padStart(4)}  \xD7${String(f.weight).padEnd(3)} ${pull}${when ? `  ${c.dim(when)}` : ""}`);
  }
  return lines;
}
function formatShow(d, options) {
  const { colors: c, config } = options;
  const width = options.width ?? 80;
  const r = d.result;
  const a = d.account;
  const out = [];
  out.push(`${c.bold(terminalSafe(r.name))}  ${c.dim(`(${terminalSafe(r.id)})`)}`);
  const facts = [
    terminalSafe(r.file),
    r.manager && `manager ${terminalSafe(r.manager)}`,
    r.industry && terminalSafe(r.industry),
    a.lifecycle,
    a.position && `position ${a.position}`,
    a.tags?.length && `tags ${a.tags.map(terminalSafe).join(", ")}`
  ].filter(Boolean);
  out.push(c.dim(facts.join(" \xB7 ")));
  out.push(`Revenue ${money(r.revenue.current, config.currency)} now, ${money(r.revenue.potential, config.currency)} potential`, "");
  const changed = (axis) => (id) => {
    const f = r.freshness?.[`${axis}.${id}`];
    return f && options.asOf ? `changed ${age(f.changed, options.asOf)} (${f.changed}${f.commit ? `, ${f.commit.slice(0, 7)}` : ", not committed"})` : void 0;
  };
  out.push(...factorLines("Attractiveness", r.attractiveness, config.thresholds.attractiveness, d.attractiveness, c, r.coverage.attractiveness, changed("attractiveness")), "");
  out.push(...factorLines("Relative strength", r.strength, config.thresholds.strength, d.strength, c, r.coverage.strength, changed("strength")), "");
  out.push(`${c.bold("Quadrant")}     ${c.quadrant(r.quadrant, label(r.quadrant, config))}: ${QUADRANT_STRATEGY[r.quadrant]}`);
  if (r.provisional) {
    const thin = thinAxes(r.coverage, config).map((axis) => `${axis} rests on ${r.coverage[axis].scored} of ${r.coverage[axis].of} factors`);
    out.push(`${c.bold("Provisional")}  ${c.yellow(thin.join("; "))}: score more factors before acting on the quadrant`);
  }
  if (r.stability) {
    const m = r.stability.minimalChange;
    const move = m ? `the smallest single change that moves it: ${m.factor.replace(/_/g, " ")} ${m.from} \u2192 ${m.to}` : "no single factor can move it";
    out.push(`${c.bold("Stability")}    ${r.stability.borderline ? c.yellow("borderline") : "settled"}; ${move}`);
  }
  if (r.target) {
    out.push(`${c.bold("Target")}       ${label(r.target.quadrant, config)} (${score(r.target.attractiveness)}/${score(r.target.strength)})${r.target.by ? ` by ${r.target.by}` : ""}`);
  }
  out.push(r.positioning ? `${c.bold("Positioning")}  ${label(r.positioning, config)} (spend ${score(r.spend)}, significance ${score(r.significance)}): ${POSITIONING_EXPECTATION[r.positioning]}` : `${c.bold("Positioning")}  ${c.dim("not known: add positioning.spend and positioning.significance")}`);
  const rel = r.relationship;
  if (rel?.stage) {
    const theirs = rel.customerView ? `, the customer's view ${STAGE_LABELS[rel.customerView].toLowerCase()}` : ", the customer's view not known";
    const gap = rel.gap !== null && rel.gap > 0 ? c.yellow(` (we rate it ${rel.gap} stage${rel.gap === 1 ? "" : "s"} higher)`) : "";
    out.push(`${c.bold("Relationship")} ${STAGE_LABELS[rel.stage].toLowerCase()} as we see it${theirs}${gap}: ${STAGE_MEANING[rel.stage]}`);
  } else {
    out.push(`${c.bold("Relationship")} ${c.dim("stage not recorded")}`);
  }
  if (r.perceivedLevel) {
    const p = PERCEIVED_NEXT_STEP[r.perceivedLevel];
    out.push(`${c.bold("Perceived as")} ${r.perceivedLevel} (${p.response}); next: ${p.next}`);
  }
  if (options.manager) {
    const { name, load } = options.manager;
    out.push(`${c.bold("Manager")}      ${terminalSafe(name)} carries ${load.accounts} account${load.accounts === 1 ? "" : "s"} (${load.quadrants.key + load.quadrants["key-development"]} key or key development), ${money(load.revenue, config.currency)} current revenue`);
  }
  out.push("", ...healthLines(d, options));
  out.push(c.bold("Opportunities"));
  if (r.opportunities.length === 0) out.push(c.dim("  none recorded"));
  for (const [i, o] of r.opportunities.entries()) {
    const decision = o.decision === "go" ? c.green("go") : o.decision === "no-go" ? c.red("no-go") : c.yellow("qualify");
    const why = o.failed.length > 0 ? ` (no: ${o.failed.join(", ")})` : o.open.length > 0 ? ` (open: ${o.open.join(", ")})` : "";
    out.push(`  ${terminalSafe(o.id)}  ${terminalSafe(o.name ?? "")}  ${money(o.value, config.currency)}  ${o.stage ?? "\u2013"}  ${decision}${why}`);
    const notes = a.opportunities?.[i]?.notes ?? {};
    for (const [q, note] of Object.entries(notes)) if (note?.trim()) out.push(...wrap(terminalSafe(note), width, `      ${q}: `, "        "));
  }
  const expected = r.quadrant === "key" || r.quadrant === "key-development";
  const page = planTextLines(d.planView, { colors: c, width, asOf: d.asOf, expected });
  if (page.length > 1) out.push("", ...page);
  out.push("", c.bold("Plan checklist"));
  for (const item of d.plan) out.push(`  ${item.done ? c.green("\u2713") : c.red("\u2717")} ${item.label}`);
  if (d.diagnostics.length > 0) {
    out.push("", c.bold("Findings"));
    for (const f of d.diagnostics) {
      out.push(`  ${c.dim(`${f.line ?? ""}:${f.column ?? ""}`)} ${f.accepted ? c.dim("accepted") : f.severity === "error" ? c.red("error") : c.yellow("warning")} ${terminalSafe(f.message)} ${c.dim(f.rule)}`);
      if (f.accepted) out.push(`    ${c.dim(terminalSafe(acceptedNote(f.accepted)))}`);
    }
  }
  return `${out.join("\n")}
`;
}
var SALES_BAR = 20;
function healthLines(d, options) {
  const { colors: c, config } = options;
  const h = d.result.health;
  const out = [`${c.bold("Health")}       ${healthColor(c, h.status, healthText(h.status))}`];
  if (h.history.length > 0) {
    const s = h.satisfaction;
    const change = s.change === null ? "" : `, ${s.change > 0 ? "+" : s.change < 0 ? "\u2212" : "\xB1"}${Math.abs(s.change)} since ${s.previous.date}`;
    out.push(`  Satisfaction  ${sparkline(h.history.map((p) => p.score))}  ${h.history.map((p) => p.score).join(" \u2192 ")}  (latest ${s.latest.date}${change})`);
  } else {
    out.push(`  Satisfaction  ${c.dim("not measured")}`);
  }
  if (h.sales) {
    const basis = h.sales.forecast !== null ? "forecast" : h.sales.achieved !== null ? "achieved" : null;
    if (h.sales.attainment !== null && basis) {
      const { filled, empty } = attainmentBar(h.sales.attainment, SALES_BAR);
      const bar = `${"\u2588".repeat(filled)}${c.dim("\u2591".repeat(empty))}`;
      out.push(`  Sales         ${bar} ${(h.sales.attainment * 100).toFixed(1)} % of target (${basis} ${money(h.sales[basis], config.currency)} of ${money(h.sales.target, config.currency)})`);
    } else {
      out.push(`  Sales         target ${money(h.sales.target, config.currency)}, ${c.dim("nothing achieved or forecast yet")}`);
    }
  } else {
    out.push(`  Sales         ${c.dim("no target")}`);
  }
  if (h.openAlerts.length === 0) out.push(`  Open alerts   ${c.dim("none")}`);
  h.openAlerts.forEach((a, i) => {
    out.push(`  ${i === 0 ? "Open alerts" : "           "}   ${a.severity ?? "unrated"} since ${a.date}: ${terminalSafe(a.symptom)}`);
  });
  for (const r of h.reasons) {
    out.push(`  ${healthColor(c, r.level, HEALTH_MARK[r.level])} ${terminalSafe(r.message)}`);
  }
  out.push("");
  return out;
}
export {
  age,
  formatShow
};
