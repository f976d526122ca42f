/** What the CLI may touch of the outside world, injected so tests can run main() in-process. */
export interface OutputStream {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Writes pieces in 64 KiB batches, waiting when a pipe's buffer is full, so big outputs stay out of memory. */
export async function writeAll(stream: OutputStream, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < 65536) continue;
    const flushed = stream.write(batch);
    batch = '';
    if (flushed === false && stream.once) await new Promise<void>((resume) => stream.once!('drain', resume));
  }
  if (batch !== '') stream.write(batch);
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
