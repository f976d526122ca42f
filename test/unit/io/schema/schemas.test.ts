// The shipped schemas: strict draft-07, a description on every property (editors
// show them as help), and the factor lists the scoring core knows.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, defaultConfig } from '../../../../src/core/factors.js';
import { configFromData } from '../../../../src/io/config.js';
import { loadAccountText } from '../../../../src/io/yaml/load-account.js';
import { accountValidators } from '../../../../src/io/schema/schema.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));

/** Every object property anywhere in the schema, with its JSON pointer. */
function properties(node: unknown, path = '#'): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, sub] of Object.entries(value)) out.push([`${path}/properties/${name}`, sub as Record<string, unknown>]);
    }
    out.push(...properties(value, `${path}/${key}`));
  }
  return out;
}

describe('schemas', () => {
  it.each(['account', 'config'])('%s.schema.json compiles in strict mode with a $id and a description on every property', (name) => {
    const schema = read(name);
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addFormat('date', () => true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^urn:kam:schema:/);
    const missing = properties(schema).filter(([, p]) => typeof p.description !== 'string' || p.description.length < 10).map(([at]) => at);
    expect(missing).toEqual([]);
  });

  it('lists exactly the default factors of each axis', () => {
    const schema = read('account');
    expect(Object.keys(schema.properties.attractiveness.properties)).toEqual([...DEFAULT_FACTORS.attractiveness]);
    expect(Object.keys(schema.properties.strength.properties)).toEqual([...DEFAULT_FACTORS.strength]);
  });
});

describe('a config that redefines an axis', () => {
  const config = configFromData({ factors: { attractiveness: { size: 2, reach: { weight: 1, help: 'Share of the buying centre we reach' } } } }, 'kam.config.yaml');
  const load = (text: string) => loadAccountText('a.yaml', Buffer.from(text), { validators: accountValidators(config), config });

  it('makes the config the complete factor set of that axis', () => {
    expect(load('id: a\nname: A\nattractiveness: { size: 4, reach: 7 }\n').ok).toBe(true);
    const r = load('id: a\nname: A\nattractiveness:\n  size: 4\n  growth_potential: 7\n  reah: 2\n');
    expect(r.ok ? [] : r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 3, 'factor "growth_potential" is not in the attractiveness factor set of kam.config.yaml; expected one of: size, reach'],
      [6, 3, 'factor "reah" is not in the attractiveness factor set of kam.config.yaml; did you mean "reach"?'],
    ]);
  });

  it('leaves the other axis with its defaults', () => {
    expect(config.factors.strength.map((f) => f.id)).toEqual(defaultConfig().factors.strength.map((f) => f.id));
    expect(load('id: a\nname: A\nstrength: { trust: 7 }\n').ok).toBe(true);
  });
});
