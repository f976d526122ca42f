/**
 * Which commits `kam history` reads: the tags (by date), the last commit of
 * each month or quarter on the current branch, or revisions named by the
 * user. Read with git itself; nothing is checked out.
 */
import type { SnapshotRef } from '../../core/history.js';
import { UsageError } from '../errors.js';
import { git } from './git.js';

export type Every = 'quarter' | 'month';

export interface SnapshotSelection {
  every?: Every;
  revs?: string[];
  /** YYYY-MM-DD: leave out snapshots dated before it. */
  since?: string;
}

const SEP = '\u0001';

function gitText(cwd: string, args: string[]): string {
  try {
    return git(cwd, args).toString();
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    throw new UsageError(`git ${args[0]} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

export function repositoryRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new UsageError('kam history reads the history of a git repository, and this is not one');
  }
}

/** "2026-07-14T10:00:00+02:00" → the period it falls in. */
export function periodOf(date: string, every: Every): string {
  const [y, m] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return every === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.ceil(m / 3)}`;
}

export function selectSnapshots(cwd: string, selection: SnapshotSelection): SnapshotRef[] {
  let refs: SnapshotRef[];
  if (selection.revs && selection.revs.length > 0) {
    refs = selection.revs.map((rev) => {
      if (rev.startsWith('-')) throw new UsageError(`"${rev}" is not a revision`);
      let line: string;
      try {
        line = gitText(cwd, ['log', '-1', '--no-walk', `--format=%H${SEP}%cI`, `${rev}^{commit}`, '--']).trim();
      } catch {
        throw new UsageError(`"${rev}" is not a revision of this repository`);
      }
      const [commit, date] = line.split(SEP);
      return { label: rev, date: date!.slice(0, 10), commit: commit! };
    });
  } else if (selection.every) {
    // The last commit of each period on the current branch's first-parent line, oldest period first.
    const lines = gitText(cwd, ['log', '--first-parent', `--format=%H${SEP}%cI`, 'HEAD', '--']).trim().split('\n').filter(Boolean);
    const byPeriod = new Map<string, SnapshotRef>();
    for (const line of lines) {
      const [commit, date] = line.split(SEP);
      const period = periodOf(date!, selection.every);
      if (!byPeriod.has(period)) byPeriod.set(period, { label: period, date: date!.slice(0, 10), commit: commit! });
    }
    refs = [...byPeriod.values()].reverse();
  } else {
    const lines = gitText(cwd, ['for-each-ref', '--sort=creatordate', `--format=%(refname:short)${SEP}%(objectname)${SEP}%(*objectname)${SEP}%(objecttype)`, 'refs/tags']).trim().split('\n').filter(Boolean);
    refs = [];
    for (const line of lines) {
      const [name, object, peeled, type] = line.split(SEP);
      const commit = type === 'tag' ? peeled! : object!;
      // A tag of something other than a commit (a tree, a blob) is no snapshot.
      const kind = gitText(cwd, ['cat-file', '-t', commit]).trim();
      if (kind !== 'commit') continue;
      const date = gitText(cwd, ['log', '-1', '--no-walk', '--format=%cI', commit, '--']).trim();
      refs.push({ label: name!, date: date.slice(0, 10), commit });
    }
    refs.sort((a, b) => a.date.localeCompare(b.date));
    if (refs.length === 0) throw new UsageError('this repository has no tags to read snapshots from: tag the quarterly reviews, or use --every quarter or --revs A,B,C');
  }
  if (selection.since) refs = refs.filter((r) => r.date >= selection.since!);
  if (refs.length === 0) throw new UsageError(`no snapshot on or after ${selection.since}`);
  return refs;
}
