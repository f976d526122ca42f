// `kam diff` on health: two git commits where only performance data changed,
// two directories with scores drifting inside their quadrant, and the
// perceived level, customer view and position. Expected values by hand from
// SPEC 8.1 (as of 2026-11-22, default limits).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamDiffJson, runKam, tempDir } from '../helpers/run-kam.js';

const repo = tempDir('kam-diff-health-');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.path, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const write = (file: string, text: string) => writeFileSync(join(repo.path, file), text);
const SCORES = 'attractiveness: { size: 8, growth_potential: 8 }\nstrength: { price: 8, service: 8 }\n';

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo.path, 'accounts'));
  write('kam.config.yaml', 'as_of: 2026-11-22\n');
  write('accounts/falling.yaml', `id: falling\nname: Falling\nposition: strong\n${SCORES}relationship: { perceived_level: partner, customer_view: interdependent }\n` +
    'performance:\n  sales: { target: 100, forecast: 90 }\n  satisfaction:\n    - { date: 2026-01-10, score: 9 }\n');
  write('accounts/calm.yaml', `id: calm\nname: Calm\n${SCORES}performance:\n  sales: { target: 100, achieved: 95 }\n` +
    '  alerts:\n    - { date: 2026-06-01, symptom: new buyer, severity: medium }\n');
  write('accounts/same.yaml', `id: same\nname: Same\n${SCORES}performance:\n  satisfaction: [{ date: 2026-03-01, score: 8 }]\n`);
  git('add', '.');
  git('commit', '-qm', 'q3');
  // Next quarter: only performance data changes.
  write('accounts/falling.yaml', `id: falling\nname: Falling\nposition: strong\n${SCORES}relationship: { perceived_level: partner, customer_view: interdependent }\n` +
    'performance:\n  sales: { target: 100, forecast: 10 }\n  satisfaction:\n    - { date: 2026-01-10, score: 9 }\n    - { date: 2026-09-01, score: 1 }\n' +
    '  alerts:\n    - { date: 2026-10-01, symptom: considering a second source, severity: high }\n');
  write('accounts/calm.yaml', `id: calm\nname: Calm\n${SCORES}performance:\n  sales: { target: 100, achieved: 95 }\n` +
    '  alerts:\n    - { date: 2026-06-01, symptom: new buyer, severity: medium, resolved: 2026-11-01 }\n');
  git('add', '-A');
  git('commit', '-qm', 'q4');
});
afterAll(() => repo.remove());

const diff = (...args: string[]) => kamDiffJson(repo.path, ...args);

