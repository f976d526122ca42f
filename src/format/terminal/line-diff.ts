/**
 * The line diff `--dry-run` prints: common lines at both ends are skipped,
 * the middle is diffed with Myers' algorithm, whose cost grows with the size
 * of the change rather than the square of the file. A change bigger than
 * MAX_EDITS lines is shown as the whole middle removed and added, so time
 * and memory stay linear in the file's length whatever the input. Lines are
 * escaped for the terminal.
 */
import { terminalSafe } from '../terminal-text.js';

const MAX_EDITS = 500;

type Op = { kind: '-'; at: number } | { kind: '+'; at: number } | { kind: '=' };

/** Edit operations turning a[aLo, aHi) into b[bLo, bHi), or undefined when more than `limit` edits are needed. */
function myers(a: string[], b: string[], aLo: number, aHi: number, bLo: number, bHi: number, limit: number): Op[] | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const off = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, off, n, m, d, aLo, bLo);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], off: number, n: number, m: number, dEnd: number, aLo: number, bLo: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: '=' });
      x--;
      y--;
    }
    if (x === prevX) ops.push({ kind: '+', at: bLo + --y });
    else ops.push({ kind: '-', at: aLo + --x });
  }
  return ops.reverse();
}

export function lineDiff(before: string, after: string, file: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let aHi = a.length;
  let bHi = b.length;
  while (aHi > lo && bHi > lo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  const ops = myers(a, b, lo, aHi, lo, bHi, MAX_EDITS) ?? [
    ...Array.from({ length: aHi - lo }, (_, i): Op => ({ kind: '-', at: lo + i })),
    ...Array.from({ length: bHi - lo }, (_, i): Op => ({ kind: '+', at: lo + i })),
  ];
  const out = [`--- ${terminalSafe(file)}`, `+++ ${terminalSafe(file)} (after)`];
  // Within each run of changes, removed lines before added ones, as in a unified diff.
  let added: string[] = [];
  const flush = () => {
    out.push(...added);
    added = [];
  };
  for (const op of ops) {
    if (op.kind === '=') flush();
    else if (op.kind === '-') out.push(`-${op.at + 1}: ${terminalSafe(a[op.at]!)}`);
    else added.push(`+${op.at + 1}: ${terminalSafe(b[op.at]!)}`);
  }
  flush();
  return `${out.join('\n')}\n`;
}
