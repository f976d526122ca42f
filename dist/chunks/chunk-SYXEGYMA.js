import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  actions,
  relationshipMap
} from "./chunk-QA7TO7ZC.js";
import {
  STAGE_LABELS,
  label
} from "./chunk-EQWHRGNW.js";
import {
  byManager,
  isKeyOrDevelopment
} from "./chunk-HY52YVVC.js";
import {
  detached,
  monthsBefore,
  personKey,
  planChecklist,
  satisfactionReview,
  thinAxes
} from "./chunk-IGQNBKN2.js";

// src/core/rules/messages.ts
var stageName = (s) => STAGE_LABELS[s].toLowerCase();
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var pct = (f) => `${(f * 100).toFixed(1)} %`;
var list = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

// src/core/rules/bow-tie.ts
var BEYOND_BASIC = ["co-operative", "interdependent", "integrated"];
var bowTie = {
  id: "bow-tie",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key account at stage co-operative or beyond whose contacts are all held by one person on our side, or by nobody.",
  why: 'A relationship beyond basic needs contacts on both sides; when every contact runs through one person of ours (the "bow-tie"), the account is lost the day that person leaves, and nobody else hears what the customer is planning.',
  fix: "Record who holds each relationship (`owner` under `relationship.contacts`) and spread the contacts over several people on our side: service, engineering, management.",
  check(account, result, ctx) {
    const stage = account.relationship?.stage;
    if (result.quadrant !== "key" || !stage || !BEYOND_BASIC.includes(stage)) return [];
    const map = relationshipMap(account);
    if (map.contacts.length === 0 || map.owners.length > 1) return [];
    const n = map.contacts.length;
    const unowned = map.contacts.filter((c) => c.owner === null).length;
    const held = map.owners.length === 0 ? n === 1 ? "its only contact has no owner on our side" : `none of its ${n} contacts has an owner on our side` : unowned > 0 ? `${plural(n - unowned, "contact")} ${n - unowned === 1 ? "is" : "are"} held by ${map.owners[0]} and ${unowned} by nobody` : `${n === 1 ? "its only contact is" : `all ${n} contacts are`} held by ${map.owners[0]}`;
    return [{
      path: ["relationship", "contacts"],
      message: `${label(result.quadrant, ctx.config)} account at stage ${stageName(stage)} where ${held}: a bow-tie (one of us meeting the customer) cannot carry a relationship beyond basic, and it ends when that person leaves; name who holds each relationship (owner) and spread the contacts over several people on our side (service, engineering, management)`
    }];
  }
};

// src/core/rules/concentration.ts
var concentration = {
  id: "concentration",
  scope: "portfolio",
  defaultSeverity: "warning",
  description: "One account's share of total current revenue exceeds limits.top_account_share.",
  why: "When one customer brings a large share of revenue, losing it, or having to give in to its price demands, hurts the whole business.",
  fix: "Protect the relationship (a deeper, multi-level contact map and a current plan) and grow other accounts so that the risk is spread; raise `limits.top_account_share` only if the concentration is a deliberate choice.",
  check(results, summary, ctx) {
    const total = summary.revenue.total;
    const limit = ctx.config.limits.top_account_share;
    if (total <= 0) return [];
    const findings = [];
    for (const r of results) {
      const share = (r.revenue.current ?? 0) / total;
      if (share <= limit) continue;
      findings.push({
        account: r,
        path: ["revenue", "current"],
        message: `${pct(share)} of total current revenue comes from this account (limit ${pct(limit)}): losing it would hurt badly; protect the relationship and grow other accounts to spread the risk`
      });
    }
    return findings;
  }
};

// src/core/rules/duplicate-id.ts
var duplicateId = {
  id: "duplicate-id",
  scope: "portfolio",
  defaultSeverity: "error",
  description: "Two account files share an id.",
  why: "Ids tie an account to its history, its reports and other tools; two files with one id make every one of those ambiguous.",
  fix: "Give each account its own id (lowercase letters, digits and hyphens); if the two files describe the same customer, merge them.",
  check(results) {
    const first = /* @__PURE__ */ new Map();
    const findings = [];
    for (const r of results) {
      const seen = first.get(r.id);
      if (!seen) {
        first.set(r.id, r);
        continue;
      }
      findings.push({
        account: r,
        path: ["id"],
        message: `id "${r.id}" is already used by ${seen.file}; every account needs its own id`
      });
    }
    return findings;
  }
};

