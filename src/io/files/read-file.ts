/**
 * Reading a file kam was told to read, without trusting what the name points
 * to: only regular files (a FIFO would block, /dev/zero never ends), and the
 * size is checked on the open descriptor before any byte is read, so what is
 * checked is what is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string; code: string };

export function tooLargeMessage(bytes: number, what = 'account files'): string {
  return `file is ${(bytes / 1048576).toFixed(1)} MiB, above the 1 MiB limit for ${what}; split it or remove what does not belong there`;
}

/**
 * The common case in three system calls instead of four, for a file that
 * discovery saw as a regular file: read whole in one read() that stops short
 * of the scratch buffer's end (and of maxBytes). Undefined for anything else
 * (nothing read, a full buffer, an error): the caller then reads it with
 * readRegularFile, which looks at the open file first. A file swapped for a
 * named pipe since it was listed is only read here if a writer has already
 * written to it; O_NONBLOCK still means nothing ever waits.
 */
export function readListedFile(path: string, maxBytes: number, scratch: { buffer: Buffer }): { ok: true; bytes: Buffer } | undefined {
  const buffer = scratch.buffer;
  const limit = Math.min(maxBytes, buffer.length - 1);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const n = readSync(fd, buffer, 0, limit + 1, null);
    return n > 0 && n <= limit ? { ok: true, bytes: buffer.subarray(0, n) } : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * `scratch`: a buffer to read into when it is big enough (grown when not), for
 * a caller that reads many files and is done with each before the next: the
 * bytes returned are then only valid until the next read.
 */
export function readRegularFile(path: string, maxBytes: number, what = 'account files', scratch?: { buffer: Buffer }): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, code, message: `cannot read the file (${code})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? 'a named pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isDirectory() ? 'a directory' : stat.isSocket() ? 'a socket' : 'not a regular file';
      return { ok: false, code: 'ENOTREG', message: `not a regular file (${kind}); kam reads only regular files` };
    }
    if (stat.size > maxBytes) return { ok: false, code: 'EFBIG', message: tooLargeMessage(stat.size, what) };
    // One byte more than the limit: a file growing while it is read is caught too.
    const size = Math.min(stat.size, maxBytes) + 1;
    if (scratch && scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(Math.max(size, 2 * scratch.buffer.length));
    const buffer = scratch ? scratch.buffer.subarray(0, size) : Buffer.allocUnsafe(size);
    // A read shorter than asked is the end of a regular file: no second call to learn that.
    let length = 0;
    while (length < buffer.length) {
      const asked = buffer.length - length;
      const n = readSync(fd, buffer, length, asked, null);
      length += n;
      if (n < asked) break;
    }
    if (length > maxBytes) return { ok: false, code: 'EFBIG', message: tooLargeMessage(length, what) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, code, message: `cannot read the file (${code})` };
  } finally {
    closeSync(fd);
  }
}
