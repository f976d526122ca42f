/**
 * A git repository with dated commits and quarterly tags, for kam history and
 * freshness: a move, an id change in place, a file invalid at one snapshot,
 * a new account, a file unchanged for two years. No config: every factor
 * weighs 1, high from 5; one factor per axis, so each axis is that score.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './run-kam.js';

export const account = (id: string, a: number, s: number, revenue = 0) =>
  `# the plan of ${id}\nid: ${id}\nname: ${id.toUpperCase()}\nrevenue: { current: ${revenue} }\nattractiveness:\n  size: ${a}\nstrength:\n  price: ${s}\n`;

export function historyRepo(): { path: string; sha: Record<string, string>; write(file: string, text: string): void; remove(): void } {
  const repo = tempDir('kam-history-');
  const sha: Record<string, string> = {};
  const write = (file: string, text: string) => {
    mkdirSync(join(repo.path, file, '..'), { recursive: true });
    writeFileSync(join(repo.path, file), text);
  };
  const commit = (message: string, date: string, tag?: string) => {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.path, env }).toString().trim();
    git('add', '-A');
    git('commit', '-qm', message);
    sha[message] = git('rev-parse', 'HEAD');
    if (tag) git('tag', tag);
  };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo.path });
  write('accounts/frozen.yaml', account('frozen', 7, 7, 1000));
  commit('frozen', '2024-01-15');
  write('accounts/alpha.yaml', account('alpha', 8, 7, 500));
  write('accounts/beta.yaml', account('beta', 3, 3));
  write('accounts/gamma.yaml', account('gamma', 6, 4));
  commit('q1', '2025-03-31', 'v2025-q1');
  // Q2: alpha moves (its own commit, so git sees a rename), then its price drops;
  // beta's id changes in place; gamma breaks (11 is out of range).
  mkdirSync(join(repo.path, 'accounts/emea'));
  renameSync(join(repo.path, 'accounts/alpha.yaml'), join(repo.path, 'accounts/emea/alpha.yaml'));
  commit('move', '2025-05-02');
  write('accounts/emea/alpha.yaml', account('alpha', 8, 4, 500));
  write('accounts/beta.yaml', account('beta-group', 3, 3));
  write('accounts/gamma.yaml', account('gamma', 11, 4));
  commit('q2', '2025-06-30', 'v2025-q2');
  // Q3: gamma repaired and now key; delta appears.
  write('accounts/gamma.yaml', account('gamma', 6, 6));
  write('accounts/delta.yaml', account('delta', 2, 8));
  commit('q3', '2025-09-30', 'v2025-q3');
  rmSync(join(repo.path, 'accounts/delta.yaml'));
  commit('after', '2025-10-15');
  return { path: repo.path, sha, write, remove: repo.remove };
}