// src/core/rules/incomplete-plan.ts
var incompletePlan = {
  id: "incomplete-plan",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key or key-development account whose plan lacks objectives, tactics or a decision-maker with a business agenda.",
  why: "A key account earns its resources with a plan built from the customer's agenda: objectives for the relationship and for its development, the tactics that get there, and a decision-maker whose business agenda we know.",
  fix: "Complete the plan: `plan.charter.objectives`, `plan.development.objectives`, tactics for at least one quarter in `plan.development.tactics`, and a decision-maker contact with `agenda.business`.",
  check(account, result, ctx) {
    if (result.quadrant !== "key" && result.quadrant !== "key-development") return [];
    const missing = planChecklist(account, ctx.asOf, ctx.config.limits.review_months).filter((item) => !item.done && item.id !== "satisfaction").map((item) => item.id === "decision-maker" ? item.label : `${item.label} (${item.where})`);
    if (missing.length === 0) return [];
    return [{
      path: account.plan ? ["plan"] : [],
      message: `${label(result.quadrant, ctx.config)} account whose plan lacks ${list(missing)}: a key account earns its resources with a plan built from the customer's agenda; complete the plan`
    }];
  }
};

// src/core/rules/manager-load.ts
var managerLoad = {
  id: "manager-load",
  scope: "portfolio",
  defaultSeverity: "warning",
  description: "A manager carries more key + key-development accounts than limits.accounts_per_manager.",
  why: "A key account manager can run only a handful of key and key-development accounts in depth; beyond that each of them gets less attention than its status promises.",
  fix: "Reassign accounts to other managers, re-prioritise which accounts are key, or change `limits.accounts_per_manager` if the team works differently.",
  check(results, summary, ctx) {
    const limit = ctx.config.limits.accounts_per_manager;
    const findings = [];
    for (const { name, accounts } of byManager(results.filter((r) => isKeyOrDevelopment(r.quadrant))).values()) {
      if (accounts.length <= limit) continue;
      findings.push({
        subject: `manager:${name}`,
        configPath: ["limits", "accounts_per_manager"],
        message: `portfolio: ${name} carries ${accounts.length} key and key-development accounts (limit ${limit}): a key account manager can run only a handful in depth; reassign or re-prioritise (${accounts.map((a) => a.id).join(", ")})`
      });
    }
    return findings;
  }
};

// src/core/rules/overdue-action.ts
var short = (s) => s.length > 60 ? `${s.slice(0, 57)}...` : s;
var overdueAction = {
  id: "overdue-action",
  scope: "account",
  defaultSeverity: "warning",
  description: "A tactic `{ action, owner, due, done }` whose due date is before the as-of date and that is not done.",
  why: "The development plan is carried out through its actions; an action past its date means the plan is slipping, and the customer remembers promises not kept.",
  fix: "Do it and set `done: true`, or agree a new `due` date with its owner.",
  check(account, _result, ctx) {
    return actions(account, ctx.asOf).filter((a) => a.overdue).map((a) => ({
      path: ["plan", "development", "tactics", a.quarter, a.index],
      subject: `action:${a.quarter}:${a.action}`,
      message: `action "${short(a.action)}" (${a.quarter.toUpperCase()}, ${a.owner ? `owner ${a.owner}` : "no owner"}) was due ${a.due} and is not done: an overdue action means the development plan is slipping, and the customer remembers promises not kept; do it and set done: true, or agree a new due date${a.owner ? "" : " and name its owner"}`
    }));
  }
};

// src/core/rules/perception-gap.ts
var perceptionGap = {
  id: "perception-gap",
  scope: "account",
  defaultSeverity: "warning",
  description: "We rate the relationship stage higher than the customer does.",
  why: "Suppliers routinely over-estimate the relationship stage they have reached; a plan built on our own view promises what the customer does not recognise.",
  fix: "Plan from the customer's view (`relationship.customer_view`) and test it in the next satisfaction interview.",
  check(account, result) {
    const r = result.relationship;
    if (!r || r.gap === null || r.gap < 1 || !r.stage || !r.customerView) return [];
    return [{
      path: ["relationship", "customer_view"],
      message: `we see the relationship as ${stageName(r.stage)}, the customer sees it as ${stageName(r.customerView)} (gap ${r.gap}): suppliers routinely over-estimate the stage they have reached; plan from the customer's view and test it in the next satisfaction interview`
    }];
  }
};

