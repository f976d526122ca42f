// Property tests: an account's health depends on the account, the config and
// the as-of date only: not on the loading path (js-yaml fast path or the
// careful `yaml` path), nor on where its file sorts in the portfolio.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { accountHealth } from '../../../src/core/health.js';
import { defaultConfig } from '../../../src/core/factors.js';
import { loadAccountText } from '../../../src/io/yaml/load-account.js';
import { accountValidators } from '../../../src/io/schema/schema.js';
import { runPortfolio } from '../../../src/pipeline/portfolio-run.js';
import { tempDir } from '../../helpers/run-kam.js';

const config = defaultConfig();
const validators = accountValidators(config);
const AS_OF = '2026-11-22';

const date = fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const score = fc.integer({ min: 0, max: 20 }).map((n) => n / 2);
const performance = fc.record({
  sales: fc.record({ target: fc.integer({ min: 0, max: 1000 }), achieved: fc.integer({ min: 0, max: 1200 }), forecast: fc.integer({ min: 0, max: 1200 }) }, { requiredKeys: [] }),
  satisfaction: fc.array(fc.record({ date, score }), { maxLength: 4 }),
  alerts: fc.array(
    fc.record({ date, symptom: fc.constantFrom('new buyer', 'late payments', 'second source'), severity: fc.constantFrom('low', 'medium', 'high'), resolved: date }, { requiredKeys: ['date', 'symptom'] }),
    { maxLength: 3 },
  ),
}, { requiredKeys: [] });
const account = (id: string) => fc.record({
  id: fc.constant(id),
  name: fc.constant(id.toUpperCase()),
  attractiveness: fc.record({ size: score, growth_potential: score }),
  strength: fc.record({ price: score, service: score }),
  performance,
});

describe('health never depends on the loading path', () => {
  it('the fast and the careful path give the same health, whatever the YAML style', () => {
    fc.assert(
      fc.property(account('p'), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE'), fc.boolean(), (data, defaultStringType, flow) => {
        const text = Buffer.from(stringify(data, { defaultStringType, collectionStyle: flow ? 'flow' : 'block' }));
        const fast = loadAccountText('p.yaml', text, { validators, config }, 'auto');
        const careful = loadAccountText('p.yaml', text, { validators, config }, 'careful');
        expect(fast.ok && careful.ok).toBe(true);
        if (!fast.ok || !careful.ok) return;
        expect(accountHealth(fast.account, config, AS_OF)).toEqual(accountHealth(careful.account, config, AS_OF));
      }),
      { numRuns: 200 },
    );
  });
});

describe('health never depends on file order', () => {
  it('the same accounts under names that sort differently get the same health, and the same portfolio counts', async () => {
    const portfolio = fc.tuple(account('a1'), account('a2'), account('a3'), account('a4'));
    await fc.assert(
      fc.asyncProperty(portfolio, fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), async (accounts, order) => {
        const dir = tempDir('kam-health-');
        try {
          const runIn = async (sub: string, prefixOf: (i: number) => number) => {
            mkdirSync(join(dir.path, sub));
            accounts.forEach((a, i) => writeFileSync(join(dir.path, sub, `${prefixOf(i)}-${a.id}.yaml`), stringify(a)));
            const r = await runPortfolio({ paths: [sub], cwd: dir.path, today: AS_OF });
            return { byId: Object.fromEntries(r.accounts.map((x) => [x.id, x.health])), counts: r.portfolio.health };
          };
          const straight = await runIn('straight', (i) => i);
          const shuffled = await runIn('shuffled', (i) => order.indexOf(i));
          expect(Object.keys(straight.byId)).toHaveLength(4);
          expect(shuffled.byId).toEqual(straight.byId);
          expect(shuffled.counts).toEqual(straight.counts);
        } finally {
          dir.remove();
        }
      }),
      { numRuns: 25 },
    );
  });
});
