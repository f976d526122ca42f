import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  MAX_AT_RISK,
  MAX_SECTIONS,
  sectionAccounts
} from "./chunk-K5YYUQKW.js";
import {
  createFileProcessor,
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import {
  isKeyOrDevelopment
} from "./chunk-HY52YVVC.js";

// src/pipeline/report-run.ts
async function reportRun(options, withSections) {
  const accounts = [];
  const detailed = withSections ? [largest(MAX_SECTIONS, (a) => isKeyOrDevelopment(a.quadrant)), largest(MAX_AT_RISK, (a) => a.health.status === "at-risk")] : [];
  const run = await runPortfolio({
    ...options,
    retainAccounts: false,
    onAccount: (a) => {
      for (const d of detailed) d.offer(a, accounts.length);
      accounts.push(tableRow(a));
    }
  });
  for (const d of detailed) for (const k of d.kept) accounts[k.index] = k.result.plan ? { ...k.result, plan: null } : k.result;
  const data = /* @__PURE__ */ new Map();
  if (withSections) {
    const read = createFileProcessor({ cwd: options.cwd, config: run.config, asOf: run.asOf, ruleIds: [], keepAccounts: true });
    for (const a of sectionAccounts(accounts)) {
      const account = read(a.file).account;
      if (account) data.set(a.file, account);
    }
  }
  return { ...run, accounts, data };
}
function largest(limit, wanted) {
  const kept = [];
  return {
    kept,
    offer(result, index) {
      if (!wanted(result)) return;
      const revenue = result.revenue.current ?? 0;
      if (kept.length === limit && !(revenue > kept[limit - 1].revenue)) return;
      let i = kept.length;
      while (i > 0 && kept[i - 1].revenue < revenue) i--;
      kept.splice(i, 0, { index, revenue, result });
      if (kept.length > limit) kept.pop();
    }
  };
}
var NO_QUESTIONS = Object.freeze([]);
var NOTHING = Object.freeze([]);
var BORDERLINE = Object.freeze({ borderline: true, minimalChange: null });
var SETTLED = Object.freeze({ borderline: false, minimalChange: null });
function shared(key) {
  const seen = /* @__PURE__ */ new Map();
  return (value) => {
    const k = key(value);
    let one = seen.get(k);
    if (!one) seen.set(k, one = deepFreeze(structuredClone(value)));
    return one;
  };
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
var slimHealth = shared((h) => h.status);
var sharedCoverage = shared((c) => `${c.attractiveness.scored}/${c.attractiveness.of}/${c.strength.scored}/${c.strength.of}`);
var sharedRelationship = shared((r) => `${r.stage}/${r.customerView}/${r.gap}`);
var slimOpportunity = shared((o) => o.decision);
function tableRow(a) {
  return {
    ...a,
    opportunities: a.opportunities.map((o) => slimOpportunity({ id: "", name: null, value: null, stage: null, decision: o.decision, failed: NO_QUESTIONS, open: NO_QUESTIONS })),
    stability: a.stability && (a.stability.borderline ? BORDERLINE : SETTLED),
    health: slimHealth({ status: a.health.status, reasons: NOTHING, satisfaction: null, history: NOTHING, sales: null, openAlerts: NOTHING }),
    coverage: sharedCoverage(a.coverage),
    relationship: a.relationship && sharedRelationship(a.relationship),
    plan: null
  };
}

export {
  reportRun
};
