import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  STAGES
} from "./chunk-WGPO3TYV.js";
import {
  foldText
} from "./chunk-EPVBHNQJ.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import {
  HEALTH_STATUSES
} from "./chunk-IGQNBKN2.js";

// src/core/sort.ts
var SORT_KEYS = [
  "file",
  "quadrant",
  "attractiveness",
  "strength",
  "revenue",
  "potential",
  "name",
  "manager",
  "health",
  "positioning",
  "stage",
  "opportunities"
];
var POSITIONING_ORDER = ["strategic-partner", "strategic-security", "tactical-profit", "tactical-make-easy"];
var indexOr = (list, item) => item === null ? null : list.indexOf(item);
var healthRank = (status) => status === "unknown" ? null : HEALTH_STATUSES.indexOf(status);
var count = (a, decision) => a.opportunities.filter((o) => o.decision === decision).length;
var byName = { value: (a) => a.name };
var byAttractiveness = { value: (a) => a.attractiveness, descending: true };
var byStrength = { value: (a) => a.strength, descending: true };
var KEYS = {
  quadrant: [{ value: (a) => QUADRANTS.indexOf(a.quadrant) }, byAttractiveness, byStrength],
  attractiveness: [byAttractiveness],
  strength: [byStrength],
  revenue: [{ value: (a) => a.revenue.current, descending: true }],
  potential: [{ value: (a) => a.revenue.potential, descending: true }],
  name: [byName],
  // Managers as SPEC 8.1 compares them: "dana  reyes" is Dana Reyes.
  manager: [{ value: (a) => a.manager === null ? null : foldText(a.manager) }, byName],
  health: [{ value: (a) => healthRank(a.health.status) }, byName],
  positioning: [{ value: (a) => indexOr(POSITIONING_ORDER, a.positioning) }, byName],
  stage: [{ value: (a) => indexOr(STAGES, a.relationship?.stage ?? null), descending: true }, byName],
  opportunities: [{ value: (a) => count(a, "go"), descending: true }, { value: (a) => count(a, "qualify"), descending: true }, { value: (a) => a.opportunities.length, descending: true }]
};
var collator;
function comparator(parts, reverse) {
  return (a, b) => {
    for (const part of parts) {
      const x = part.value(a);
      const y = part.value(b);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
        continue;
      }
      let d = typeof x === "number" && typeof y === "number" ? x - y : (collator ??= new Intl.Collator("en")).compare(String(x), String(y));
      if (part.descending) d = -d;
      if (reverse) d = -d;
      if (d !== 0) return d;
    }
    return 0;
  };
}
function sortAccounts(accounts, by, reverse = false) {
  if (by === "file") return reverse ? [...accounts].reverse() : [...accounts];
  return [...accounts].sort(comparator(KEYS[by], reverse));
}

export {
  SORT_KEYS,
  sortAccounts
};