// src/core/rules/positioning-mismatch.ts
var positioningMismatch = {
  id: "positioning-mismatch",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key or key-development account that positions us as a tactical supplier.",
  why: "Key account management works only where the buyer wants a close relationship; a customer that sees us as a tactical supplier will not invest in one.",
  fix: "Raise our significance to the customer (cost savings, unique technology, switching costs), or reconsider the account's key status.",
  check(account, result, ctx) {
    const q = result.quadrant;
    const p = result.positioning;
    if (q !== "key" && q !== "key-development" || p !== "tactical-profit" && p !== "tactical-make-easy") return [];
    return [{
      path: ["positioning"],
      message: `${label(q, ctx.config)} account, but the customer positions us as "${label(p, ctx.config)}": KAM works only where the buyer wants a close relationship; raise our significance to them (cost savings, unique technology) or reconsider the account's status`
    }];
  }
};

// src/core/rules/price-buyer.ts
var PRICE_SENSITIVE = { commodity: "a commodity", "product-provider": "a product provider" };
var priceBuyer = {
  id: "price-buyer",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key or key-development account that sees us as a commodity or a product provider.",
  why: "A customer that sees us as a commodity or a product provider is highly price-sensitive and shows little or no loyalty: it does not belong among the accounts that get KAM resources.",
  fix: "Differentiate and add benefits (commodity), or understand and support the customer's aims (product provider), until the customer sees us as value-add (`relationship.perceived_level`); or reconsider the account's status.",
  check(account, result, ctx) {
    const level = result.perceivedLevel;
    if (!isKeyOrDevelopment(result.quadrant) || level !== "commodity" && level !== "product-provider") return [];
    const next = level === "commodity" ? 'differentiate and add benefits to reach "product provider"' : `understand the customer's aims and support some of them to reach "value-add"`;
    return [{
      path: ["relationship", "perceived_level"],
      message: `${label(result.quadrant, ctx.config)} account that sees us as ${PRICE_SENSITIVE[level]}: high price sensitivity and ${level === "commodity" ? "no" : "low"} loyalty do not belong among the accounts that get KAM resources; ${next}, or reconsider its status`
    }];
  }
};

// src/core/rules/pursuit-without-go.ts
var pursuitWithoutGo = {
  id: "pursuit-without-go",
  scope: "account",
  defaultSeverity: "warning",
  description: "An opportunity being pursued without four yes answers to the go/no-go questions.",
  why: "Time spent on a deal we cannot or should not win is time lost to the key accounts; the four go/no-go questions say whether a pursuit is worth it.",
  fix: "Answer the four questions (is it real, can we compete, can we win, is it worth winning) under the opportunity's `questions`, or stop the pursuit.",
  check(account, result) {
    const findings = [];
    result.opportunities.forEach((o, i) => {
      if (o.stage !== "pursuing" || o.decision === "go") return;
      const why = o.decision === "no-go" ? `the answer to ${list(o.failed.map((q) => `"${q}"`))} is no (no-go)` : `${list(o.open.map((q) => `"${q}"`))} ${o.open.length === 1 ? "is" : "are"} still open (qualify)`;
      findings.push({
        subject: `opportunity:${o.id}`,
        path: ["opportunities", i, "stage"],
        message: `opportunity "${o.id}" is being pursued but ${why}: time spent on a deal we cannot or should not win is lost to the key accounts; answer the four questions (is it real, can we compete, can we win, is it worth winning) or stop the pursuit`
      });
    });
    return findings;
  }
};

