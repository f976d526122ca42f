// Property-based tests: the loader never throws, whatever the bytes; the two
// parsing paths agree; scores stay within [0, 10].
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { axisScore } from '../../../src/core/scoring.js';
import { analyzeAccount } from '../../../src/core/analyze.js';
import { defaultConfig, DEFAULT_FACTORS } from '../../../src/core/factors.js';
import { loadAccountText } from '../../../src/io/yaml/load-account.js';
import { accountValidators } from '../../../src/io/schema/schema.js';

const config = defaultConfig();
const validators = accountValidators(config);
const load = (bytes: Uint8Array, path: 'auto' | 'careful' = 'auto') => loadAccountText('p.yaml', bytes, { validators, config }, path);

const SAMPLE = `# yaml-language-server: $schema=../schemas/account.schema.json
id: acme-industrial
name: ACME Industrial plc   # listed
manager: Dana Reyes
revenue: { current: 1200000, potential: 3000000 }
attractiveness:
  size: 8
  growth_potential: 7.5
strength:
  price: 5
positioning:
  spend: 7
  significance: { brand: 6, cost_savings: 9 }
relationship:
  stage: co-operative
  customer_view: basic
  contacts:
    - name: Sam Ortiz
      influence: decision-maker
opportunities:
  - id: plant-retrofit
    close: 2027-03-31
    questions: { real: yes, compete: no, win: unsure, worth: true }
plan:
  charter:
    situation: |
      Long text
      over lines
`;

function assertWellFormed(result: ReturnType<typeof load>) {
  if (result.ok) {
    expect(typeof result.account.id).toBe('string');
    return;
  }
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('the loader never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => assertWellFormed(load(Buffer.from(s)))), { numRuns: 300 });
  });

  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => assertWellFormed(load(b))), { numRuns: 300 });
  });

  it('on mutations of a real account file', () => {
    const mutation = fc.array(
      fc.record({ at: fc.nat(SAMPLE.length), remove: fc.nat(5), insert: fc.constantFrom('', ':', '- ', '[', ']', '{', '}', '&a ', '*a', '!', '"', "'", '\n', '  ', '#', '|', '>', '---\n', '%YAML 1.1\n', '\t', '<<: ', '.nan', '1e999', '0x', '~') }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(mutation, (edits) => {
        let text = SAMPLE;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        const result = load(Buffer.from(text));
        assertWellFormed(result);
        // Whichever path a file takes, the verdict and the data are the same.
        const careful = load(Buffer.from(text), 'careful');
        expect(result.ok).toBe(careful.ok);
        if (result.ok && careful.ok) expect(result.account).toEqual(careful.account);
      }),
      { numRuns: 2000 },
    );
  });
});

const score = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));
const factors = (axis: 'attractiveness' | 'strength') =>
  fc.dictionary(fc.constantFrom(...DEFAULT_FACTORS[axis]), score, { maxKeys: DEFAULT_FACTORS[axis].length });
const text = fc.string({ maxLength: 30 });
const account = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    name: fc.string({ minLength: 1, maxLength: 40 }),
    manager: text,
    tags: fc.array(text, { maxLength: 3 }),
    revenue: fc.record({ current: fc.integer({ min: 0, max: 1e9 }), potential: fc.double({ min: 0, max: 1e9, noNaN: true }) }, { requiredKeys: [] }),
    attractiveness: factors('attractiveness'),
    strength: factors('strength'),
    positioning: fc.record({ spend: score, significance: score }, { requiredKeys: [] }),
    opportunities: fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 10 }), questions: fc.record({ real: fc.constantFrom('yes', 'no', 'unsure', true, false) }, { requiredKeys: [] }) }, { requiredKeys: ['id'] }),
      { selector: (o) => o.id, maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'name'] },
);

