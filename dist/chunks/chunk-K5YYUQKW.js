import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  isKeyOrDevelopment
} from "./chunk-HY52YVVC.js";

// src/format/report/data.ts
var MAX_SECTIONS = 100;
var MAX_AT_RISK = 100;
function sectionAccounts(accounts) {
  return accounts.filter((a) => a.quadrant === "key" || a.quadrant === "key-development").sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0)).slice(0, MAX_SECTIONS);
}
function atRiskAccounts(accounts) {
  return accounts.filter((a) => a.health.status === "at-risk").sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0));
}
var portfolioWide = (d) => d.account === void 0 && d.rule !== "schema";
function findingGroups(accounts, diagnostics) {
  const byFile = new Map(accounts.map((a) => [a.file, a]));
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const wide = portfolioWide(d);
    const key = wide ? "\0portfolio" : d.file;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { account: wide ? null : byFile.get(d.file) ?? null, portfolio: wide, file: d.file, diagnostics: [] });
    g.diagnostics.push(d);
  }
  const rank = (g) => {
    const a = g.account;
    if (!a) return g.portfolio ? 0 : 5;
    const risk = a.health.status === "at-risk";
    const key = isKeyOrDevelopment(a.quadrant);
    return risk && key ? 1 : risk ? 2 : key ? 3 : 4;
  };
  return [...groups.values()].map((g, i) => ({ g, i, r: rank(g) })).sort((x, y) => x.r - y.r || (y.g.account?.revenue.current ?? 0) - (x.g.account?.revenue.current ?? 0) || x.i - y.i).map(({ g }) => g);
}

export {
  MAX_SECTIONS,
  MAX_AT_RISK,
  sectionAccounts,
  atRiskAccounts,
  findingGroups
};
