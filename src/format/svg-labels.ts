/**
 * Placing text labels next to points without overlaps: greedy, largest
 * point first, trying positions around the point. A label that fits
 * nowhere is left out (the point keeps its tooltip and table row).
 */
export interface Point {
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box { x1: number; y1: number; x2: number; y2: number }

/** Conservative text metrics for an 11px sans-serif font. */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 13;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export function placeLabels(points: readonly Point[], bounds: Box, maxLabels = 60): PlacedLabel[] {
  const taken: Box[] = points.map((p) => ({ x1: p.x - p.r, y1: p.y - p.r, x2: p.x + p.r, y2: p.y + p.r }));
  const order = points.map((p, i) => i).sort((a, b) => points[b]!.r - points[a]!.r);
  const placed: PlacedLabel[] = [];
  for (const i of order) {
    if (placed.length >= maxLabels) break;
    const p = points[i]!;
    const w = p.text.length * CHAR_WIDTH;
    const candidates: [number, number, PlacedLabel['anchor']][] = [
      [p.x + p.r + 3, p.y + 4, 'start'],
      [p.x - p.r - 3, p.y + 4, 'end'],
      [p.x, p.y - p.r - 4, 'middle'],
      [p.x, p.y + p.r + LINE_HEIGHT, 'middle'],
      [p.x + p.r + 3, p.y - p.r, 'start'],
      [p.x - p.r - 3, p.y + p.r + 8, 'end'],
      [p.x + p.r + 3, p.y + p.r + 8, 'start'],
      [p.x - p.r - 3, p.y - p.r, 'end'],
    ];
    for (const [x, y, anchor] of candidates) {
      const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box = { x1, y1: y - LINE_HEIGHT + 2, x2: x1 + w, y2: y + 3 };
      if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
      if (taken.some((t, j) => j !== i && overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ index: i, x, y, anchor });
      break;
    }
  }
  return placed;
}
