// The bundle's precompiled account validator (src/io/schema/precompile.ts, put in
// place by scripts/build.mjs) must answer exactly as the schema compiled at
// run time: same verdict and same first error on every account file of the
// fixtures and examples and on random damage to the example accounts.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { accountValidatorSource } from '../../../../src/io/schema/precompile.js';
import { makeAjv, readSchema } from '../../../../src/io/schema/schema.js';
import { EXAMPLES, FIXTURES, ROOT } from '../../../helpers/run-kam.js';

async function precompiled(): Promise<ValidateFunction> {
  const out = await build({
    stdin: { contents: accountValidatorSource(), loader: 'ts', resolveDir: join(ROOT, 'src/io/schema') },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'kam-validator-')), 'validator.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return ((await import(pathToFileURL(file).href)) as { precompiledAccountValidator: ValidateFunction }).precompiledAccountValidator;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });

function parsed(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, logLevel: 'silent' });
  } catch {
    return undefined;
  }
}

const pre = await precompiled();
const live = makeAjv(false).compile(readSchema('account'));
// The precompiled schema is split into one function per property (splitSchema),
// so its schema paths differ; where and why the data fails must not.
const firstError = (v: ValidateFunction) => v.errors?.map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params })) ?? null;
const same = (data: unknown) => {
  const verdict = live(data);
  expect(pre(data)).toBe(verdict);
  expect(firstError(pre)).toEqual(firstError(live));
  return verdict;
};

describe('precompiled account validator', () => {
  it('agrees with the run-time schema on every fixture and example file', () => {
    const files = [...yamlFiles(FIXTURES), ...yamlFiles(EXAMPLES)];
    const verdicts = files.map((f) => parsed(f)).filter((d) => d !== undefined).map(same);
    // Both kinds are covered: the fixtures hold invalid accounts on purpose.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(20);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(10);
  });

  it('agrees on random damage to the example accounts', () => {
    const accounts = yamlFiles(join(EXAMPLES, 'accounts')).map(parsed);
    const value = fc.oneof(
      fc.constantFrom(null, true, 0, -1, 1.5, 11, 1e9, '', 'x', '2026-02-30', '2026-02-28', 'key', 'high', [], {}),
      fc.string(), fc.integer(), fc.double(), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
    );
    let invalid = 0;
    fc.assert(fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), value, fc.boolean()), { minLength: 1, maxLength: 3 }), (which, edits) => {
      const data = structuredClone(accounts[which % accounts.length]) as Record<string, unknown>;
      for (const [pick, v, remove] of edits) {
        // Walk down to a random container and replace or remove one of its entries.
        let node: unknown = data;
        for (let depth = 0, p = pick; depth < 4 && node && typeof node === 'object'; depth++, p = Math.floor(p / 7)) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[p % keys.length]!;
          const child = (node as Record<string, unknown>)[key];
          if (depth === 3 || !child || typeof child !== 'object' || p % 3 === 0) {
            if (remove && !Array.isArray(node)) delete (node as Record<string, unknown>)[key];
            else (node as Record<string, unknown>)[key] = v;
            break;
          }
          node = child;
        }
      }
      if (!same(data)) invalid++;
    }), { numRuns: 2000 });
    expect(invalid).toBeGreaterThan(200);
  });
});
