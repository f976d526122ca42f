import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  SIGNIFICANCE_FACTORS
} from "./chunk-OQJI7S7I.js";

// src/core/scoring.ts
function axisScore(scores, factors) {
  if (!scores) return null;
  let weighted = 0;
  let weights = 0;
  for (const f of factors) {
    const s = scores[f.id];
    if (typeof s !== "number" || !(f.weight > 0)) continue;
    weighted += f.weight * s;
    weights += f.weight;
  }
  return weights > 0 ? weighted / weights : null;
}
function quadrant(attractiveness, strength, t) {
  if (attractiveness === null || strength === null) return "unclassified";
  const attractive = attractiveness >= t.attractiveness;
  const strong = strength >= t.strength;
  if (attractive) return strong ? "key" : "key-development";
  return strong ? "maintenance" : "opportunistic";
}
function significanceScore(value) {
  if (typeof value === "number") return value;
  if (!value || typeof value !== "object") return null;
  const scores = SIGNIFICANCE_FACTORS.map((k) => value[k]).filter((v) => typeof v === "number");
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}
function positioning(spend, significance, t) {
  if (typeof spend !== "number" || typeof significance !== "number") return null;
  const highSpend = spend >= t.spend;
  if (significance >= t.significance) return highSpend ? "strategic-partner" : "strategic-security";
  return highSpend ? "tactical-profit" : "tactical-make-easy";
}
var STAGES = ["exploratory", "basic", "co-operative", "interdependent", "integrated"];
var PERCEIVED_LEVELS = ["commodity", "product-provider", "value-add", "partner"];
var POSITIONS = ["strong", "good", "limited"];
function stageRank(stage) {
  return STAGES.indexOf(stage) + 1;
}
function relationshipGap(stage, customerView) {
  if (!stage || !customerView) return null;
  return stageRank(stage) - stageRank(customerView);
}
var QUESTIONS = ["real", "compete", "win", "worth"];
function normalizeAnswer(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return value;
}
function decision(questions) {
  const answers = QUESTIONS.map((q) => normalizeAnswer(questions?.[q]));
  if (answers.includes("no")) return "no-go";
  return answers.every((a) => a === "yes") ? "go" : "qualify";
}

export {
  axisScore,
  quadrant,
  significanceScore,
  positioning,
  STAGES,
  PERCEIVED_LEVELS,
  POSITIONS,
  relationshipGap,
  QUESTIONS,
  normalizeAnswer,
  decision
};
