import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  HEALTH_STATUSES,
  personKey
} from "./chunk-IGQNBKN2.js";

// src/core/portfolio.ts
var QUADRANTS = ["key", "key-development", "maintenance", "opportunistic", "unclassified"];
function byManager(accounts) {
  const groups = /* @__PURE__ */ new Map();
  for (const a of accounts) {
    if (a.manager === null) continue;
    const key = personKey(a.manager);
    if (key === "") continue;
    let group = groups.get(key);
    if (!group) groups.set(key, group = { name: a.manager.trim().replace(/\s+/g, " "), accounts: [] });
    group.accounts.push(a);
  }
  return groups;
}
function managerLoadOf(summary, manager) {
  if (manager === null) return null;
  const key = personKey(manager);
  for (const [name, load] of Object.entries(summary.managerLoad)) if (personKey(name) === key) return { name, load };
  return null;
}
var zeroQuadrants = () => Object.fromEntries(QUADRANTS.map((q) => [q, 0]));
function isKeyOrDevelopment(q) {
  return q === "key" || q === "key-development";
}
function summarizePortfolio(accounts) {
  const revenues = accounts.map((a) => a.revenue.current ?? 0).sort((a, b) => b - a);
  const total = revenues.reduce((a, b) => a + b, 0);
  const topN = Math.ceil(0.2 * accounts.length);
  const top20 = revenues.slice(0, topN).reduce((a, b) => a + b, 0);
  let topAccount = null;
  for (const a of accounts) {
    if ((a.revenue.current ?? 0) > (topAccount?.revenue.current ?? 0)) topAccount = a;
  }
  const quadrants = zeroQuadrants();
  const health = Object.fromEntries(HEALTH_STATUSES.map((h) => [h, 0]));
  for (const a of accounts) {
    quadrants[a.quadrant] += 1;
    health[a.health.status] += 1;
  }
  const managers = /* @__PURE__ */ Object.create(null);
  const managerLoad = /* @__PURE__ */ Object.create(null);
  for (const { name, accounts: book } of byManager(accounts).values()) {
    const load = { accounts: book.length, quadrants: zeroQuadrants(), revenue: 0 };
    for (const a of book) {
      load.quadrants[a.quadrant] += 1;
      load.revenue += a.revenue.current ?? 0;
    }
    managers[name] = load.quadrants.key + load.quadrants["key-development"];
    managerLoad[name] = load;
  }
  return {
    accounts: accounts.length,
    revenue: {
      total,
      topShare: total > 0 ? (revenues[0] ?? 0) / total : 0,
      top20Share: total > 0 ? top20 / total : 0,
      topAccount: topAccount?.id ?? null
    },
    quadrants,
    managers,
    managerLoad,
    health
  };
}

export {
  QUADRANTS,
  byManager,
  managerLoadOf,
  isKeyOrDevelopment,
  summarizePortfolio
};
