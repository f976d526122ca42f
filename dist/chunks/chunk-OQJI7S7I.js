import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/factors.ts
var DEFAULT_FACTORS = {
  attractiveness: [
    "size",
    "growth_potential",
    "financial_stability",
    "ease_of_access",
    "relationship_closeness",
    "strategic_fit",
    "early_adopter",
    "values_offer",
    "low_competition",
    "market_standing"
  ],
  strength: [
    "price",
    "service",
    "people_quality",
    "response_speed",
    "relationships",
    "innovation",
    "value_in_use",
    "sustainability",
    "trust"
  ]
};
var SIGNIFICANCE_FACTORS = [
  "unique_technology",
  "brand",
  "cost_savings",
  "few_alternatives",
  "switching_time",
  "supplier_investment"
];
var DEFAULT_THRESHOLDS = { attractiveness: 5, strength: 5, spend: 5, significance: 5 };
var DEFAULT_LIMITS = {
  key_share: 0.2,
  accounts_per_manager: 5,
  top_account_share: 0.25,
  review_months: 12,
  score_months: 12,
  min_factor_share: 0.5,
  min_satisfaction: 6,
  min_sales_attainment: 0.9,
  risk_sales_attainment: 0.75
};
function factorLabel(id) {
  const words = id.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function defaultFactorSet(axis) {
  return DEFAULT_FACTORS[axis].map((id) => ({ id, weight: 1, label: factorLabel(id) }));
}
function defaultConfig() {
  return {
    currency: "",
    thresholds: { ...DEFAULT_THRESHOLDS },
    factors: { attractiveness: defaultFactorSet("attractiveness"), strength: defaultFactorSet("strength") },
    customAxes: [],
    limits: { ...DEFAULT_LIMITS },
    rules: {},
    labels: {}
  };
}

export {
  DEFAULT_FACTORS,
  SIGNIFICANCE_FACTORS,
  factorLabel,
  defaultConfig
};
