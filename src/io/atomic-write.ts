/**
 * Writing a file so that readers see the old content or the new, never half:
 * a temporary file in the same folder, then a rename. The old file's mode is
 * kept; a symlink in place of the target is refused (we would replace the
 * link, not what it points to).
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteRefused extends Error {}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  let mode = 0o644;
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new WriteRefused(`${path} is a symbolic link; write to its target instead`);
    if (!stat.isFile()) throw new WriteRefused(`${path} is not a regular file`);
    mode = stat.mode & 0o7777;
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}
