/**
 * SPEC 1: which files are account files. Directories are walked
 * recursively in a stable order; symlinks are followed once (by real path),
 * so loops cannot hang and a file reached twice is read once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONFIG_NAMES = ['kam.config.yaml', 'kam.config.yml'];

export interface Discovery {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules' || CONFIG_NAMES.includes(name);

/** Paths stay as given (relative to `cwd`) so messages show what the user typed. */
export function discoverAccountFiles(paths: readonly string[], cwd: string): Discovery {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();

  const visit = (path: string, explicit: boolean) => {
    let stat;
    let real: string;
    try {
      stat = statSync(resolve(cwd, path));
      real = realpathSync(resolve(cwd, path));
    } catch {
      if (explicit) missing.push(path);
      return; // a dangling symlink inside a tree is not an account file
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(resolve(cwd, path));
      } catch {
        return;
      }
      for (const name of entries.sort()) {
        if (skipped(name)) continue;
        const child = join(path, name);
        if (isYaml(name)) visit(child, false);
        else {
          try {
            if (statSync(resolve(cwd, child)).isDirectory()) visit(child, false);
          } catch {
            /* dangling link */
          }
        }
      }
    } else if (stat.isFile() && (explicit || isYaml(path))) {
      files.push(path);
    }
  };

  for (const p of paths) visit(p, true);
  // Sorted by path as SPEC 1 asks; a stable order whatever order paths came in.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, missing };
}