// src/core/rules/single-threaded.ts
var singleThreaded = {
  id: "single-threaded",
  scope: "account",
  defaultSeverity: "warning",
  description: "An interdependent or integrated relationship that rests on fewer than 3 contacts or one function.",
  why: 'An interdependent or integrated relationship that rests on one or two people, or on one function, ends when one person leaves: it needs contacts across functions and levels (the "diamond").',
  fix: "Add contacts in other functions under `relationship.contacts`, or record the stage the relationship has really reached.",
  check(account) {
    const rel = account.relationship;
    if (rel?.stage !== "interdependent" && rel?.stage !== "integrated") return [];
    const contacts = rel.contacts ?? [];
    const functions = new Set(contacts.map((c) => c.function?.trim().toLowerCase()));
    const oneFunction = contacts.length > 0 && functions.size === 1 && !functions.has(void 0) && !functions.has("");
    if (contacts.length >= 3 && !oneFunction) return [];
    const why = contacts.length < 3 ? `only ${contacts.length} contact${contacts.length === 1 ? "" : "s"}` : `all ${contacts.length} contacts in ${[...functions][0]}`;
    return [{
      path: contacts.length > 0 ? ["relationship", "contacts"] : ["relationship", "stage"],
      message: `stage ${stageName(rel.stage)} with ${why}: an ${stageName(rel.stage)} relationship needs contacts across functions and levels (the "diamond"), or it ends when one person leaves; add contacts in other functions`
    }];
  }
};

// src/core/rules/stale-satisfaction.ts
var staleSatisfaction = {
  id: "stale-satisfaction",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key or key-development account without a satisfaction measure within review_months.",
  why: "Customer satisfaction is the early warning of a retention problem; for a key account it must be measured at least every `limits.review_months` months.",
  fix: "Run a satisfaction survey or interview and record it under `performance.satisfaction` before the plan is renewed.",
  check(account, result, ctx) {
    if (result.quadrant !== "key" && result.quadrant !== "key-development") return [];
    const months = ctx.config.limits.review_months;
    const { since, measured, latest } = satisfactionReview(account, ctx.asOf, months);
    if (measured) return [];
    return [{
      path: account.performance?.satisfaction?.length ? ["performance", "satisfaction"] : [],
      message: `${label(result.quadrant, ctx.config)} account with no customer satisfaction measured since ${since}${latest ? ` (last: ${latest})` : " (none recorded)"}: satisfaction is the early warning of a retention problem; run a survey or interview before the plan is renewed (every ${months} months at least)`
    }];
  }
};

// src/core/freshness.ts
function factorFreshness(versions) {
  const readable = versions.filter((v) => v.scores !== void 0);
  const out = {};
  const newest = readable[0];
  if (!newest) return out;
  for (const [factor, value] of Object.entries(newest.scores)) {
    let at = newest;
    for (const older of readable.slice(1)) {
      if (older.scores[factor] !== value) break;
      at = older;
    }
    out[factor] = { changed: at.date, commit: at.commit };
  }
  return out;
}
function newestChange(freshness) {
  let best = null;
  for (const change of Object.values(freshness)) if (!best || change.changed > best.changed) best = change;
  return best;
}

// src/core/rules/stale-score.ts
var staleScore = {
  id: "stale-score",
  scope: "account",
  defaultSeverity: "off",
  description: "A key or key-development account none of whose factor scores has changed in git for more than limits.score_months.",
  why: "The quadrant steers where the scarce KAM resources go; a classification nobody has revisited for a year may no longer describe the customer, and the account may be getting attention it no longer earns, or missing attention it now deserves.",
  fix: "Re-score the account with the team (`kam assess <file>`); a score that is still right can be confirmed in the plan review, but change at least the factors that moved.",
  check(account, result, ctx) {
    if (result.quadrant !== "key" && result.quadrant !== "key-development") return [];
    const freshness = ctx.freshness?.(result.file, account);
    const newest = freshness ? newestChange(freshness) : null;
    if (!newest) return [];
    const months = ctx.config.limits.score_months;
    const since = monthsBefore(ctx.asOf, months);
    if (newest.changed >= since) return [];
    return [{
      path: account.attractiveness ? ["attractiveness"] : ["strength"],
      message: `${label(result.quadrant, ctx.config)} account whose factor scores have not changed since ${newest.changed}${newest.commit ? ` (commit ${newest.commit.slice(0, 7)})` : ""}, more than ${months} months before ${ctx.asOf}: a classification nobody has revisited may no longer describe the customer; re-score it with the team (kam assess)`
    }];
  }
};

