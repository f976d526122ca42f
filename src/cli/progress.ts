/**
 * A progress line on stderr for long runs: "files read of total", then the
 * phase. Only on a terminal, and not with --quiet or in CI; drawn at most ten
 * times a second (a phase change is drawn at once) and erased at the end, so
 * nothing of it is left in the output. A run of fewer than MIN_FILES files
 * takes well under a second and shows nothing.
 */
import type { OutputStream } from './io.js';

export interface Progress {
  /** After each file read. */
  files(done: number, total: number): void;
  /** What the run does now that reading is over. */
  phase(text: string): void;
  /** Erases the line; safe to call more than once. */
  end(): void;
}

export const MIN_FILES = 1000;
const INTERVAL_MS = 100;

export const NO_PROGRESS: Progress = { files() {}, phase() {}, end() {} };

export function createProgress(stream: OutputStream, now: () => number = Date.now): Progress {
  let shown = false;
  let last = -Infinity;
  let total = 0;
  const draw = (text: string) => {
    stream.write(`\r\u001b[2K${text}`);
    shown = true;
    last = now();
  };
  return {
    files(done, all) {
      total = all;
      if (all < MIN_FILES) return;
      if (done < all && now() - last < INTERVAL_MS) return;
      draw(`kam: reading files ${done} / ${all}`);
    },
    phase(text) {
      if (total >= MIN_FILES) draw(`kam: ${text} (${total} files read)`);
    },
    end() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