describe('kam diff between two commits where only performance data changed', () => {
  it('reports the health changes, and nothing else', async () => {
    const d = await diff('HEAD~1', 'HEAD');
    expect(d.quadrantMoves).toEqual([]);
    expect(d.drifts).toEqual([]);
    expect(d.healthChanges).toEqual([
      {
        // calm: the medium alert (watch) is resolved on 2026-11-01; 95/100 = 0.95 and a target make it healthy
        id: 'calm', name: 'Calm', from: 'watch', to: 'healthy',
        changes: [
          { kind: 'status', from: 'watch', to: 'healthy' },
          { kind: 'alert-resolved', date: '2026-06-01', symptom: 'new buyer', severity: 'medium' },
        ],
        reasons: [],
      },
      {
        // falling: satisfaction 9 → 1 (≤ 3, and 8 points down), forecast 90/100 → 10/100, a new high alert
        id: 'falling', name: 'Falling', from: 'healthy', to: 'at-risk',
        changes: [
          { kind: 'status', from: 'healthy', to: 'at-risk' },
          { kind: 'satisfaction', from: 9, to: 1 },
          { kind: 'sales-attainment', from: 0.9, to: 0.1 },
          { kind: 'alert-new', date: '2026-10-01', symptom: 'considering a second source', severity: 'high' },
        ],
        reasons: [
          'satisfaction 1/10 on 2026-09-01 (3 or less)',
          'satisfaction fell from 9 to 1 (−8) between 2026-01-10 and 2026-09-01',
          'open high alert since 2026-10-01: considering a second source',
          'sales forecast at 10.0 % of target (10 of 100; below 75.0 %)',
        ],
      },
    ]);
  });

  it('says so in the terminal and in Markdown instead of "Nothing moved"', async () => {
    const r = await runKam(['diff', 'HEAD~1', 'HEAD', '--no-color'], { cwd: repo.path });
    expect(r.stdout).not.toContain('Nothing moved');
    expect(r.stdout).toContain('  Falling: ✓ healthy → ✗ at risk\n      satisfaction 9 → 1\n      sales attainment 90.0 % → 10.0 %\n      new high alert since 2026-10-01: considering a second source');
    expect(r.stdout).toContain('  Calm: ! watch → ✓ healthy\n      alert resolved: new buyer (medium, since 2026-06-01)');
    const md = await runKam(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown'], { cwd: repo.path });
    expect(md.stdout).toContain('- Falling: ✓ healthy → **✗ at risk**; satisfaction 9 → 1; sales attainment 90.0 % → 10.0 %; new high alert since 2026-10-01: considering a second source');
  });

  it('"Nothing moved" when nothing did', async () => {
    const r = await runKam(['diff', 'HEAD', 'HEAD', '--no-color'], { cwd: repo.path });
    expect(r.stdout).toBe('Changes from HEAD to HEAD\nNothing moved.\n');
  });
});

describe('kam diff between two directories', () => {
  it('reports a drift of exactly 0.5 inside the quadrant with its driver; 0.47 is not reported', async () => {
    const a = join(repo.path, 'dir-a');
    const b = join(repo.path, 'dir-b');
    mkdirSync(a);
    mkdirSync(b);
    // drifter: attractiveness (8 + 8) / 2 = 8 → (7 + 8) / 2 = 7.5, still key; size's part 7/2 − 8/2 = −0.5
    writeFileSync(join(a, 'drifter.yaml'), `id: drifter\nname: Drifter\n${SCORES}`);
    writeFileSync(join(b, 'drifter.yaml'), 'id: drifter\nname: Drifter\nattractiveness: { size: 7, growth_potential: 8 }\nstrength: { price: 8, service: 8 }\n');
    // nudged: (8 + 8 + 8) / 3 = 8 → (8 + 8 + 6.6) / 3 = 7.53, a drift of 0.47
    writeFileSync(join(a, 'nudged.yaml'), 'id: nudged\nname: Nudged\nattractiveness: { size: 8, growth_potential: 8, market_standing: 8 }\nstrength: { price: 8, service: 8 }\n');
    writeFileSync(join(b, 'nudged.yaml'), 'id: nudged\nname: Nudged\nattractiveness: { size: 8, growth_potential: 8, market_standing: 6.6 }\nstrength: { price: 8, service: 8 }\n');
    const d = await diff('dir-a', 'dir-b');
    expect(d.quadrantMoves).toEqual([]);
    expect(d.drifts).toEqual([{
      id: 'drifter', name: 'Drifter', quadrant: 'key', attractiveness: { from: 8, to: 7.5 }, strength: null,
      drivers: [{ axis: 'attractiveness', factor: 'size', from: 8, to: 7, contribution: -0.5 }],
    }]);
    const text = await runKam(['diff', 'dir-a', 'dir-b', '--no-color'], { cwd: repo.path });
    expect(text.stdout).toContain('Score drifts within a quadrant (0.5 or more)\n  Drifter (Key): A 8.00 → 7.50\n      A -0.50  size 8 → 7');
  });

  it('reports the perceived level, the customer view and our position', async () => {
    const a = join(repo.path, 'dir-c');
    const b = join(repo.path, 'dir-d');
    cpSync(join(repo.path, 'accounts'), a, { recursive: true });
    cpSync(join(repo.path, 'accounts'), b, { recursive: true });
    writeFileSync(join(b, 'falling.yaml'), `id: falling\nname: Falling\nposition: limited\n${SCORES}relationship: { perceived_level: commodity, customer_view: basic }\n` +
      'performance:\n  sales: { target: 100, forecast: 10 }\n  satisfaction:\n    - { date: 2026-01-10, score: 9 }\n    - { date: 2026-09-01, score: 1 }\n' +
      '  alerts:\n    - { date: 2026-10-01, symptom: considering a second source, severity: high }\n');
    const d = await diff('dir-c', 'dir-d');
    expect(d.healthChanges).toHaveLength(1);
    expect(d.healthChanges[0]).toMatchObject({
      id: 'falling', from: 'at-risk', to: 'at-risk',
      changes: [
        { kind: 'position', from: 'strong', to: 'limited' },
        { kind: 'perceived-level', from: 'partner', to: 'commodity' },
        { kind: 'customer-view', from: 'interdependent', to: 'basic' },
      ],
    });
  });

  it('from a saved kam score JSON: the status change only (the figures are not in it)', async () => {
    // the working tree is HEAD: its score output is the q4 snapshot
    const saved = await runKam(['score', 'accounts', '--format', 'json'], { cwd: repo.path });
    writeFileSync(join(repo.path, 'q4.json'), saved.stdout);
    const d = await diff('HEAD~1', 'q4.json');
    expect(d.healthChanges.map((h: { id: string; changes: { kind: string }[] }) => [h.id, h.changes.map((c) => c.kind)]))
      .toEqual([['calm', ['status']], ['falling', ['status']]]);
    // the reasons travel in the JSON: falling's are the four signals of the q4 commit
    expect(d.healthChanges[1].reasons).toEqual([
      'satisfaction 1/10 on 2026-09-01 (3 or less)',
      'satisfaction fell from 9 to 1 (−8) between 2026-01-10 and 2026-09-01',
      'open high alert since 2026-10-01: considering a second source',
      'sales forecast at 10.0 % of target (10 of 100; below 75.0 %)',
    ]);
  });
});
