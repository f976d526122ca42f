// Expected values are worked out by hand from SPEC.md sections 3 and 5.
import { describe, expect, it } from 'vitest';
import { analyzeAccount, type AccountResult } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/factors.js';
import { summarizePortfolio } from '../../../src/core/portfolio.js';
import { exitCodeFor } from '../../../src/core/exit-code.js';
import type { Account, Diagnostic } from '../../../src/core/types.js';

function account(id: string, current: number | undefined, manager: string | undefined, a?: number, s?: number): AccountResult {
  const data: Account = {
    id, name: id,
    ...(manager ? { manager } : {}),
    ...(current !== undefined ? { revenue: { current } } : {}),
    ...(a !== undefined ? { attractiveness: { size: a } } : {}),
    ...(s !== undefined ? { strength: { price: s } } : {}),
  };
  return analyzeAccount(data, `${id}.yaml`, defaultConfig(), '2026-11-22');
}

describe('portfolio summary (SPEC 5)', () => {
  it('computes revenue concentration: top account and the ceil(20 %·n) largest', () => {
    // total 1000; top 600 → 0.6; n = 5 → ceil(1) = 1 account → 0.6
    const five = [account('a', 100, 'X'), account('b', 300, 'X'), account('c', 600, 'Y'), account('d', 0, 'Y'), account('e', undefined, 'Y')];
    const s = summarizePortfolio(five);
    expect(s.revenue).toEqual({ total: 1000, topShare: 0.6, top20Share: 0.6, topAccount: 'c' });
    // n = 6 → ceil(1.2) = 2 accounts: (600 + 300) / 1000 = 0.9
    const six = summarizePortfolio([...five, account('f', 0, undefined)]);
    expect(six.revenue.top20Share).toBeCloseTo(0.9, 12);
  });
  it('reports zero shares, not NaN, without revenue', () => {
    const s = summarizePortfolio([account('a', undefined, undefined)]);
    expect(s.revenue).toEqual({ total: 0, topShare: 0, top20Share: 0, topAccount: null });
  });
  it('counts every quadrant and key + key-development accounts per manager', () => {
    const s = summarizePortfolio([
      account('k', 1, 'Dana', 8, 8), // key
      account('kd', 1, 'Dana', 8, 2), // key development
      account('m', 1, 'Sam', 2, 8), // maintenance
      account('o', 1, 'Sam', 2, 2), // opportunistic
      account('u', 1, 'Lee', 8), // unclassified: no strength
    ]);
    expect(s.quadrants).toEqual({ key: 1, 'key-development': 1, maintenance: 1, opportunistic: 1, unclassified: 1 });
    expect({ ...s.managers }).toEqual({ Dana: 2, Sam: 0, Lee: 0 });
    expect(s.accounts).toBe(5);
  });
  it('keeps a manager named __proto__ as data', () => {
    const s = summarizePortfolio([account('p', 1, '__proto__', 8, 8)]);
    expect(Object.keys(s.managers)).toEqual(['__proto__']);
    expect(s.managers['__proto__']).toBe(1);
  });
});

describe('analyzeAccount', () => {
  it('scores the SPEC example account end to end', () => {
    const r = analyzeAccount({
      id: 'acme-industrial', name: 'ACME Industrial plc', manager: 'Dana Reyes',
      attractiveness: { size: 8, growth_potential: 7, financial_stability: 6, ease_of_access: 5, relationship_closeness: 6, strategic_fit: 8, early_adopter: 4, values_offer: 7, low_competition: 3, market_standing: 9 },
      strength: { price: 5, service: 7, people_quality: 6, response_speed: 6, relationships: 7, innovation: 5, value_in_use: 6, sustainability: 6, trust: 8 },
      positioning: { spend: 7, significance: 8 },
      relationship: { stage: 'co-operative', customer_view: 'basic', perceived_level: 'value-add' },
      opportunities: [{ id: 'plant-retrofit', name: 'Plant 3 retrofit', value: 250000, stage: 'qualified', questions: { real: 'yes', compete: 'yes', win: 'unsure', worth: 'yes' } }],
    }, 'acme.yaml', defaultConfig(), '2026-11-22');
    expect(r.attractiveness).toBeCloseTo(6.3, 12); // 63 / 10
    expect(r.strength).toBeCloseTo(56 / 9, 12); // 6.22
    expect(r.quadrant).toBe('key');
    expect(r.positioning).toBe('strategic-partner'); // spend 7 ≥ 5, significance 8 ≥ 5
    expect(r.relationship).toEqual({ stage: 'co-operative', customerView: 'basic', gap: 1 });
    expect(r.opportunities).toEqual([
      { id: 'plant-retrofit', name: 'Plant 3 retrofit', value: 250000, stage: 'qualified', decision: 'qualify', failed: [], open: ['win'] },
    ]);
  });
});

describe('exit codes (SPEC 7)', () => {
  const d = (severity: 'error' | 'warning'): Diagnostic => ({ file: 'f', severity, rule: 'r', message: 'm' });
  it('is 1 on any error, 0 on warnings alone, 1 past --max-warnings', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([d('warning'), d('warning')])).toBe(0);
    expect(exitCodeFor([d('warning'), d('error')])).toBe(1);
    expect(exitCodeFor([d('warning'), d('warning')], 2)).toBe(0);
    expect(exitCodeFor([d('warning'), d('warning')], 1)).toBe(1);
    expect(exitCodeFor([d('warning')], 0)).toBe(1);
  });
});
