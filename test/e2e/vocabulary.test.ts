// `labels: mcdonald` renames the quadrants in every human format; JSON keeps the ids.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir();
beforeAll(() => {
  cpSync(join(EXAMPLES, 'accounts'), join(dir.path, 'accounts'), { recursive: true });
  writeFileSync(join(dir.path, 'kam.config.yaml'), 'as_of: 2026-11-22\nlabels: mcdonald\n');
});
afterAll(() => dir.remove());
const kam = (...args: string[]) => runKam(args, { cwd: dir.path });

describe('vocabularies', () => {
  it.each([
    [['score', 'accounts']],
    [['score', 'accounts', '--chart']],
    [['score', 'accounts', '--format', 'markdown']],
    [['score', 'accounts', '--format', 'html']],
    [['show', 'helix-automotive']],
  ])('kam %s speaks McDonald', async (args) => {
    const r = await kam(...args);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Strategic/);
    expect(r.stdout).toMatch(/Star/);
    if (args[0] !== 'show') expect(r.stdout).toMatch(/Streamline/);
    expect(r.stdout).not.toMatch(/Key development|Opportunistic/);
  });

  it('check messages use the vocabulary too', async () => {
    const r = await kam('check', 'accounts');
    expect(r.stdout).toMatch(/Star account with no customer satisfaction/);
  });

  it('JSON keeps the SPEC ids', async () => {
    const r = await kam('score', 'accounts', '--format', 'json');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out.portfolio.quadrants)).toEqual(['key', 'key-development', 'maintenance', 'opportunistic', 'unclassified']);
    expect(new Set(out.accounts.map((a: { quadrant: string }) => a.quadrant))).toEqual(new Set(['key', 'key-development', 'maintenance', 'opportunistic', 'unclassified']));
  });

  it('a custom vocabulary overrides single names', async () => {
    writeFileSync(join(dir.path, 'custom.yaml'), 'labels: { key: Crown jewels, opportunistic: Transactional }\n');
    const r = await kam('score', 'accounts', '--config', 'custom.yaml');
    expect(r.stdout).toMatch(/Crown jewels 4 · Key development 2 · Maintenance 3 · Transactional 3/);
  });
});
