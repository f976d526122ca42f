// `kam diff` between two commits of a real git repository built here, and
// between two directories; factor attribution checked against hand values.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamDiffJson, runKam, tempDir } from '../helpers/run-kam.js';

const repo = tempDir('kam-diff-');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.path, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const write = (file: string, text: string) => writeFileSync(join(repo.path, file), text);

beforeAll(() => {
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo.path, 'accounts'));
  // size weighs 3, growth 1: the config's weights drive the attribution.
  write('kam.config.yaml', 'factors:\n  attractiveness: { size: 3, growth_potential: 1 }\n  strength: { price: 1, service: 1 }\n');
  write('accounts/mover.yaml', 'id: mover\nname: Mover\nattractiveness: { size: 6, growth_potential: 6 }\nstrength: { price: 6, service: 4 }\n');
  write('accounts/shrinker.yaml', 'id: shrinker\nname: Shrinker\nattractiveness: { size: 4, growth_potential: 8 }\nstrength: { price: 8, service: 8 }\n' +
    'positioning: { spend: 6, significance: 6 }\nrelationship: { stage: basic, customer_view: basic }\n' +
    'opportunities:\n  - { id: deal, questions: { real: yes, compete: yes, win: yes, worth: yes } }\n');
  write('accounts/leaver.yaml', 'id: leaver\nname: Leaver\n');
  git('add', '.');
  git('commit', '-qm', 'q3');
  // next quarter
  write('accounts/mover.yaml', 'id: mover\nname: Mover\nattractiveness: { size: 6, growth_potential: 6 }\nstrength: { price: 4, service: 4 }\n');
  write('accounts/shrinker.yaml', 'id: shrinker\nname: Shrinker\nattractiveness: { size: 3, growth_potential: 8 }\nstrength: { price: 8, service: 8 }\n' +
    'positioning: { spend: 6, significance: 4 }\nrelationship: { stage: co-operative, customer_view: basic }\n' +
    'opportunities:\n  - { id: deal, questions: { real: yes, compete: yes, win: no, worth: yes } }\n');
  rmSync(join(repo.path, 'accounts/leaver.yaml'));
  write('accounts/joiner.yaml', 'id: joiner\nname: Joiner\nattractiveness: { size: 9 }\nstrength: { price: 9 }\n');
  git('add', '-A');
  git('commit', '-qm', 'q4');
  // an uncommitted edit in the working tree
  write('accounts/joiner.yaml', 'id: joiner\nname: Joiner\nattractiveness: { size: 2 }\nstrength: { price: 9 }\n');
});
afterAll(() => repo.remove());

const diff = (...args: string[]) => kamDiffJson(repo.path, ...args);

describe('kam diff between two commits', () => {
  it('lists additions, removals, moves, and the factors that drove them', async () => {
    const d = await diff('HEAD~1', 'HEAD');
    expect(d.added).toEqual([{ id: 'joiner', name: 'Joiner', quadrant: 'key' }]);
    expect(d.removed).toEqual([{ id: 'leaver', name: 'Leaver', quadrant: 'unclassified' }]);
    expect(d.quadrantMoves).toEqual([
      {
        // strength (6 + 4) / 2 = 5 → (4 + 4) / 2 = 4; price's part: 4/2 − 6/2 = −1
        id: 'mover', name: 'Mover',
        from: { quadrant: 'key', attractiveness: 6, strength: 5 },
        to: { quadrant: 'key-development', attractiveness: 6, strength: 4 },
        drivers: [{ axis: 'strength', factor: 'price', from: 6, to: 4, contribution: -1 }],
      },
      {
        // attractiveness (3·4 + 8) / 4 = 5 → (3·3 + 8) / 4 = 4.25; size's part: 3·3/4 − 3·4/4 = −0.75
        id: 'shrinker', name: 'Shrinker',
        from: { quadrant: 'key', attractiveness: 5, strength: 8 },
        to: { quadrant: 'maintenance', attractiveness: 4.25, strength: 8 },
        drivers: [{ axis: 'attractiveness', factor: 'size', from: 4, to: 3, contribution: -0.75 }],
      },
    ]);
    expect(d.positioningMoves).toEqual([{ id: 'shrinker', name: 'Shrinker', from: 'strategic-partner', to: 'tactical-profit' }]);
    expect(d.stageChanges).toEqual([{ id: 'shrinker', name: 'Shrinker', from: { stage: 'basic', customerView: 'basic' }, to: { stage: 'co-operative', customerView: 'basic' } }]);
    expect(d.decisionChanges).toEqual([{ id: 'shrinker', name: 'Shrinker', opportunity: 'deal', from: 'go', to: 'no-go' }]);
  });

  it('compares with the working tree by default, without touching it', async () => {
    const d = await diff('HEAD');
    // joiner's size 9 → 2 in the working tree: attractiveness 9 → 2, part −7
    expect(d.quadrantMoves).toEqual([expect.objectContaining({ id: 'joiner', drivers: [{ axis: 'attractiveness', factor: 'size', from: 9, to: 2, contribution: -7 }] })]);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.path }).toString()).toBe(' M accounts/joiner.yaml\n');
  });

  it('explains the moves as a pull-request comment', async () => {
    const r = await runKam(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown'], { cwd: repo.path });
    expect(r.stdout).toContain('| Mover | Key → **Key development** | 6.00 → 6.00 | 5.00 → 4.00 | price 6 → 4 (S -1.00) |');
    expect(r.stdout).toContain('- Joiner (Key)');
  });

  it('says when a revision does not exist', async () => {
    const r = await runKam(['diff', 'no-such-rev'], { cwd: repo.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"no-such-rev" is not a directory, a kam score JSON file, or a git revision/);
  });
});

describe('kam diff between directories and JSON snapshots', () => {
  it('gives the same moves from two folders and from a saved kam score', async () => {
    const before = join(repo.path, 'before');
    git('worktree', 'add', '-q', before, 'HEAD~1');
    const fromDirs = await diff(join(before, 'accounts'), 'accounts');
    expect(fromDirs.quadrantMoves.map((m: { id: string }) => m.id)).toEqual(['mover', 'shrinker']);
    const saved = await runKam(['score', join(before, 'accounts'), '--format', 'json'], { cwd: repo.path });
    writeFileSync(join(repo.path, 'q3.json'), saved.stdout);
    const fromJson = await diff('q3.json', 'HEAD');
    expect(fromJson.quadrantMoves.map((m: { id: string; to: { quadrant: string } }) => [m.id, m.to.quadrant])).toEqual([['mover', 'key-development'], ['shrinker', 'maintenance']]);
    // a JSON snapshot has scores but no factors: moves without drivers
    expect(fromJson.quadrantMoves[0].drivers).toEqual([]);
  });
});

describe('kam check --baseline', () => {
  it('adds the moves since the baseline to the summary', async () => {
    const r = await runKam(['check', '--baseline', 'HEAD~1', '--no-color'], { cwd: repo.path });
    expect(r.stdout).toMatch(/Changes from HEAD~1 to working tree/);
    expect(r.stdout).toMatch(/Mover: Key → Key development/);
    const md = await runKam(['check', '--baseline', 'HEAD~1', '--format', 'markdown'], { cwd: repo.path });
    expect(md.stdout).toContain('### Account plans: changes from HEAD\\~1 to this change');
    const json = JSON.parse((await runKam(['check', '--baseline', 'HEAD~1', '--format', 'json'], { cwd: repo.path })).stdout);
    expect(json.moves.base).toBe('HEAD~1');
    expect(json.moves.quadrantMoves.map((m: { id: string }) => m.id)).toEqual(['mover', 'shrinker']);
  });
});
