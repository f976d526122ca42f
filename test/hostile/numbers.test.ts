// Numbers are finite everywhere: weights that would overflow an axis's sum, and
// amounts that would overflow portfolio totals, are errors at file:line:col.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());

describe('huge numbers', () => {
  it('weights of 1e308 are a config error at each weight (exit 2), not NaN scores', async () => {
    writeFileSync(s.file('huge.config.yaml'), 'factors:\n  attractiveness:\n    size: 1e308\n    growth_potential: { weight: 1e308 }\n');
    const r = await s.kam('score', 'accounts', '-c', 'huge.config.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: invalid config file\n' +
      '  huge.config.yaml:3:11: factors.attractiveness.size: 1e+308 is out of range: must be between 0 and 1,000,000\n' +
      '  huge.config.yaml:4:33: factors.attractiveness.growth_potential.weight: 1e+308 is out of range: must be between 0 and 1,000,000\n');
  });

  it('the largest weights allowed still give finite scores and the right quadrant', async () => {
    // size 9 and growth 1 at weight 1e6 each: (9 + 1) / 2 = 5 ≥ 5 → high; price 4 → low: key development.
    writeFileSync(s.file('max.config.yaml'), 'factors:\n  attractiveness: { size: 1000000, growth_potential: 1000000 }\n  strength: { price: 1000000 }\n');
    writeFileSync(s.file('accounts/big.yaml'), 'id: big\nname: Big\nattractiveness: { size: 9, growth_potential: 1 }\nstrength: { price: 4 }\n');
    const r = await s.kam('score', 'accounts/big.yaml', '-c', 'max.config.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).accounts[0]).toMatchObject({ attractiveness: 5, strength: 4, quadrant: 'key-development' });
  });

  it('an amount of 1e308 is an error at its position; the account is not scored with an infinite total', async () => {
    writeFileSync(s.file('accounts/rich.yaml'), 'id: rich\nname: Rich\nrevenue: { current: 1e308 }\n');
    writeFileSync(s.file('accounts/rich2.yaml'), 'id: rich2\nname: Rich 2\nrevenue: { current: 1000000000000000 }\n');
    const r = await s.kam('score', 'accounts/rich.yaml', 'accounts/rich2.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({ file: 'accounts/rich.yaml', line: 3, column: 21, message: 'revenue.current: 1e+308 is out of range: must be between 0 and 1,000,000,000,000,000' }));
    expect(out.portfolio.revenue.total).toBe(1e15);
    expectClean(r);
  });
});
