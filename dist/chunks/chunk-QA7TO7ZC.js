import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  parseDate,
  personKey
} from "./chunk-IGQNBKN2.js";

// src/core/plan-view.ts
var QUARTERS = ["q1", "q2", "q3", "q4"];
function quarterOf(date) {
  if (date !== lastQuarter.date) lastQuarter = { date, quarter: QUARTERS[Math.floor((parseDate(date).m - 1) / 3)] };
  return lastQuarter.quarter;
}
var lastQuarter = { date: "", quarter: "q1" };
function actions(account, asOf) {
  const tactics = account.plan?.development?.tactics ?? {};
  const out = [];
  for (const quarter of QUARTERS) {
    (tactics[quarter] ?? []).forEach((t, index) => {
      if (typeof t === "string") return;
      const done = t.done === true;
      const due = t.due ?? null;
      out.push({ quarter, index, action: t.action, owner: t.owner ?? null, due, done, overdue: !done && due !== null && due < asOf });
    });
  }
  return out;
}
function openActions(account, asOf) {
  return actions(account, asOf).filter((a) => !a.done).map((a, i) => ({ a, i })).sort((x, y) => (x.a.due ?? "9999").localeCompare(y.a.due ?? "9999") || x.i - y.i).map(({ a }) => a);
}
var INFLUENCES = ["decision-maker", "influencer", "sponsor", "user", "gatekeeper"];
var INFLUENCE_LABELS = {
  "decision-maker": "Decision makers",
  influencer: "Influencers",
  sponsor: "Sponsors",
  user: "Users",
  gatekeeper: "Gatekeepers"
};
var AGENDA_KEYS = ["business", "personal", "recognised_by", "measured_by"];
var AGENDA_LABELS = {
  business: "Business agenda",
  personal: "Personal agenda",
  recognised_by: "Recognised by",
  measured_by: "Measured by"
};
var answered = (s) => Boolean(s?.trim());
function relationshipMap(account) {
  const list = account.relationship?.contacts ?? [];
  const owners = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Map();
  const all = list.map((contact, index) => {
    const ownerKey = contact.owner?.trim() ? personKey(contact.owner) : null;
    if (ownerKey && !owners.has(ownerKey)) owners.set(ownerKey, contact.owner.trim());
    const fn = contact.function?.trim();
    if (fn && !functions.has(fn.toLowerCase())) functions.set(fn.toLowerCase(), fn);
    const agenda = {};
    for (const k of AGENDA_KEYS) if (answered(contact.agenda?.[k])) agenda[k] = contact.agenda[k];
    return {
      index,
      name: contact.name,
      role: contact.role ?? null,
      function: contact.function ?? null,
      influence: contact.influence ?? null,
      agenda,
      owner: ownerKey ? owners.get(ownerKey) : null,
      agendaAnswered: Object.keys(agenda).length
    };
  });
  const rank = (c) => c.influence ? INFLUENCES.indexOf(c.influence) : INFLUENCES.length;
  const contacts = [...all].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const dms = all.filter((c) => c.influence === "decision-maker");
  return {
    contacts,
    owners: [...owners.values()],
    functions: [...functions.values()],
    decisionMakers: { total: dms.length, covered: dms.filter((c) => c.owner !== null).length },
    shape: all.length === 0 ? "none" : owners.size <= 1 ? "bow-tie" : "diamond"
  };
}
var FORCES = [
  { id: "new_entrants", label: "Threat of new entrants", high: "newcomers can easily enter the customer's market" },
  { id: "supplier_power", label: "Supplier power", high: "the customer's suppliers, us included, can set terms" },
  { id: "rivalry", label: "Competitive rivalry", high: "fierce competition squeezes the customer's margins" },
  { id: "buyer_power", label: "Buyer power", high: "the customer's own customers can press its prices down" },
  { id: "substitutes", label: "Threat of substitutes", high: "other products can easily replace the customer's" }
];
var POSITION_MEANING = {
  strong: "well entrenched, value maximised both ways",
  good: "a good relationship with room to grow by cross-selling or new divisions",
  limited: "selling for a while with little penetration; growth unlikely unless something changes"
};
var LIFECYCLE_MEANING = {
  hunt: "being won by a hunter: identify, pursue, close, then hand over to a farmer",
  farm: "being grown by a farmer: cultivate, weed out competitors, keep harvesting"
};
var CHARTER_LISTS = [
  { key: "objectives", title: "The customer's objectives (3-5 years)" },
  { key: "initiatives", title: "Initiatives" },
  { key: "barriers", title: "Barriers" },
  { key: "enablers", title: "Enablers" }
];
var texts = (list) => list ? list.slice() : [];
var tacticCopy = (t) => typeof t === "string" ? t : { action: t.action, ...t.owner !== void 0 ? { owner: t.owner } : {}, ...t.due !== void 0 ? { due: t.due } : {}, ...t.done !== void 0 ? { done: t.done } : {} };
function planView(account, asOf) {
  const charter = account.plan?.charter;
  const dev = account.plan?.development;
  const now = quarterOf(asOf);
  return {
    situation: charter?.situation?.trim() ? charter.situation : null,
    charter: {
      objectives: texts(charter?.objectives),
      initiatives: texts(charter?.initiatives),
      barriers: texts(charter?.barriers),
      enablers: texts(charter?.enablers)
    },
    development: { objectives: texts(dev?.objectives), strategies: texts(dev?.strategies) },
    quarters: QUARTERS.map((quarter) => ({ quarter, current: quarter === now, tactics: (dev?.tactics?.[quarter] ?? []).map(tacticCopy) })),
    openActions: openActions(account, asOf),
    map: relationshipMap(account),
    // Written out, not spread: this runs for every account and a spread of a constant costs more than the rest of the line.
    forces: FORCES.map((f) => ({ id: f.id, label: f.label, high: f.high, value: account.forces?.[f.id] ?? null })),
    position: account.position ?? null,
    lifecycle: account.lifecycle ?? null,
    tags: texts(account.tags)
  };
}

export {
  actions,
  INFLUENCES,
  INFLUENCE_LABELS,
  AGENDA_KEYS,
  AGENDA_LABELS,
  relationshipMap,
  POSITION_MEANING,
  LIFECYCLE_MEANING,
  CHARTER_LISTS,
  planView
};
