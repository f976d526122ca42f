import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  foldText
} from "./chunk-EPVBHNQJ.js";
import {
  editDistance
} from "./chunk-QGK4WI7H.js";

// src/core/find.ts
function matchesText(a, text) {
  const t = foldText(text);
  return foldText(a.id).includes(t) || foldText(a.name).includes(t);
}
function nearestAccounts(text, accounts, max = 3) {
  const t = foldText(text);
  if (t === "" || t.length > 64) return [];
  const scored = [];
  for (const a of accounts) {
    const id = foldText(a.id);
    const name = foldText(a.name);
    if (id.includes(t) || name.includes(t) || t.includes(id)) {
      scored.push({ a, rank: 0 });
      continue;
    }
    const distance = Math.min(editDistance(t, id), editDistance(t, name));
    if (distance <= Math.max(1, Math.floor(t.length / 3))) scored.push({ a, rank: distance });
  }
  return scored.sort((x, y) => x.rank - y.rank).slice(0, max).map((s) => s.a);
}

export {
  matchesText,
  nearestAccounts
};
