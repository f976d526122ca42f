import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  HEALTH_WORD
} from "./chunk-O2S2L5JE.js";
import {
  STAGE_LABELS
} from "./chunk-EQWHRGNW.js";

// src/format/diff/health.ts
var pctOf = (n) => n === null ? "\u2013" : `${(n * 100).toFixed(1)} %`;
var orDash = (v) => v === null || v === void 0 ? "\u2013" : String(v);
function healthChangeText(x) {
  switch (x.kind) {
    case "status":
      return `health ${HEALTH_WORD[x.from]} \u2192 ${HEALTH_WORD[x.to]}`;
    case "satisfaction":
      return `satisfaction ${orDash(x.from)} \u2192 ${orDash(x.to)}`;
    case "sales-attainment":
      return `sales attainment ${pctOf(x.from)} \u2192 ${pctOf(x.to)}`;
    case "alert-new":
      return `new ${x.severity ?? "unrated"} alert since ${x.date}: ${x.symptom}`;
    case "alert-resolved":
      return `alert resolved: ${x.symptom} (${x.severity ?? "unrated"}, since ${x.date})`;
    case "perceived-level":
      return `perceived as ${orDash(x.from)} \u2192 ${orDash(x.to)}`;
    case "customer-view":
      return `the customer's view ${x.from ? STAGE_LABELS[x.from].toLowerCase() : "\u2013"} \u2192 ${x.to ? STAGE_LABELS[x.to].toLowerCase() : "\u2013"}`;
    case "position":
      return `position ${orDash(x.from)} \u2192 ${orDash(x.to)}`;
  }
}

export {
  healthChangeText
};