describe('valid accounts', () => {
  it('load to the same data on both paths, whatever the YAML style', () => {
    fc.assert(
      fc.property(account, fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'), fc.boolean(), (data, defaultStringType, flow) => {
        const yaml = stringify(data, { defaultStringType, collectionStyle: flow ? 'flow' : 'block' });
        const fast = load(Buffer.from(yaml));
        const careful = load(Buffer.from(yaml), 'careful');
        expect(careful).toEqual({ ok: true, file: 'p.yaml', account: data });
        expect(fast).toEqual(careful);
      }),
      { numRuns: 300 },
    );
  });

  it('score within [0, 10] with any non-negative weights', () => {
    fc.assert(
      fc.property(factors('attractiveness'), fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 10, maxLength: 10 }), (scores, weights) => {
        const set = DEFAULT_FACTORS.attractiveness.map((id, i) => ({ id, weight: weights[i]!, label: id }));
        const s = axisScore(scores, set);
        if (s !== null) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(10 + 1e-9);
        }
      }),
    );
    fc.assert(
      fc.property(account, (data) => {
        const r = analyzeAccount(data as never, 'p.yaml', config, '2026-11-22');
        for (const v of [r.attractiveness, r.strength]) if (v !== null) expect(v >= 0 && v <= 10 + 1e-9).toBe(true);
      }),
    );
  });
});

describe('the two paths agree on the forms that once split them', () => {
  // Line breaks YAML 1.2 and js-yaml may read differently, quotes escaped at a line's end, and block
  // scalars with every chomping and indentation indicator: whatever the mix, one verdict and one reading.
  const lineBreak = fc.constantFrom('\n', '\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029');
  const quoted = fc.constantFrom("'it''s'", "'x'''", "'x''", "''''", '"say \\"hi\\""', '"a\\\\"', '"a\\"', '"\\"\\""', 'plain', "'a' ", '"b"  # c');
  const indicator = fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|1', '|2-', '>1+', '|+1', '>-2');
  const blockBody = fc.array(fc.constantFrom('      text', '', '      ', '       more', '    ', '      # not a comment', '      a: b'), { minLength: 0, maxLength: 4 });
  const field = fc.oneof(
    fc.tuple(fc.constantFrom('name', 'manager', 'industry'), quoted).map(([k, v]) => [`${k}: ${v}`]),
    fc.tuple(indicator, blockBody).map(([ind, body]) => ['plan:', '  charter:', `    situation: ${ind}`, ...body]),
    fc.constant(['positioning:', '  spend: 5', '  significance: 6']),
    fc.constant(['tags: [a, "b\\"", \'c\'\'\']']),
  );
  const document = fc.tuple(fc.array(field, { maxLength: 4 }), fc.array(lineBreak, { minLength: 12, maxLength: 12 }), fc.boolean()).map(([fields, breaks, finalBreak]) => {
    const lines = ['id: acme', ...fields.flat()];
    let text = '';
    lines.forEach((line, i) => {
      text += line + (i < lines.length - 1 || finalBreak ? breaks[i % breaks.length]! : '');
    });
    return text;
  });

  it('fast and careful paths give the same verdict and the same data', () => {
    fc.assert(
      fc.property(document, (text) => {
        const fast = load(Buffer.from(text));
        const careful = load(Buffer.from(text), 'careful');
        expect(fast.ok).toBe(careful.ok);
        if (fast.ok && careful.ok) expect(fast.account).toEqual(careful.account);
      }),
      { numRuns: 3000 },
    );
  });

  it('the cases found by the sweep', () => {
    for (const text of [
      'id: a\nname: A\rmanager: B\npositioning:\n  spend: 5\r  significance: 6\n',
      "id: a\nname: 'x''\nmanager: B'\n",
      'id: a\nname: "say \\"\nmanager: B"\n',
      'id: a\nname: A\nplan:\n  charter:\n    situation: |1\n      text\n      \n',
    ]) {
      const fast = load(Buffer.from(text));
      const careful = load(Buffer.from(text), 'careful');
      expect(fast).toEqual(careful);
    }
  });
});
