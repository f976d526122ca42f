// kam diff and --baseline on hostile snapshots: malformed kam score JSON, huge
// blobs in git history, symlinked account files, paths outside the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/run-kam.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=k@example.com', '-c', 'user.name=kam', ...args], { cwd: s.path, stdio: 'pipe' });

describe('malformed kam score JSON given to kam diff', () => {
  // Each: the file's content, and the clear message it must give (exit 2).
  const cases: [string, string][] = [
    ['null', 'snap.json is not a JSON output of kam score (no "accounts" list)'],
    ['[null]', 'snap.json is not a JSON output of kam score (no "accounts" list)'],
    ['{"accounts": [null]}', 'snap.json: accounts[0]: expected an object'],
    ['{"accounts": [{"id": "a", "quadrant": "best"}]}', 'snap.json: accounts[0].quadrant: expected null or one of key, key-development, maintenance, opportunistic, unclassified'],
    ['{"accounts": [{"id": "a", "attractiveness": "7"}]}', 'snap.json: accounts[0].attractiveness: expected a number from 0 to 10, or null'],
    ['{"accounts": [{"id": "a", "strength": 1e999}]}', 'snap.json: accounts[0].strength: expected a number from 0 to 10, or null'],
    ['{"accounts": [{"id": 7}]}', 'snap.json: accounts[0].id: expected a non-empty string'],
    ['{"accounts": [{"id": "a", "relationship": "close"}]}', 'snap.json: accounts[0].relationship: expected an object'],
    ['{"accounts": [{"id": "a", "relationship": {"stage": 3}}]}', 'snap.json: accounts[0].relationship.stage: expected null or one of exploratory'],
    ['{"accounts": [{"id": "a", "opportunities": [{"id": "o"}]}]}', 'snap.json: accounts[0].opportunities[0].decision: expected go, qualify, no-go'],
    ['{"accounts": [{"id": "a", "opportunities": {}}]}', 'snap.json: accounts[0].opportunities: expected a list'],
    ['{"accounts": ', 'snap.json is not a JSON output of kam score (Unexpected end of JSON input)'],
  ];
  for (const [json, message] of cases) {
    it(`${json} → exit 2: ${message}`, async () => {
      writeFileSync(s.file('snap.json'), json);
      const r = await s.kam('diff', 'snap.json', '--in', 'accounts');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`kam: ${message}`);
      expectClean(r);
    });
  }

  it('a real kam score JSON still works', async () => {
    const score = await s.kam('score', 'accounts', '--format', 'json');
    writeFileSync(s.file('snap.json'), score.stdout);
    const r = await s.kam('diff', 'snap.json', '--in', 'accounts', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: [], removed: [], quadrantMoves: [] });
  });
});

describe('git history', () => {
  it('a symlinked account file is the same account at every revision, not "added"; huge blobs are never read', async () => {
    mkdirSync(s.file('shared'));
    writeFileSync(s.file('shared/beta.yaml'), 'id: beta\nname: Beta\nattractiveness: { size: 8 }\nstrength: { price: 7 }\n');
    symlinkSync('../shared/beta.yaml', s.file('accounts/beta.yaml'));
    // Two links to one file: read once, as in the working tree.
    symlinkSync('beta.yaml', s.file('accounts/also-beta.yaml'));
    // 40 MB of one byte: compresses to almost nothing in git, far above the 1 MiB limit.
    writeFileSync(s.file('accounts/huge.yaml'), Buffer.alloc(40 * 1024 * 1024, 0x61));
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const r = await s.kam('diff', 'HEAD', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: [], removed: [], quadrantMoves: [] });
    const check = await s.kam('check', 'accounts', '--baseline', 'HEAD', '--format', 'json');
    const moves = JSON.parse(check.stdout).moves;
    expect(moves).toMatchObject({ added: [], removed: [] });
    // The link's target moves: the diff sees a move, still not an addition.
    writeFileSync(s.file('shared/beta.yaml'), 'id: beta\nname: Beta\nattractiveness: { size: 2 }\nstrength: { price: 7 }\n');
    const moved = JSON.parse((await s.kam('diff', 'HEAD', '--format', 'json')).stdout);
    expect(moved.added).toEqual([]);
    expect(moved.quadrantMoves.map((m: { id: string; from: { quadrant: string }; to: { quadrant: string } }) => [m.id, m.from.quadrant, m.to.quadrant])).toEqual([['beta', 'key', 'maintenance']]);
    expect(readFileSync(s.file('accounts/beta.yaml'), 'utf8')).toContain('size: 2');
  });

  it('a config above the size limit at a revision is a config error, not an out-of-memory', async () => {
    writeFileSync(s.file('kam.config.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    git('commit', '-qam', 'huge config');
    git('checkout', '-q', 'HEAD~1', '--', 'kam.config.yaml');
    const r = await s.kam('diff', 'HEAD', '--in', 'accounts');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('HEAD:kam.config.yaml:1:1: file is 2.0 MiB, above the 1 MiB limit for config files');
  });

  it('--in outside the repository is a clear error', async () => {
    const outside = tempDir();
    const r = await s.kam('diff', 'HEAD', '--in', outside.path);
    outside.remove();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kam: cannot list ${outside.path} at HEAD: --in paths must be inside this repository\n`);
  });
});