// src/core/rules/target-missed.ts
var targetMissed = {
  id: "target-missed",
  scope: "account",
  defaultSeverity: "warning",
  description: "A target date has passed without the target quadrant being reached.",
  why: "A plan that misses its own date no longer steers the account.",
  fix: "Review the target with the account team: set a new `target.by` date, or a new target and a new plan.",
  check(account, result, ctx) {
    const t = result.target;
    if (!t?.by || t.by >= ctx.asOf || result.quadrant === t.quadrant) return [];
    return [{
      path: ["target", "by"],
      message: `the target was to be ${label(t.quadrant, ctx.config)} by ${t.by}, and the account is still ${label(result.quadrant, ctx.config)}: a plan that misses its own date needs a new date or a new plan; review the targets with the account team`
    }];
  }
};

// src/core/rules/too-many-key.ts
var tooManyKey = {
  id: "too-many-key",
  scope: "portfolio",
  defaultSeverity: "warning",
  description: "Key accounts are more than limits.key_share of the classified accounts.",
  why: "When too many customers are key, none of them gets real key-account attention: KAM resources are finite.",
  fix: "Choose the few accounts that deserve full KAM and manage the others as key development or maintenance, or change `limits.key_share` if the portfolio is built that way on purpose.",
  check(results, summary, ctx) {
    const classified = summary.accounts - summary.quadrants.unclassified;
    const key = summary.quadrants.key;
    const share = ctx.config.limits.key_share;
    if (classified === 0 || key <= share * classified) return [];
    return [{
      subject: "portfolio:key-share",
      configPath: ["limits", "key_share"],
      message: `portfolio: ${key} of ${classified} classified accounts are key (${pct(key / classified)}, limit ${pct(share)}): when too many customers are "key", none of them gets real attention; choose the few that deserve full KAM`
    }];
  }
};

// src/core/rules/unclassified.ts
var unclassified = {
  id: "unclassified",
  scope: "account",
  defaultSeverity: "warning",
  description: "An account without an attractiveness or a strength score.",
  why: "An account without an attractiveness or strength score cannot be placed on the matrix, so nobody can say whether it deserves key-account resources.",
  fix: "Score the missing factors, for example with `kam assess`.",
  check(account, result) {
    if (result.quadrant !== "unclassified") return [];
    const missing = [result.attractiveness === null ? "attractiveness" : null, result.strength === null ? "strength" : null].filter((a) => a !== null);
    return [{
      path: account[missing[0]] ? [missing[0]] : [],
      message: `no ${missing.join(" or ")} score: the account cannot be placed on the matrix, so nobody can say whether it deserves key-account resources; score the ${missing.join(" and ")} factors (kam assess)`
    }];
  }
};

// src/core/rules/satisfaction-drop.ts
var satisfactionDrop = {
  id: "satisfaction-drop",
  scope: "account",
  defaultSeverity: "warning",
  description: "Customer satisfaction is low (below limits.min_satisfaction) or fell by 2 points or more.",
  why: "Falling or low customer satisfaction is the early warning of a retention problem that the KAM process (stage 4) is there to catch.",
  fix: "Find out why in an interview with the decision makers, agree what to fix, and measure again; `limits.min_satisfaction` sets what counts as low.",
  check(account, result) {
    const signals = result.health.reasons.filter((r) => r.signal === "satisfaction-low" || r.signal === "satisfaction-drop");
    const latest = result.health.satisfaction?.latest;
    if (signals.length === 0 || !latest) return [];
    return [{
      path: ["performance", "satisfaction", latest.index, "score"],
      message: `${signals.map((s) => s.message).join("; ")}: falling satisfaction is the early warning of a retention problem; find out why in an interview with the decision makers and agree what to fix before the customer looks for a second source`
    }];
  }
};

// src/core/rules/open-alert.ts
var openAlert = {
  id: "open-alert",
  scope: "account",
  defaultSeverity: "warning",
  description: "An open alert of severity high, or medium on a key or key-development account.",
  why: "Alerts are the early symptoms of a retention problem; a high one on any account, or a medium one on an account that gets KAM resources, needs an owner.",
  fix: "Name who acts on it and by when; once it is dealt with, record the date as `resolved:` on the alert.",
  check(account, result, ctx) {
    const findings = [];
    for (const a of result.health.openAlerts) {
      if (a.severity !== "high" && !(a.severity === "medium" && isKeyOrDevelopment(result.quadrant))) continue;
      const whose = a.severity === "medium" ? ` on a ${label(result.quadrant, ctx.config)} account` : "";
      findings.push({
        subject: `alert:${a.date}:${a.symptom}`,
        path: ["performance", "alerts", a.index],
        message: `open ${a.severity} alert since ${a.date}${whose}: "${a.symptom}": alerts are the early symptoms of a retention problem; name who acts on it and by when; once it is dealt with, give the alert its resolved date`
      });
    }
    return findings;
  }
};

