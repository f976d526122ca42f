import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../../src/format/terminal/line-diff.js';

/** Applies a printed diff to `before`: drop the "-" lines, insert the "+" lines at their numbers. */
function apply(before: string, diff: string): string {
  const lines = diff.split('\n').slice(2, -1);
  const removed = new Set(lines.filter((l) => l.startsWith('-')).map((l) => Number(/^-(\d+):/.exec(l)![1]) - 1));
  const kept = before.split('\n').filter((_, i) => !removed.has(i));
  const added = lines.filter((l) => l.startsWith('+')).map((l) => ({ at: Number(/^\+(\d+):/.exec(l)![1]) - 1, text: l.replace(/^\+\d+: /, '') }));
  for (const a of added) kept.splice(a.at, 0, a.text);
  return kept.join('\n');
}

/** Length of the longest common subsequence, the classic quadratic way (small inputs only). */
function lcs(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t[0]![0]!;
}

const text = fc.array(fc.constantFrom('a', 'b', 'c', 'id: x', ''), { maxLength: 30 }).map((l) => l.join('\n'));

describe('lineDiff', () => {
  it('turns the old text into the new one with the fewest changed lines', () => {
    fc.assert(fc.property(text, text, (before, after) => {
      const diff = lineDiff(before, after, 'f.yaml');
      expect(apply(before, diff)).toBe(after);
      const a = before.split('\n');
      const b = after.split('\n');
      const changed = diff.split('\n').filter((l) => /^[-+]\d/.test(l)).length;
      expect(changed).toBe(a.length + b.length - 2 * lcs(a, b));
    }), { numRuns: 400 });
  });

  it('prints removed lines before added ones, numbered in their own file', () => {
    expect(lineDiff('id: a\nsize: 9\nname: A\n', 'id: a\nsize: 6\nname: A\n', 'f.yaml'))
      .toBe('--- f.yaml\n+++ f.yaml (after)\n-2: size: 9\n+2: size: 6\n');
  });

  it('a change too big to diff line by line is shown whole, still correct', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join('\n');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join('\n');
    expect(apply(before, lineDiff(before, after, 'f'))).toBe(after);
  });

  it('a 90,000-line file with one change gives a two-line diff', () => {
    const lines = Array.from({ length: 90000 }, (_, i) => `k${i}: ${i % 7}`);
    const before = lines.join('\n');
    lines[45000] = 'k45000: changed';
    expect(lineDiff(before, lines.join('\n'), 'big.yaml')).toBe('--- big.yaml\n+++ big.yaml (after)\n-45001: k45000: 4\n+45001: k45000: changed\n');
  });

  it('escapes control characters in lines and the file name', () => {
    expect(lineDiff('name: a\n', 'name: "\u001b]0;x\u0007"\n', 'f\u001b.yaml')).toBe('--- f\\x1B.yaml\n+++ f\\x1B.yaml (after)\n-1: name: a\n+1: name: "\\x1B]0;x\\x07"\n');
  });
});
