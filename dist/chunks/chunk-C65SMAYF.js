import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  countBySeverity
} from "./chunk-TJVWHHNT.js";

// src/format/report-object.ts
function round(value, decimals = 2) {
  if (value === null) return null;
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}
function accountObject(a) {
  const o = {
    id: a.id,
    name: a.name,
    file: a.file,
    manager: a.manager,
    industry: a.industry,
    tags: a.tags,
    attractiveness: round(a.attractiveness),
    strength: round(a.strength),
    quadrant: a.quadrant,
    positioning: a.positioning,
    spend: round(a.spend),
    significance: round(a.significance),
    relationship: a.relationship,
    perceivedLevel: a.perceivedLevel,
    revenue: a.revenue,
    opportunities: a.opportunities.map((x) => ({
      id: x.id,
      name: x.name,
      value: x.value,
      stage: x.stage,
      decision: x.decision,
      failed: x.failed
    })),
    stability: a.stability,
    target: a.target && { attractiveness: round(a.target.attractiveness), strength: round(a.target.strength), by: a.target.by, quadrant: a.target.quadrant },
    health: { status: a.health.status, reasons: a.health.reasons },
    coverage: a.coverage,
    provisional: a.provisional
  };
  if (a.freshness !== void 0) o.freshness = a.freshness;
  if (a.plan) addPlan(o, a.plan);
  return o;
}
function addPlan(o, p) {
  const f = planFields(p);
  o.position = f.position;
  o.lifecycle = f.lifecycle;
  o.tags = f.tags;
  o.plan = f.plan;
  o.relationshipMap = f.relationshipMap;
  o.forces = f.forces;
}
function planFields(p) {
  const tactics = {};
  let currentQuarter = p.quarters[0].quarter;
  for (const q of p.quarters) {
    tactics[q.quarter] = q.tactics;
    if (q.current) currentQuarter = q.quarter;
  }
  const contacts = new Array(p.map.contacts.length);
  for (const c of p.map.contacts) {
    contacts[c.index] = { name: c.name, role: c.role, function: c.function, influence: c.influence, owner: c.owner, agenda: c.agenda, agendaAnswered: c.agendaAnswered };
  }
  const forces = {};
  for (const x of p.forces) forces[x.id] = x.value;
  return {
    position: p.position,
    lifecycle: p.lifecycle,
    tags: p.tags,
    plan: {
      charter: {
        situation: p.situation,
        objectives: p.charter.objectives,
        initiatives: p.charter.initiatives,
        barriers: p.charter.barriers,
        enablers: p.charter.enablers
      },
      development: { objectives: p.development.objectives, strategies: p.development.strategies, tactics },
      currentQuarter,
      openActions: p.openActions.map((x) => ({ quarter: x.quarter, action: x.action, owner: x.owner, due: x.due, overdue: x.overdue }))
    },
    relationshipMap: {
      shape: p.map.shape,
      owners: p.map.owners,
      functions: p.map.functions,
      decisionMakers: p.map.decisionMakers,
      contacts
    },
    forces
  };
}
function diagnosticObject(d) {
  return {
    file: d.file,
    line: d.line ?? null,
    column: d.column ?? null,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...d.account !== void 0 ? { account: d.account } : {},
    ...d.subject !== void 0 ? { subject: d.subject } : {},
    ...d.accepted ? { accepted: { ...d.accepted } } : {}
  };
}
function reportHead(input) {
  const { errors, warnings, accepted } = countBySeverity(input.diagnostics);
  return {
    kam: { contract: 1 },
    asOf: input.asOf,
    accounts: [],
    portfolio: {
      accounts: input.portfolio.accounts,
      revenue: {
        total: input.portfolio.revenue.total,
        topShare: round(input.portfolio.revenue.topShare, 4),
        top20Share: round(input.portfolio.revenue.top20Share, 4),
        topAccount: input.portfolio.revenue.topAccount
      },
      quadrants: input.portfolio.quadrants,
      managers: { ...input.portfolio.managers },
      managerLoad: { ...input.portfolio.managerLoad },
      health: input.portfolio.health
    },
    diagnostics: [],
    summary: {
      files: input.files.length,
      accounts: input.portfolio.accounts,
      errors,
      warnings,
      ...accepted > 0 ? { accepted } : {},
      ...input.showing ? { showing: { ...input.showing } } : {}
    }
  };
}
function reportObject(input) {
  return { ...reportHead(input), accounts: input.accounts.map(accountObject), diagnostics: input.diagnostics.map(diagnosticObject) };
}
var ACCOUNT_TEMPLATE = accountObject({
  id: "",
  name: "",
  file: "",
  manager: "",
  industry: "",
  tags: [""],
  attractiveness: 0,
  strength: 0,
  quadrant: "key",
  spend: 0,
  significance: 0,
  positioning: "strategic-partner",
  relationship: { stage: "basic", customerView: "basic", gap: 0 },
  perceivedLevel: "partner",
  position: "strong",
  revenue: { current: 0, potential: 0 },
  health: { status: "unknown", reasons: [], satisfaction: null, history: [], sales: null, openAlerts: [] },
  coverage: { attractiveness: { scored: 0, of: 0 }, strength: { scored: 0, of: 0 } },
  provisional: false,
  plan: null,
  opportunities: [{ id: "", name: "", value: 0, stage: "", decision: "go", failed: [], open: [] }],
  stability: { borderline: false, minimalChange: { axis: "attractiveness", factor: "", from: 0, to: 0 } },
  target: { attractiveness: 0, strength: 0, by: "", quadrant: "key" }
});

export {
  round,
  accountObject,
  diagnosticObject,
  reportHead,
  reportObject,
  ACCOUNT_TEMPLATE
};
