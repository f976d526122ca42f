// `kam validate -` / `kam check -` (one account piped in) and `--format jsonl`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runKam } from '../helpers/run-kam.js';

const BAD = 'id: x\nname: X\nrevenue: { curent: 1 }\n';

describe('standard input', () => {
  it('kam validate - reads one account and names it <stdin>, or what --stdin-filename says', async () => {
    const plain = await runKam(['validate', '-', '--format', 'json'], { input: BAD });
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).diagnostics).toEqual([
      expect.objectContaining({ file: '<stdin>', line: 3, column: 12, severity: 'error', rule: 'schema', message: 'unknown key "curent" in revenue; did you mean "current"?', account: 'x' }),
    ]);
    const named = await runKam(['validate', '-', '--stdin-filename', 'accounts/x.yaml'], { input: BAD });
    expect(named.stdout).toContain('accounts/x.yaml\n  3:12  error');
    const good = await runKam(['validate', '-'], { input: 'id: x\nname: X\n' });
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('1 file checked: no problems');
  });

  it('kam check - runs the account rules with the config found beside --stdin-filename', async () => {
    const text = readFileSync(join(EXAMPLES, 'accounts', 'nordlys-energy.yaml'), 'utf8');
    const r = await runKam(['check', '-', '--stdin-filename', 'examples/accounts/nordlys-energy.yaml', '--format', 'json'], { input: text });
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe('2026-11-22'); // as_of of examples/kam.config.yaml: the config was found
    const rules = out.diagnostics.map((d: { rule: string }) => d.rule);
    // From the whole-portfolio run, nordlys has the account rules positioning-mismatch, price-buyer
    // (key, seen as a product provider: SPEC 8.2), bow-tie (co-operative, its one contact held by
    // nobody) and pursuit-without-go; manager-load is a portfolio rule and needs the portfolio.
    expect(rules).toEqual(['positioning-mismatch', 'price-buyer', 'bow-tie', 'pursuit-without-go']);
    expect(out.diagnostics.every((d: { file: string }) => d.file === 'examples/accounts/nordlys-energy.yaml')).toBe(true);
    expect(out.portfolio.accounts).toBe(1);
  });

  it('- goes alone; --stdin-filename needs -', async () => {
    const both = await runKam(['check', '-', 'examples/accounts'], { input: BAD });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give no other paths with it');
    const name = await runKam(['check', 'examples/accounts', '--stdin-filename', 'x.yaml']);
    expect(name.code).toBe(2);
    expect(name.stderr).toContain('give - as the path');
  });
});

describe('--format jsonl', () => {
  it('kam score: one account per line, the objects of the JSON output', async () => {
    const [lines, json] = await Promise.all([
      runKam(['score', 'examples/accounts', '--format', 'jsonl']),
      runKam(['score', 'examples/accounts', '--format', 'json']),
    ]);
    expect(lines.code).toBe(0);
    expect(lines.stdout.endsWith('\n')).toBe(true);
    const rows = lines.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => JSON.parse(r))).toEqual(JSON.parse(json.stdout).accounts);
    expect(JSON.parse(rows[0]!)).toMatchObject({ id: 'acme-industrial', attractiveness: 7.64, strength: 7.64, quadrant: 'key' });
  });

  it('kam check: one finding per line; filters apply', async () => {
    const [lines, json] = await Promise.all([
      runKam(['check', 'examples/accounts', '--format', 'jsonl', '--tag', 'emea']),
      runKam(['check', 'examples/accounts', '--format', 'json', '--tag', 'emea']),
    ]);
    const rows = lines.stdout.trimEnd().split('\n').map((r) => JSON.parse(r));
    expect(rows).toEqual(JSON.parse(json.stdout).diagnostics);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((d: { account?: string }) => d.account === 'acme-industrial')).toBe(true);
    expect(rows.every((d: { account?: string }) => d.account === undefined || ['acme-industrial', 'meridian-pharma'].includes(d.account))).toBe(true);
  });
});
