/** What the CLI may touch of the outside world, injected so tests can run main() in-process. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

import { openFileAtomic } from '../io/files/atomic-write.js';

const BATCH_BYTES = 65536;

/**
 * Collects pieces into 64 KiB writes; `add` resolves once a full pipe has drained.
 * Pieces are encoded into a byte buffer as they come: a batch kept as a string
 * is a rope of thousands of slices, and encoding that at write time cost more
 * than producing the JSON (JSON output of 10,000 accounts, 50 MB).
 */
export function batchedWriter(stream: OutputStream): { add(text: string): Promise<void> | undefined; flush(): void } {
  let buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  const drained = (flushed: unknown) => (flushed === false && stream.once ? new Promise<void>((resume) => stream.once!('drain', resume)) : undefined);
  /** Hands the bytes so far to the stream (which keeps them until written: the next batch gets a new buffer). */
  const writeBatch = (): unknown => {
    if (used === 0) return true;
    const flushed = stream.write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
    return flushed;
  };
  return {
    add(text) {
      // Room for the worst case (3 bytes a UTF-16 unit): written without counting its bytes first.
      if (used + text.length * 3 <= BATCH_BYTES) {
        used += buffer.write(text, used);
        return undefined;
      }
      const bytes = Buffer.byteLength(text);
      if (used + bytes <= BATCH_BYTES) {
        used += buffer.write(text, used);
        return used < BATCH_BYTES ? undefined : drained(writeBatch());
      }
      const flushed = writeBatch();
      if (bytes >= BATCH_BYTES) return drained(stream.write(text) === false || flushed === false ? false : true);
      used = buffer.write(text, 0);
      return drained(flushed);
    },
    flush() {
      writeBatch();
    },
  };
}

/**
 * Writes pieces in 64 KiB batches, waiting when a pipe's buffer is full, so big outputs stay out of memory.
 * Several lists are written one after the other (lines made as they are read stay unmade until then).
 */
export async function writeAll(stream: OutputStream, ...lists: Iterable<string>[]): Promise<void> {
  const out = batchedWriter(stream);
  for (const chunks of lists) for (const chunk of chunks) await out.add(chunk);
  out.flush();
}

/** Writes pieces to a file atomically (the target appears whole or not at all), never holding the whole text. */
export async function writeFileChunks(path: string, chunks: Iterable<string>, shown: string): Promise<void> {
  const file = openFileAtomic(path, { shown });
  try {
    await writeAll(file, chunks);
    file.commit();
  } finally {
    file.abort();
  }
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  now: () => Date;
}

export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
