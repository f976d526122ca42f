import type { Axis, Config, FactorDef, Limits, Thresholds } from './types.js';

/** Default factor ids per axis, in the order DOMAIN.md lists them. */
export const DEFAULT_FACTORS: Record<Axis, readonly string[]> = {
  attractiveness: [
    'size', 'growth_potential', 'financial_stability', 'ease_of_access', 'relationship_closeness',
    'strategic_fit', 'early_adopter', 'values_offer', 'low_competition', 'market_standing',
  ],
  strength: [
    'price', 'service', 'people_quality', 'response_speed', 'relationships',
    'innovation', 'value_in_use', 'sustainability', 'trust',
  ],
};

export const SIGNIFICANCE_FACTORS = [
  'unique_technology', 'brand', 'cost_savings', 'few_alternatives', 'switching_time', 'supplier_investment',
] as const;

export const DEFAULT_THRESHOLDS: Thresholds = { attractiveness: 5, strength: 5, spend: 5, significance: 5 };

export const DEFAULT_LIMITS: Limits = {
  key_share: 0.2,
  accounts_per_manager: 5,
  top_account_share: 0.25,
  review_months: 12,
  score_months: 12,
  min_factor_share: 0.5,
  min_satisfaction: 6,
  min_sales_attainment: 0.9,
  risk_sales_attainment: 0.75,
};

/** "growth_potential" → "Growth potential". */
export function factorLabel(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function defaultFactorSet(axis: Axis): FactorDef[] {
  return DEFAULT_FACTORS[axis].map((id) => ({ id, weight: 1, label: factorLabel(id) }));
}

export function defaultConfig(): Config {
  return {
    currency: '',
    thresholds: { ...DEFAULT_THRESHOLDS },
    factors: { attractiveness: defaultFactorSet('attractiveness'), strength: defaultFactorSet('strength') },
    customAxes: [],
    limits: { ...DEFAULT_LIMITS },
    rules: {},
    labels: {},
  };
}
