// Every bad input of the foundation issue, loaded from a real file on disk,
// must become a diagnostic at the position of the offending key or value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../src/core/factors.js';
import type { Diagnostic } from '../../../../src/core/types.js';
import { loadAccountText, MAX_DIAGNOSTICS_PER_FILE } from '../../../../src/io/yaml/load-account.js';
import { accountValidators } from '../../../../src/io/schema/schema.js';
import { FIXTURES } from '../../../helpers/run-kam.js';

const config = defaultConfig();
const validators = accountValidators(config);

function load(name: string, bytes?: Uint8Array) {
  const file = join('bad', name);
  return loadAccountText(file, bytes ?? readFileSync(join(FIXTURES, file)), { validators, config });
}

function problems(name: string, bytes?: Uint8Array): Diagnostic[] {
  const result = load(name, bytes);
  if (result.ok) throw new Error(`${name} loaded as valid`);
  for (const d of result.diagnostics) {
    expect(d.rule).toBe('schema');
    expect(d.severity).toBe('error');
    expect(d.file).toBe(join('bad', name));
  }
  return result.diagnostics;
}

/** [line, column, message fragment] of each diagnostic. */
const where = (ds: Diagnostic[]) => ds.map((d) => [d.line, d.column, d.message]);

describe('loading bad account files', () => {
  it('malformed YAML', () => {
    const [d] = problems('malformed.yaml');
    expect(d!.message).toMatch(/^YAML syntax error/);
    expect(d!.line).toBeGreaterThanOrEqual(2);
  });

  it('empty files and files with only comments', () => {
    expect(where(problems('empty.yaml'))).toEqual([[1, 1, 'file is empty: an account needs at least an id and a name']]);
    expect(where(problems('comments-only.yaml'))).toEqual([[1, 1, 'file is empty: an account needs at least an id and a name']]);
  });

  it('a top-level list or scalar', () => {
    expect(where(problems('top-level-list.yaml'))).toEqual([[1, 1, 'expected a mapping of account fields (id, name, ...), found a list']]);
    expect(where(problems('top-level-scalar.yaml'))).toEqual([[1, 1, 'expected a mapping of account fields (id, name, ...), found a single value']]);
  });

  it('several documents in one file', () => {
    const ds = problems('two-documents.yaml');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.line).toBe(4);
    expect(ds[0]!.message).toMatch(/second YAML document/);
  });

  it('binary content and invalid UTF-8, with the byte position', () => {
    expect(where(problems('binary.yaml'))[0]!.slice(0, 2)).toEqual([1, 1]);
    expect(problems('binary.yaml')[0]!.message).toMatch(/not valid UTF-8/);
    // "name: Soci" is 10 characters; the Latin-1 "é" is the 11th.
    expect(where(problems('latin1.yaml'))[0]!.slice(0, 2)).toEqual([2, 11]);
    // NUL bytes in otherwise valid UTF-8
    const nul = problems('nul.yaml', Buffer.from('id: x\nname: a\u0000b\n'));
    expect(where(nul)).toEqual([[2, 8, 'file contains NUL bytes: it looks binary, not a YAML account plan']]);
  });

  it('unknown keys and enum typos suggest the nearest valid name', () => {
    expect(where(problems('typos.yaml'))).toEqual([
      [3, 1, 'unknown key "stregth"; did you mean "strength"?'],
      [6, 10, 'relationship.stage: "cooperative" is not one of: exploratory, basic, co-operative, interdependent, integrated; did you mean "co-operative"?'],
      [8, 3, 'unknown key "sise" in attractiveness; did you mean "size"?'],
    ]);
  });

  it('wrong types', () => {
    const ds = problems('wrong-types.yaml');
    expect(where(ds)).toEqual([
      [3, 7, 'tags: expected a list, found text "emea"'],
      [5, 12, 'revenue.current: expected a number, found text "lots"'],
      [7, 9, 'attractiveness.size: expected a number, found text "7"'],
      [9, 5, 'opportunities[0] is missing the required key "id"'],
    ]);
  });

  it('scores and amounts out of range', () => {
    expect(where(problems('out-of-range.yaml'))).toEqual([
      [4, 9, 'attractiveness.size: 11 is out of range: must be between 0 and 10'],
      [5, 21, 'attractiveness.growth_potential: -1 is out of range: must be between 0 and 10'],
      [7, 12, 'revenue.current: -5 is out of range: must be between 0 and 1,000,000,000,000,000'],
    ]);
  });

  it('NaN and infinity', () => {
    expect(where(problems('not-finite.yaml'))).toEqual([
      [4, 9, '.nan is not a finite number'],
      [6, 10, '.inf is not a finite number'],
    ]);
  });

  it('impossible and malformed dates', () => {
    expect(where(problems('bad-dates.yaml'))).toEqual([
      [5, 12, 'opportunities[0].close: "2026-02-30" is not a valid date: use YYYY-MM-DD with a real day of the month'],
      [8, 13, 'performance.satisfaction[0].date: "tomorrow" is not a valid date: use YYYY-MM-DD with a real day of the month'],
    ]);
  });

  it('duplicate keys', () => {
    const ds = problems('duplicate-keys.yaml');
    expect(ds).toHaveLength(1);
    expect(where(ds)).toEqual([[4, 1, 'duplicate key "manager": each key may appear once in a mapping']]);
  });

  it('anchors, aliases and merge keys', () => {
    expect(where(problems('anchors.yaml'))).toEqual([
      [3, 17, 'anchor "&scores" is not allowed: account files are plain data, remove it'],
      [5, 11, 'alias "*scores" is not allowed: account files are plain data, write the value out'],
    ]);
    expect(where(problems('merge-key.yaml'))).toEqual([[4, 3, 'merge key "<<" is not allowed: account files are plain data, write the keys out']]);
  });

  it('alias bombs are refused without expanding them, and the report is capped', () => {
    // Expansion would be exponential; the capped report shows the anchors were refused unexpanded.
    const ds = problems('alias-bomb.yaml');
    expect(ds).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(ds[0]!.message).toMatch(/^anchor "&a"/);
    expect(ds[MAX_DIAGNOSTICS_PER_FILE]!.message).toMatch(/^\.\.\. and \d+ more problems/);
  });

  it('a self-referencing alias', () => {
    const ds = problems('self-alias.yaml');
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.line === 3)).toBe(true);
  });

  it('__proto__ and constructor keys are unknown keys and pollute nothing', () => {
    expect(where(problems('proto.yaml'))).toEqual([
      [3, 1, 'unknown key "__proto__"'],
      [5, 1, 'unknown key "constructor"'],
    ].map(([l, c, m]) => [l, c, expect.stringContaining(m as string)]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('git merge-conflict markers', () => {
    expect(where(problems('conflict.yaml'))).toEqual([
      [3, 1, 'unresolved git merge conflict (a "<<<<<<<" marker); resolve the conflict and remove the markers'],
    ]);
  });

  it('explicit tags and a %YAML directive', () => {
    expect(where(problems('tags.yaml'))).toEqual([
      [3, 10, 'explicit tag "!!binary" is not allowed: account files are plain data, remove it'],
      [4, 11, 'explicit tag "!custom" is not allowed: account files are plain data, remove it'],
    ]);
    const ds = problems('yaml11.yaml');
    expect(ds.map((d) => [d.line, d.column])).toContainEqual([1, 1]);
    expect(ds.some((d) => /directive "%YAML" is not allowed/.test(d.message))).toBe(true);
  });

  it('ids, required keys and duplicate opportunity ids', () => {
    expect(where(problems('bad-id.yaml'))[0]!.slice(0, 2)).toEqual([1, 5]);
    expect(problems('bad-id.yaml')[0]!.message).toMatch(/not a valid id/);
    expect(where(problems('missing-name.yaml'))).toEqual([[1, 1, 'account is missing the required key "name"']]);
    expect(where(problems('dup-opportunity.yaml'))).toEqual([
      [5, 9, 'opportunity id "retrofit" is used twice in this account; opportunity ids must be unique within an account'],
    ]);
  });

  it('very deep nesting, in flow and block style', () => {
    const flow = `id: deep\nname: Deep\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(problems('deep-flow.yaml', Buffer.from(flow))[0]!.message).toMatch(/nesting deeper than 64 levels/);
    let block = 'id: deep\nname: Deep\nplan:\n';
    for (let i = 1; i < 1000; i++) block += `${' '.repeat(i)}k:\n`;
    expect(problems('deep-block.yaml', Buffer.from(block))[0]!.message).toMatch(/nesting deeper than 64 levels/);
  });

  it('tens of thousands of keys', () => {
    let text = 'id: wide\nname: Wide\n';
    for (let i = 0; i < 30000; i++) text += `key${i}: ${i}\n`;
    const ds = problems('wide.yaml', Buffer.from(text));
    expect(ds).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(where(ds)[0]).toEqual([3, 1, expect.stringContaining('unknown key "key0"')]);
  });

  it('files above the size cap', () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'a');
    expect(where(problems('big.yaml', big))).toEqual([[1, 1, expect.stringMatching(/above the 1 MiB limit/)]]);
  });
});

describe('loading good account files', () => {
  const good = (text: string) => loadAccountText('good.yaml', Buffer.from(text), { validators, config });

  it('accepts a minimal account', () => {
    expect(good('id: a\nname: A\n')).toEqual({ ok: true, file: 'good.yaml', account: { id: 'a', name: 'A' } });
  });

  it('reads YAML 1.2 core: yes/no and dates stay strings, true/false are answers', () => {
    const r = good('id: a\nname: A\nopportunities:\n  - id: o\n    close: 2027-03-31\n    questions: { real: yes, compete: no, win: true, worth: unsure }\n');
    expect(r.ok && r.account.opportunities).toEqual([
      { id: 'o', close: '2027-03-31', questions: { real: 'yes', compete: 'no', win: true, worth: 'unsure' } },
    ]);
  });

  it('accepts a leading BOM and CRLF line endings', () => {
    const r = good('\uFEFFid: bom\r\nname: "BOM & CRLF"\r\n');
    expect(r).toEqual({ ok: true, file: 'good.yaml', account: { id: 'bom', name: 'BOM & CRLF' } });
  });
});