// src/core/rules/sales-behind-target.ts
var salesBehindTarget = {
  id: "sales-behind-target",
  scope: "account",
  defaultSeverity: "warning",
  description: "Sales forecast (else achieved) is below limits.min_sales_attainment of the target.",
  why: "Sales against target is the first measure of an account's performance (KAM stage 4); a forecast well short of target is an early warning.",
  fix: "Review the pipeline with the account team and close the gap, or reset the target in the plan; `limits.min_sales_attainment` and `limits.risk_sales_attainment` set the limits.",
  check(account, result) {
    const signal = result.health.reasons.find((r) => r.signal === "sales");
    const sales = result.health.sales;
    if (!signal || !sales) return [];
    return [{
      path: ["performance", "sales", sales.forecast !== null ? "forecast" : "achieved"],
      message: `${signal.message}: sales against target is the first measure of an account's performance; review the pipeline with the account team and either close the gap or reset the target in the plan`
    }];
  }
};

// src/core/rules/thin-scoring.ts
var thinScoring = {
  id: "thin-scoring",
  scope: "account",
  defaultSeverity: "warning",
  description: "An axis scored on fewer than limits.min_factor_share of its factors: the quadrant is provisional.",
  why: "An axis scored on a few factors can place an account anywhere on the matrix: a quadrant resting on it is provisional.",
  fix: "Score the factors the message names (kam assess), heaviest first; `limits.min_factor_share` sets the share needed.",
  check(account, result, ctx) {
    const findings = [];
    for (const axis of thinAxes(result.coverage, ctx.config)) {
      const { scored, of } = result.coverage[axis];
      const given = account[axis] ?? {};
      const missing = ctx.config.factors[axis].filter((f) => f.weight > 0 && typeof given[f.id] !== "number").sort((a, b) => b.weight - a.weight).map((f) => f.id);
      findings.push({
        subject: `axis:${axis}`,
        path: [axis],
        message: `${axis} rests on ${scored} of ${of} factors (below ${pct(ctx.config.limits.min_factor_share)}), so the quadrant is provisional: a few factors can place an account anywhere on the matrix; score ${list(missing)}`
      });
    }
    return findings;
  }
};

// src/core/rules/early-stage-key.ts
var earlyStageKey = {
  id: "early-stage-key",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key account whose relationship stage is exploratory or basic.",
  why: "A genuine key account needs a relationship beyond one salesperson and one buyer; at the exploratory or basic stage it is easy to lose.",
  fix: "Build contacts across functions and levels toward a co-operative relationship, or manage the account as key development until then.",
  check(account, result) {
    const stage = result.relationship?.stage;
    if (result.quadrant !== "key" || stage !== "exploratory" && stage !== "basic") return [];
    return [{
      path: ["relationship", "stage"],
      message: `key account at the ${stageName(stage)} stage: a genuine key account needs a co-operative relationship or better, with contacts beyond one salesperson and one buyer; build contacts across functions, or treat it as key development until the relationship is there`
    }];
  }
};

// src/core/rules/no-manager.ts
var noManager = {
  id: "no-manager",
  scope: "account",
  defaultSeverity: "warning",
  description: "A key or key-development account without a manager.",
  why: "The customer expects one main link into the supplier who understands their business; an account that gets KAM resources needs a named manager.",
  fix: "Name the key account manager in `manager:`.",
  check(account, result, ctx) {
    if (!isKeyOrDevelopment(result.quadrant) || result.manager !== null && personKey(result.manager) !== "") return [];
    return [{
      path: account.manager !== void 0 ? ["manager"] : ["id"],
      message: `${label(result.quadrant, ctx.config)} account without a manager: the customer expects one main link into the supplier who understands their business; name the key account manager (manager:)`
    }];
  }
};

