/** What the CLI may touch of the outside world, injected so tests can run main() in-process. */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Collects pieces into 64 KiB writes; `add` resolves once a full pipe has drained. */
export function batchedWriter(stream: OutputStream): { add(text: string): Promise<void> | undefined; flush(): void } {
  let batch = '';
  return {
    add(text) {
      batch += text;
      if (batch.length < 65536) return undefined;
      const flushed = stream.write(batch);
      batch = '';
      return flushed === false && stream.once ? new Promise<void>((resume) => stream.once!('drain', resume)) : undefined;
    },
    flush() {
      if (batch !== '') stream.write(batch);
      batch = '';
    },
  };
}

/** Writes pieces in 64 KiB batches, waiting when a pipe's buffer is full, so big outputs stay out of memory. */
export async function writeAll(stream: OutputStream, chunks: Iterable<string>): Promise<void> {
  const out = batchedWriter(stream);
  for (const chunk of chunks) await out.add(chunk);
  out.flush();
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
