import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANTS
} from "./chunk-2O2BUUPQ.js";

// src/core/sort.ts
var SORT_KEYS = ["file", "quadrant", "attractiveness", "strength", "revenue", "name"];
var collator;
var desc = (a, b) => (b ?? -Infinity) - (a ?? -Infinity);
var COMPARE = {
  file: () => 0,
  quadrant: (a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant) || desc(a.attractiveness, b.attractiveness) || desc(a.strength, b.strength),
  attractiveness: (a, b) => desc(a.attractiveness, b.attractiveness),
  strength: (a, b) => desc(a.strength, b.strength),
  revenue: (a, b) => desc(a.revenue.current, b.revenue.current),
  name: (a, b) => (collator ??= new Intl.Collator("en")).compare(a.name, b.name)
};
function sortAccounts(accounts, by) {
  return by === "file" ? [...accounts] : [...accounts].sort(COMPARE[by]);
}

export {
  SORT_KEYS,
  sortAccounts
};
