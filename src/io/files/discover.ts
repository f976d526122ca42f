/**
 * SPEC 1: which files are account files. Directories are walked
 * recursively in a stable order; symlinks are followed once (by real path),
 * so loops cannot hang and a file reached twice is read once.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export const CONFIG_NAMES = ['kam.config.yaml', 'kam.config.yml'];

export interface Discovery {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Folders that could not be listed: an error, never a silently smaller portfolio. */
  unreadable: { path: string; code: string }[];
  /** Files named on the command line that are not regular files (a pipe, a device): the reader refuses them. */
  special: Set<string>;
}

const isYaml = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules' || CONFIG_NAMES.includes(name);

/**
 * join(dir, name) for the names a folder listing gives (never "", "." or "..",
 * never a separator): the folder is normalised once, not once per file.
 */
function childOf(dir: string): (name: string) => string {
  const base = join(dir);
  if (base === '.' || base === `.${sep}`) return (name) => name;
  const prefix = base.endsWith(sep) ? base : base + sep;
  return (name) => prefix + name;
}

/** Paths stay as given (relative to `cwd`) so messages show what the user typed. */
export function discoverAccountFiles(paths: readonly string[], cwd: string): Discovery {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: Discovery['unreadable'] = [];
  const special = new Set<string>();
  const seen = new Set<string>();
  const real = (path: string) => realpathSync.native(resolve(cwd, path));

  const addFile = (path: string, realPath: string) => {
    if (seen.has(realPath)) return;
    seen.add(realPath);
    files.push(path);
  };

  const walk = (dir: string, realDir: string) => {
    if (seen.has(realDir)) return;
    seen.add(realDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: dir, code: (e as NodeJS.ErrnoException).code ?? 'error' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inDir = childOf(dir);
    const inRealDir = childOf(realDir);
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = inDir(entry.name);
      // Plain files and folders need no extra system call; only links are resolved.
      if (entry.isFile()) {
        if (isYaml(entry.name)) addFile(path, inRealDir(entry.name));
      } else if (entry.isDirectory()) {
        walk(path, inRealDir(entry.name));
      } else if (entry.isSymbolicLink()) {
        try {
          const target = real(path);
          const stat = statSync(target);
          if (stat.isDirectory()) walk(path, target);
          else if (stat.isFile() && isYaml(entry.name)) addFile(path, target);
        } catch {
          /* a dangling link is not an account file */
        }
      }
    }
  };

  for (const p of paths) {
    try {
      const target = real(p);
      const stat = statSync(target);
      if (stat.isDirectory()) walk(p, target);
      else {
        addFile(p, target); // a file named explicitly is read whatever its extension
        if (!stat.isFile()) special.add(p);
      }
    } catch {
      missing.push(p);
    }
  }
  // Sorted by path as SPEC 1 asks; a stable order whatever order paths came in.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, missing, unreadable, special };
}
