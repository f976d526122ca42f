// Expected values are worked out by hand from SPEC.md section 3.
import { describe, expect, it } from 'vitest';
import {
  axisScore, decision, positioning, quadrant, relationshipGap, significanceScore, stageRank,
} from '../../../src/core/scoring.js';
import type { FactorDef } from '../../../src/core/types.js';
import { defaultFactorSet } from '../../../src/core/factors.js';

const f = (id: string, weight: number): FactorDef => ({ id, weight, label: id });
const T = { attractiveness: 5, strength: 5, spend: 5, significance: 5 };

describe('axisScore (SPEC 3.1)', () => {
  it('is the weighted mean of the factors present', () => {
    // (3·8 + 1·6) / (3 + 1) = 30 / 4 = 7.5; "c" is not scored and does not count.
    expect(axisScore({ a: 8, b: 6 }, [f('a', 3), f('b', 1), f('c', 1)])).toBe(7.5);
  });
  it('is the plain mean with default weights', () => {
    // (2 + 4 + 9) / 3 = 5
    expect(axisScore({ size: 2, growth_potential: 4, trust: 9 }, [f('size', 1), f('growth_potential', 1), f('trust', 1)])).toBe(5);
  });
  it('leaves out factors whose weight is 0', () => {
    // only b counts: 2·4 / 2 = 4
    expect(axisScore({ a: 10, b: 4 }, [f('a', 0), f('b', 2)])).toBe(4);
  });
  it('keeps decimals in full precision', () => {
    // (1·6.5 + 2·7.25) / 3 = 21 / 3 = 7
    expect(axisScore({ a: 6.5, b: 7.25 }, [f('a', 1), f('b', 2)])).toBe(7);
    // (1 + 2) / 3 → 1, but (1 + 1 + 2) / 3 = 1.333…
    expect(axisScore({ a: 1, b: 1, c: 2 }, [f('a', 1), f('b', 1), f('c', 1)])).toBeCloseTo(4 / 3, 12);
  });
  it('has no score without scored factors, or when every scored factor weighs 0', () => {
    expect(axisScore(undefined, [f('a', 1)])).toBeNull();
    expect(axisScore({}, [f('a', 1)])).toBeNull();
    expect(axisScore({ a: 7 }, [f('a', 0)])).toBeNull();
  });
  it('scores the SPEC example account', () => {
    // attractiveness: (8+7+6+5+6+8+4+7+3+9) / 10 = 63 / 10 = 6.3
    const attractiveness = {
      size: 8, growth_potential: 7, financial_stability: 6, ease_of_access: 5, relationship_closeness: 6,
      strategic_fit: 8, early_adopter: 4, values_offer: 7, low_competition: 3, market_standing: 9,
    };
    expect(axisScore(attractiveness, defaultFactorSet('attractiveness'))).toBeCloseTo(6.3, 12);
    // strength: (5+7+6+6+7+5+6+6+8) / 9 = 56 / 9 = 6.2222…
    const strength = {
      price: 5, service: 7, people_quality: 6, response_speed: 6, relationships: 7,
      innovation: 5, value_in_use: 6, sustainability: 6, trust: 8,
    };
    expect(axisScore(strength, defaultFactorSet('strength'))).toBeCloseTo(56 / 9, 12);
  });
});

describe('quadrant (SPEC 3.2)', () => {
  it.each([
    [5, 5, 'key'],
    [9, 9, 'key'],
    [5, 4.99, 'key-development'],
    [4.99, 5, 'maintenance'],
    [4.99, 4.99, 'opportunistic'],
    [0, 0, 'opportunistic'],
    [10, 0, 'key-development'],
  ] as const)('attractiveness %s, strength %s → %s (equal to the threshold counts as high)', (a, s, q) => {
    expect(quadrant(a, s, T)).toBe(q);
  });
  it('is unclassified when either axis has no score', () => {
    expect(quadrant(null, 7, T)).toBe('unclassified');
    expect(quadrant(7, null, T)).toBe('unclassified');
    expect(quadrant(null, null, T)).toBe('unclassified');
  });
  it('follows configured thresholds', () => {
    const t = { attractiveness: 6, strength: 4 };
    expect(quadrant(5.5, 4, t)).toBe('maintenance');
    expect(quadrant(6, 3.9, t)).toBe('key-development');
  });
});

describe('supplier positioning (SPEC 3.3)', () => {
  it('takes significance as a number or the plain mean of its factors', () => {
    expect(significanceScore(7)).toBe(7);
    // (6 + 9) / 2 = 7.5
    expect(significanceScore({ brand: 6, cost_savings: 9 })).toBe(7.5);
    // (10 + 0 + 5) / 3 = 5
    expect(significanceScore({ unique_technology: 10, few_alternatives: 0, switching_time: 5 })).toBe(5);
    expect(significanceScore({})).toBeNull();
    expect(significanceScore(undefined)).toBeNull();
  });
  it.each([
    [5, 5, 'strategic-partner'],
    [4.9, 5, 'strategic-security'],
    [5, 4.9, 'tactical-profit'],
    [4.9, 4.9, 'tactical-make-easy'],
  ] as const)('spend %s, significance %s → %s', (spend, sig, box) => {
    expect(positioning(spend, sig, T)).toBe(box);
  });
  it('is null when spend or significance is missing', () => {
    expect(positioning(undefined, 7, T)).toBeNull();
    expect(positioning(7, null, T)).toBeNull();
  });
});

describe('relationship (SPEC 3.4)', () => {
  it('orders the stages 1..5', () => {
    expect(['exploratory', 'basic', 'co-operative', 'interdependent', 'integrated'].map((s) => stageRank(s as never))).toEqual([1, 2, 3, 4, 5]);
  });
  it('gap = stage − customer view', () => {
    expect(relationshipGap('co-operative', 'basic')).toBe(1);
    expect(relationshipGap('integrated', 'exploratory')).toBe(4);
    expect(relationshipGap('basic', 'interdependent')).toBe(-2);
    expect(relationshipGap('basic', 'basic')).toBe(0);
    expect(relationshipGap('basic', undefined)).toBeNull();
    expect(relationshipGap(undefined, 'basic')).toBeNull();
  });
});

describe('opportunity decision (SPEC 3.5)', () => {
  it('is go only with four yes answers', () => {
    expect(decision({ real: 'yes', compete: 'yes', win: 'yes', worth: 'yes' })).toBe('go');
    expect(decision({ real: true, compete: true, win: 'yes', worth: true })).toBe('go');
  });
  it('is no-go on any no, whatever else is unsure', () => {
    expect(decision({ real: 'yes', compete: 'yes', win: 'no', worth: 'yes' })).toBe('no-go');
    expect(decision({ real: 'unsure', worth: false })).toBe('no-go');
  });
  it('is qualify when unsure or unanswered', () => {
    expect(decision({ real: 'yes', compete: 'yes', win: 'unsure', worth: 'yes' })).toBe('qualify');
    expect(decision({ real: 'yes', compete: 'yes', win: 'yes' })).toBe('qualify');
    expect(decision(undefined)).toBe('qualify');
  });
});
