// Borderline detection at exact thresholds, with values worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyzeAccount } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/factors.js';
import type { Account } from '../../../src/core/types.js';

const config = defaultConfig(); // every weight 1, thresholds 5
const acct = (attractiveness: Record<string, number>, strength: Record<string, number>, extra: Partial<Account> = {}): Account =>
  ({ id: 'a', name: 'A', attractiveness, strength, ...extra });
const analyze = (a: Account) => analyzeAccount(a, 'a.yaml', config, '2026-11-22');

describe('stability', () => {
  it('an axis exactly on the threshold is high, and one hundredth less on a factor moves it', () => {
    // attractiveness (5 + 5) / 2 = 5.00: key; size 5 → 4.99 gives 4.995 < 5
    const r = analyze(acct({ size: 5, growth_potential: 5 }, { price: 9 }));
    expect(r.quadrant).toBe('key');
    expect(r.stability).toEqual({ borderline: true, minimalChange: { axis: 'attractiveness', factor: 'size', from: 5, to: 4.99 } });
  });

  it('a low axis needs the factor to reach the boundary exactly', () => {
    // strength (4 + 5) / 2 = 4.5; price must reach 10 − 5 = 5 (change 1), service 6 (change 1): 1 point does it
    const r = analyze(acct({ size: 9 }, { price: 4, service: 5 }));
    expect(r.quadrant).toBe('key-development');
    expect(r.stability).toEqual({ borderline: true, minimalChange: { axis: 'strength', factor: 'price', from: 4, to: 5 } });
  });

  it('is settled when neither a point nor half a point of threshold would move it', () => {
    // attractiveness (8 + 8 + 8) / 3 = 8: size would need 15 − 16 = −1: impossible; strength (2 + 3) / 2 = 2.5
    // price would need 10 − 3 = 7 (change 5), service 10 − 2 = 8 (change 5)
    const r = analyze(acct({ size: 8, growth_potential: 8, strategic_fit: 8 }, { price: 2, service: 3 }));
    expect(r.stability).toEqual({ borderline: false, minimalChange: { axis: 'strength', factor: 'price', from: 2, to: 7 } });
  });

  it('counts a threshold moved by 0.5 against the account, with equal still counting as high', () => {
    // attractiveness 5.4: t + 0.5 = 5.5 > 5.4 → borderline; 5.5 is not (5.5 ≥ 5.5 stays high)
    const near = analyze(acct({ size: 5.4 }, { price: 9, service: 9, trust: 9 }));
    const atHalf = analyze(acct({ size: 5.5 }, { price: 9, service: 9, trust: 9 }));
    expect(near.stability?.borderline).toBe(true);
    // size alone: 5.5 → 4.99 is a change of 0.51 < 1, so this one is borderline by the point rule instead
    expect(atHalf.stability?.minimalChange).toEqual({ axis: 'attractiveness', factor: 'size', from: 5.5, to: 4.99 });
    // with three factors at 5.5 a single one cannot move the axis by enough within one point: (4.49 + 11) / 3 = 5.16
    const settled = analyze(acct({ size: 5.5, growth_potential: 5.5, strategic_fit: 5.5 }, { price: 9, service: 9, trust: 9 }));
    expect(settled.stability?.borderline).toBe(false);
    // below: 4.5 with t − 0.5 = 4.5 → a threshold of 4.5 makes it high
    const below = analyze(acct({ size: 4.5, growth_potential: 4.5, strategic_fit: 4.5 }, { price: 9, service: 9, trust: 9 }));
    expect(below.quadrant).toBe('maintenance');
    expect(below.stability?.borderline).toBe(true);
  });

  it('is null for unclassified accounts', () => {
    expect(analyze(acct({ size: 5 }, {})).stability).toBeNull();
  });

  it('places a target in its quadrant, keeping a missing axis where it is', () => {
    const r = analyze(acct({ size: 7 }, { price: 3 }, { target: { strength: 6, by: '2027-06-30' } }));
    expect(r.target).toEqual({ attractiveness: 7, strength: 6, by: '2027-06-30', quadrant: 'key' });
  });
});
