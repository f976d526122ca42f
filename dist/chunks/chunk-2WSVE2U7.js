import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  planView
} from "./chunk-QA7TO7ZC.js";
import {
  planChecklist
} from "./chunk-IGQNBKN2.js";

// src/core/contributions.ts
function contributions(scores, factors, threshold) {
  const scored = factors.filter((f) => typeof scores?.[f.id] === "number" && f.weight > 0);
  const total = scored.reduce((s, f) => s + f.weight, 0);
  return factors.map((f) => {
    const score = typeof scores?.[f.id] === "number" ? scores[f.id] : null;
    const counts = score !== null && f.weight > 0 && total > 0;
    return { id: f.id, label: f.label, weight: f.weight, score, contribution: counts ? f.weight * (score - threshold) / total : null };
  });
}

// src/format/account-detail.ts
function accountDetail(result, account, config, asOf, diagnostics) {
  return {
    result,
    account,
    attractiveness: contributions(account.attractiveness, config.factors.attractiveness, config.thresholds.attractiveness),
    strength: contributions(account.strength, config.factors.strength, config.thresholds.strength),
    plan: planChecklist(account, asOf, config.limits.review_months),
    planView: result.plan ?? planView(account, asOf),
    asOf,
    diagnostics: diagnostics.filter((d) => d.file === result.file)
  };
}

export {
  accountDetail
};
