/** A sparkline of 0..10 values in eight block heights; a gap (no value) is a space. */
const BLOCKS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly (number | null)[], max = 10): string {
  return values.map((v) => (v === null ? ' ' : BLOCKS[Math.min(7, Math.max(0, Math.floor((v / max) * 8 - 1e-9)))]!)).join('');
}