// src/core/rules/stale-opportunity.ts
var OPEN = /* @__PURE__ */ new Set(["identified", "qualified", "pursuing"]);
var staleOpportunity = {
  id: "stale-opportunity",
  scope: "account",
  defaultSeverity: "warning",
  description: "An opportunity still identified, qualified or pursuing whose close date has passed.",
  why: "An opportunity past its close date still counted as open makes the pipeline say nothing about the year ahead.",
  fix: "Mark it won or lost, or answer the go/no-go questions again and set a new `close` date.",
  check(account, result, ctx) {
    const findings = [];
    (account.opportunities ?? []).forEach((o, i) => {
      if (!o.stage || !OPEN.has(o.stage) || o.close === void 0 || o.close >= ctx.asOf) return;
      findings.push({
        subject: `opportunity:${o.id}`,
        path: ["opportunities", i, "close"],
        message: `opportunity "${o.id}" is still ${o.stage} but was to close on ${o.close}: a pipeline of overdue deals says nothing about the year ahead; mark it won or lost, or set a new close date after the go/no-go questions are answered again`
      });
    });
    return findings;
  }
};

// src/core/rules/handover.ts
var handover = {
  id: "handover",
  scope: "account",
  defaultSeverity: "warning",
  description: "A hunted account that is key or has a won opportunity: time to hand it to a farmer.",
  why: "Hunters identify, pursue, close and hand over; a won or key account is grown by a farmer.",
  fix: "Hand the account to a farmer and set `lifecycle: farm`.",
  check(account, result) {
    if (account.lifecycle !== "hunt") return [];
    const won = result.opportunities.find((o) => o.stage === "won");
    if (result.quadrant !== "key" && !won) return [];
    const why = result.quadrant === "key" ? "a key account" : `opportunity "${won.id}" is won`;
    return [{
      path: ["lifecycle"],
      message: `lifecycle hunt, but ${why}: hunters identify, pursue, close and hand over; a won account is grown by a farmer; hand it over and set lifecycle: farm`
    }];
  }
};

// src/core/rules/index.ts
var SCHEMA_RULE = {
  id: "schema",
  defaultSeverity: "error",
  description: "The file is not valid YAML or fails the schema.",
  why: "A file that is not a well-formed account cannot be scored: it drops out of every analysis and report.",
  fix: "Fix the problem at the line and column shown; the message names the field, what was expected and, for a typo, the nearest valid key or value."
};
var RULES = [
  duplicateId,
  tooManyKey,
  managerLoad,
  concentration,
  perceptionGap,
  positioningMismatch,
  singleThreaded,
  staleSatisfaction,
  incompletePlan,
  pursuitWithoutGo,
  priceBuyer,
  unclassified,
  targetMissed,
  staleScore,
  satisfactionDrop,
  openAlert,
  salesBehindTarget,
  thinScoring,
  earlyStageKey,
  noManager,
  staleOpportunity,
  handover,
  bowTie,
  overdueAction
];
var VALIDATION_RULES = [duplicateId];
function ruleSeverity(rule, settings) {
  return settings[rule.id] ?? rule.defaultSeverity;
}
function runAccountRules(account, result, ctx, rules = RULES) {
  const out = [];
  for (const rule of rules) {
    if (rule.scope !== "account") continue;
    const severity = ruleSeverity(rule, ctx.config.rules);
    if (severity === "off") continue;
    for (const f of rule.check(account, result, ctx)) {
      out.push({
        file: result.file,
        severity,
        rule: rule.id,
        message: detached(f.message),
        account: result.id,
        ...f.subject !== void 0 ? { subject: f.subject } : {},
        path: f.path ?? []
      });
    }
  }
  return out;
}
function runPortfolioRules(results, summary, ctx, rules = RULES) {
  const out = [];
  for (const rule of rules) {
    if (rule.scope !== "portfolio") continue;
    const severity = ruleSeverity(rule, ctx.config.rules);
    if (severity === "off") continue;
    for (const f of rule.check(results, summary, ctx)) {
      const target = f.account;
      const onConfig = !target && ctx.portfolioFile?.isConfig === true;
      out.push({
        file: target?.file ?? ctx.portfolioFile?.file ?? "",
        severity,
        rule: rule.id,
        message: detached(f.message),
        ...target ? { account: target.id } : {},
        ...f.subject !== void 0 ? { subject: f.subject } : {},
        path: (onConfig ? f.configPath : f.path) ?? []
      });
    }
  }
  return out;
}

export {
  factorFreshness,
  staleScore,
  SCHEMA_RULE,
  RULES,
  VALIDATION_RULES,
  ruleSeverity,
  runAccountRules,
  runPortfolioRules
};
