/**
 * Freshness of every factor score from git history, in one `git log` pass
 * over the account folders (not one per file), following renames; each
 * distinct blob is read and parsed once. A file not in git has no freshness.
 */
import { relative, resolve, sep } from 'node:path';
import { factorFreshness, type Freshness, type Version } from '../../core/freshness.js';
import type { Account } from '../../core/types.js';
import { git, readBlobs } from './git.js';
import { MAX_FILE_BYTES } from '../files/source-text.js';

const AXES = ['attractiveness', 'strength'] as const;

/** "attractiveness.size" → score, for the factor maps of an account. */
export function factorScores(account: Pick<Account, 'attractiveness' | 'strength'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const axis of AXES) {
    for (const [factor, value] of Object.entries(account[axis] ?? {})) if (typeof value === 'number') out[`${axis}.${factor}`] = value;
  }
  return out;
}

interface Commit {
  sha: string;
  date: string;
  /** [status, path at this commit, path before it (renames), blob id at this commit] */
  changes: [string, string, string | undefined, string][];
}

/** `git log -z --raw` with a \x01 before each commit: sha \x02 date \0 \n :meta status \0 path \0 [path \0] … */
export function parseRawLog(raw: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of raw.split('\u0001')) {
    if (!record) continue;
    const tokens = record.split('\0');
    const [sha, date] = tokens[0]!.split('\u0002');
    const changes: Commit['changes'] = [];
    for (let i = 1; i < tokens.length; i++) {
      const meta = tokens[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      const fields = meta.split(' ');
      const status = fields[4]!;
      const blob = fields[3]!;
      if (/^[RC]/.test(status)) {
        changes.push([status, tokens[i + 2]!, tokens[i + 1]!, blob]);
        i += 2;
      } else {
        changes.push([status, tokens[i + 1]!, undefined, blob]);
        i += 1;
      }
    }
    commits.push({ sha: sha!, date: date!.slice(0, 10), changes });
  }
  return commits;
}

export interface FreshnessIndex {
  /** The committed versions of each account file (relative to cwd), newest first; absent when the file is not in git. */
  versions: Map<string, Version[]>;
  /** How many distinct blobs were parsed. */
  blobsParsed: number;
}

/**
 * The committed history of every YAML file under `paths` at HEAD: one
 * `git log` over the folders (first parent, renames followed), then each
 * distinct blob read once and turned into factor scores by `scoresOf`;
 * with `only` (files relative to cwd), just those files' versions.
 */
export function readFreshnessIndex(
  cwd: string, paths: readonly string[], scoresOf: (bytes: Buffer) => Record<string, number> | undefined, only?: ReadonlySet<string>,
): FreshnessIndex {
  const versions = new Map<string, Version[]>();
  let root: string;
  try {
    root = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
    git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    return { versions, blobsParsed: 0 }; // not a repository, or one without commits: no freshness
  }
  const inRepo = (p: string) => relative(root, resolve(cwd, p)).split(sep).join('/');
  const pathspecs = paths.map(inRepo).map((p) => (p === '' ? '.' : p));
  let listing: string;
  let raw: string;
  try {
    listing = git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', ...pathspecs]).toString();
    raw = git(root, ['log', '-z', '--first-parent', '-m', '--format=%x01%H%x02%cI', '--raw', '--no-abbrev', '-M', 'HEAD', '--', ...pathspecs]).toString();
  } catch {
    return { versions, blobsParsed: 0 }; // paths outside the repository
  }

  // Walk newest to oldest, following each file at HEAD back through its renames.
  const tracked = new Map<string, string>(); // path at the commit being read → file (relative to cwd)
  for (const path of listing.split('\0')) {
    const file = relative(cwd, resolve(root, path));
    if (/\.ya?ml$/.test(path) && (!only || only.has(file))) tracked.set(path, file);
  }
  const found = new Map<string, { commit: string; date: string; blob: string }[]>();
  for (const commit of parseRawLog(raw)) {
    for (const [status, path, from, blob] of commit.changes) {
      const file = tracked.get(path);
      if (file === undefined || status === 'D') continue;
      (found.get(file) ?? found.set(file, []).get(file)!).push({ commit: commit.sha, date: commit.date, blob });
      tracked.delete(path);
      if (from !== undefined && status.startsWith('R')) tracked.set(from, file);
      else if (!status.startsWith('A')) tracked.set(path, file);
    }
  }

  // Each distinct blob read and parsed once; a blob above the account-file limit is never read.
  const blobs = [...new Set([...found.values()].flat().map((v) => v.blob))];
  const { content } = readBlobs(root, blobs, MAX_FILE_BYTES);
  const scores = new Map<string, Record<string, number> | undefined>();
  for (const [id, bytes] of content) scores.set(id, scoresOf(bytes));
  for (const [file, list] of found) versions.set(file, list.map((v) => ({ commit: v.commit, date: v.date, scores: scores.get(v.blob) })));
  return { versions, blobsParsed: scores.size };
}

/** A file's freshness: its committed versions, and the working tree's scores when they differ (changed "now", no commit). */
export function freshnessFor(index: FreshnessIndex, file: string, current: Record<string, number>, asOf: string): Freshness | undefined {
  const committed = index.versions.get(file);
  if (!committed) return undefined;
  const head = committed[0]?.scores;
  const uncommitted = head !== undefined && (Object.keys(head).length !== Object.keys(current).length || Object.entries(current).some(([f, s]) => head[f] !== s));
  return factorFreshness(uncommitted ? [{ commit: null, date: asOf, scores: current }, ...committed] : committed);
}
