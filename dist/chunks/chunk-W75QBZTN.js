import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  csvCell
} from "./chunk-OPNKPR2M.js";
import {
  round
} from "./chunk-C65SMAYF.js";

// src/format/report/csv.ts
var CSV_COLUMNS = [
  "id",
  "name",
  "file",
  "manager",
  "industry",
  "attractiveness",
  "strength",
  "quadrant",
  "positioning",
  "spend",
  "significance",
  "stage",
  "customer_view",
  "gap",
  "perceived_level",
  "revenue_current",
  "revenue_potential",
  "opportunities",
  "go",
  "qualify",
  "no_go",
  "health",
  "health_reasons",
  "satisfaction_latest",
  "sales_attainment",
  "open_alerts",
  "attractiveness_scored",
  "attractiveness_factors",
  "strength_scored",
  "strength_factors",
  "provisional",
  "position",
  "lifecycle",
  "relationship_shape",
  "contacts",
  "functions",
  "our_people",
  "decision_makers",
  "decision_makers_covered",
  "open_actions",
  "overdue_actions"
];
function accountRow(a) {
  const count = (d) => a.opportunities.filter((o) => o.decision === d).length;
  return [
    a.id,
    a.name,
    a.file,
    a.manager,
    a.industry,
    round(a.attractiveness),
    round(a.strength),
    a.quadrant,
    a.positioning,
    round(a.spend),
    round(a.significance),
    a.relationship?.stage ?? null,
    a.relationship?.customerView ?? null,
    a.relationship?.gap ?? null,
    a.perceivedLevel,
    a.revenue.current,
    a.revenue.potential,
    a.opportunities.length,
    count("go"),
    count("qualify"),
    count("no-go"),
    a.health.status,
    a.health.reasons.map((r) => r.message).join("; "),
    a.health.satisfaction?.latest.score ?? null,
    a.health.sales?.attainment == null ? null : round(a.health.sales.attainment, 4),
    a.health.openAlerts.length,
    a.coverage.attractiveness.scored,
    a.coverage.attractiveness.of,
    a.coverage.strength.scored,
    a.coverage.strength.of,
    String(a.provisional),
    ...planCells(a.plan)
  ];
}
function planCells(p) {
  if (!p) return Array(10).fill(null);
  const m = p.map;
  return [
    p.position,
    p.lifecycle,
    m.shape === "none" ? null : m.shape,
    m.contacts.length,
    m.functions.length,
    m.owners.length,
    m.decisionMakers.total,
    m.decisionMakers.covered,
    p.openActions.length,
    p.openActions.filter((x) => x.overdue).length
  ];
}
function csvCollector(out) {
  const header = `\uFEFF${CSV_COLUMNS.join(",")}\r
`;
  if (out) {
    let started = false;
    const start = () => {
      if (!started) void out.add(header);
      started = true;
    };
    return {
      add: (a) => {
        start();
        return out.add(`${accountRow(a).map(csvCell).join(",")}\r
`);
      },
      text: () => {
        start();
        return "";
      }
    };
  }
  const text = header;
  const lines = [];
  return {
    add: (a) => {
      lines.push(accountRow(a).map(csvCell).join(","));
      return void 0;
    },
    text: () => lines.length > 0 ? `${text}${lines.join("\r\n")}\r
` : text
  };
}
function formatCsv(accounts) {
  const csv = csvCollector();
  for (const a of accounts) csv.add(a);
  return csv.text();
}

export {
  CSV_COLUMNS,
  accountRow,
  csvCollector,
  formatCsv
};
