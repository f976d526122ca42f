/**
 * Where CI systems expect file paths to start: the root of the git work
 * tree. Code scanning and GitLab resolve a finding's path against the
 * repository, so `kam check $PWD/accounts` or a run from a subfolder must
 * still name `accounts/acme.yaml`, never an absolute path of the runner.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The nearest folder at or above `dir` holding `.git` (a folder, or a file in worktrees and submodules). */
export function findRepoRoot(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * `file` (as given, relative to `cwd`) relative to the repository root, or
 * to `cwd` outside a repository, with forward slashes. A file outside both
 * keeps its absolute path: there is nothing it could be relative to.
 */
export function ciPath(file: string, cwd: string, root: string | undefined): string {
  const absolute = resolve(cwd, file);
  const base = root ?? resolve(cwd);
  const inside = relative(base, absolute);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return absolute.split(sep).join('/');
  return inside.split(sep).join('/');
}
