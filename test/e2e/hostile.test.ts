// Hostile files are checked by spawning the real binary: some parser failures
// kill a process instead of throwing, and a unit test would not see that.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir();
const accounts = join(dir.path, 'accounts');

beforeAll(() => {
  mkdirSync(accounts);
  for (const name of readdirSync(join(FIXTURES, 'bad'))) copyFileSync(join(FIXTURES, 'bad', name), join(accounts, name));
  // Generated here rather than committed: they are large.
  writeFileSync(join(accounts, 'deep-flow.yaml'), `id: deep\nname: Deep\ntags: ${'['.repeat(100000)}${']'.repeat(100000)}\n`);
  writeFileSync(join(accounts, 'huge.yaml'), `id: huge\nname: Huge\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
  let wide = 'id: wide\nname: Wide\n';
  for (let i = 0; i < 40000; i++) wide += `k${i}: ${i}\n`;
  writeFileSync(join(accounts, 'wide.yaml'), wide);
  // Two valid accounts, so we can see that bad files do not stop good ones.
  writeFileSync(join(accounts, 'good-one.yaml'), 'id: good-one\nname: Good One\nattractiveness: { size: 8 }\nstrength: { price: 6 }\n');
  writeFileSync(join(accounts, 'good-two.yaml'), 'id: good-two\nname: Good Two\n');
  // A symlink loop must neither hang nor duplicate.
  symlinkSync('..', join(accounts, 'loop'));
});
afterAll(() => dir.remove());

describe('kam on a folder of hostile files', () => {
  it('reports every bad file, scores the good ones, and exits 1 without crashing', async () => {
    const r = await runKam(['score', '--format', 'json', 'accounts'], { cwd: dir.path });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.accounts.map((a: { id: string }) => a.id)).toEqual(['good-one', 'good-two']);
    expect(out.accounts[0]).toMatchObject({ attractiveness: 8, strength: 6, quadrant: 'key' });
    const schemaProblems = out.diagnostics.filter((d: { rule: string }) => d.rule === 'schema');
    const badFiles = new Set(schemaProblems.map((d: { file: string }) => d.file));
    const expected = readdirSync(join(FIXTURES, 'bad')).concat(['deep-flow.yaml', 'huge.yaml', 'wide.yaml']).map((n) => join('accounts', n));
    expect([...badFiles].sort()).toEqual(expected.sort());
    for (const d of schemaProblems) {
      expect(d.severity).toBe('error');
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('validate prints file:line:col for each problem and no stack trace', async () => {
    const r = await runKam(['validate', '--no-color', 'accounts'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/accounts\/typos\.yaml\n\s+3:1\s+error\s+unknown key "stregth"; did you mean "strength"\?\s+schema/);
    expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(r.stdout).toMatch(/problems \(\d+ errors, 0 warnings\)/);
  });
});
