import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  sectionAccounts
} from "./chunk-2CMCZUO6.js";
import {
  createFileProcessor,
  runPortfolio
} from "./chunk-RVBIQEYH.js";

// src/report-run.ts
async function reportRun(options, withSections) {
  const accounts = [];
  const run = await runPortfolio({ ...options, retainAccounts: false, onAccount: (a) => void accounts.push(withSections ? a.plan ? { ...a, plan: null } : a : tableRow(a)) });
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
var DECISIONS = /* @__PURE__ */ new Map();
var NO_QUESTIONS = Object.freeze([]);
var NOTHING = Object.freeze([]);
var BORDERLINE = Object.freeze({ borderline: true, minimalChange: null });
var SETTLED = Object.freeze({ borderline: false, minimalChange: null });
function tableRow(a) {
  return {
    ...a,
    opportunities: a.opportunities.map((o) => {
      let shared = DECISIONS.get(o.decision);
      if (!shared) DECISIONS.set(o.decision, shared = Object.freeze({ id: "", name: null, value: null, stage: null, decision: o.decision, failed: NO_QUESTIONS, open: NO_QUESTIONS }));
      return shared;
    }),
    stability: a.stability && (a.stability.borderline ? BORDERLINE : SETTLED),
    health: { status: a.health.status, reasons: NOTHING, satisfaction: null, history: NOTHING, sales: null, openAlerts: NOTHING },
    plan: null
  };
}

export {
  reportRun
};
