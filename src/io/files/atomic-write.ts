/**
 * Writing a file so that readers see the old content or the new, never half:
 * a temporary file in the same folder, then a rename. The old file's mode is
 * kept; a symlink in place of the target is refused (we would replace the
 * link, not what it points to).
 *
 * Compare-and-swap: a command that read the file before changing it passes
 * what it read as `expect`; just before the rename the file is read again,
 * and if it changed (another kam, an editor) nothing is written and
 * WriteConflict says so. Two kam processes cannot both pass that check: it
 * and the rename happen while holding a lock file next to the target.
 *
 * Leftovers of a killed run (temporary and lock files) carry kam's name and
 * the writer's process id; the next write in that folder removes those whose
 * process is gone, and discovery never reads them (they start with a dot).
 */
import { accessSync, closeSync, constants, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';

/** The target cannot be written at all (a symlink, a folder, a device): bad usage, exit 2. */
export class WriteRefused extends UsageError {}

/** The file changed since it was read: nothing was written; running again is safe (exit 1). */
export class WriteConflict extends Error {}

export interface WriteOptions {
  /** What the file held when it was read (null: it did not exist). Omitted: replace whatever is there. */
  expect?: Uint8Array | null;
  /** The path as the user gave it, for messages. */
  shown?: string;
}

const LEFTOVER = /^\..+\.kam-(\d+)-[0-9a-f]{8}\.tmp$|^\..+\.kam-lock$/;
/** A lock older than this is a leftover even if its process id was reused. */
const STALE_LOCK_MS = 60_000;

function alive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (pid === process.pid) return false;
    return !alive(pid) || Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // gone already, or unreadable: not ours to remove
  }
}

/** Removes temporary and lock files left in `dir` by kam processes that no longer run. */
export function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const stale = m[1] !== undefined ? Number(m[1]) !== process.pid && !alive(Number(m[1])) : lockIsStale(path);
    if (stale) rmSync(path, { force: true });
  }
}

function acquireLock(lock: string, shown: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (attempt === 0 && lockIsStale(lock)) rmSync(lock, { force: true });
    }
  }
  throw new WriteConflict(`${shown} is being written by another kam right now; nothing was written. Run the command again once it has finished.`);
}

function unchanged(path: string, expected: Uint8Array | null): boolean {
  let current: Buffer;
  try {
    current = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return expected === null;
    throw e;
  }
  return expected !== null && current.equals(expected);
}

/** The mode to give the new file (the old one's, else 0644); WriteRefused for what cannot be replaced by a file. */
function modeFor(path: string, shown: string): number {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new WriteRefused(`${shown} is a symbolic link; write to its target instead`);
    if (stat.isDirectory()) throw new WriteRefused(`${shown} is a folder; give the name of a file to write`);
    if (!stat.isFile()) throw new WriteRefused(`${shown} is not a regular file (a device, a pipe or a socket); give the name of a file to write`);
    return stat.mode & 0o7777;
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(e, shown);
    return 0o644;
  }
}

/**
 * Throws WriteRefused when writeFileAtomic could not write `path`: asked
 * before a long run, so a typo in an output name costs nothing. The folder
 * must exist and take new files (the temporary file and the rename).
 */
export function checkWritable(path: string, shown = path): void {
  modeFor(path, shown);
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw cannotWrite(e, shown);
  }
}

export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const file = openFileAtomic(path, options);
  try {
    file.write(content);
  } catch (e) {
    file.abort();
    throw e;
  }
  file.commit();
}

/**
 * A file written piece by piece, with the same guarantees as writeFileAtomic:
 * the pieces go to the temporary file, and the target appears, whole, only at
 * `commit`. For outputs too big to build in memory first (a JSON report of
 * 100,000 accounts). Whoever opens one must `commit` or `abort` it.
 */
export interface AtomicFile {
  /** Appends to the temporary file (synchronously: a stream for batchedWriter that never needs to drain). */
  write(chunk: string | Uint8Array): true;
  /** Flushes to disk and renames over the target; on failure nothing is left but the old target. */
  commit(): void;
  /** Removes the temporary file; the target is untouched. Safe to call after commit or twice. */
  abort(): void;
}

export function openFileAtomic(path: string, options: WriteOptions = {}): AtomicFile {
  const shown = options.shown ?? path;
  const mode = modeFor(path, shown);
  const dir = dirname(path);
  removeLeftovers(dir);
  const temp = join(dir, `.${basename(path)}.kam-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  let done = false;
  const abort = () => {
    if (done) return;
    done = true;
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    rmSync(temp, { force: true });
  };
  const failed = (e: unknown): unknown => {
    abort();
    return cannotWrite(e, shown);
  };
  try {
    fd = openSync(temp, 'wx', mode);
  } catch (e) {
    throw failed(e);
  }
  return {
    write(chunk) {
      if (fd === undefined) throw new Error(`${shown}: write after commit or abort`);
      try {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let written = 0;
        while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (e) {
        throw failed(e);
      }
      return true;
    },
    commit() {
      if (fd === undefined) throw new Error(`${shown}: commit after commit or abort`);
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        if (options.expect === undefined) {
          // Asked again: the target may have become a symlink or a folder while the pieces were written.
          modeFor(path, shown);
          renameSync(temp, path);
          done = true;
          return;
        }
        const release = acquireLock(join(dir, `.${basename(path)}.kam-lock`), shown);
        try {
          if (!unchanged(path, options.expect)) {
            throw new WriteConflict(options.expect === null
              ? `${shown} was created by someone else while kam was working; nothing was written. Run the command again.`
              : `${shown} changed since kam read it (another kam, or an editor); nothing was written. Run the command again to start from the file as it is now.`);
          }
          renameSync(temp, path);
          done = true;
        } finally {
          release();
        }
      } catch (e) {
        throw failed(e);
      }
    },
    abort,
  };
}

/** A failed system call becomes a message naming the file, not an internal error. */
function cannotWrite(e: unknown, shown: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (e instanceof WriteRefused || e instanceof WriteConflict || typeof code !== 'string') return e;
  const why = { ENOENT: 'no such folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', EISDIR: 'it is a folder', ENOTDIR: 'a part of the path is not a folder', ENAMETOOLONG: 'the name is too long' }[code];
  return new WriteRefused(`cannot write ${shown} (${why ? `${why}, ` : ''}${code})`);
}
