/**
 * Placing text labels next to points without overlaps: greedy, largest
 * point first, trying positions right beside the point (never further than
 * a few pixels from its edge). A point whose name fits nowhere gets a number
 * instead (beside it, or in it) and a line in the chart's legend, so every
 * point can be told on paper.
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

export function placeLabels(points: readonly Point[], bounds: Box, maxLabels = 60, obstacles: Box[] = [], pointsBlock = true): PlacedLabel[] {
  // Obstacles (labels already placed) come after the points, so index j < points.length is a point.
  const circles = pointsBlock ? points.map((p) => ({ x1: p.x - p.r, y1: p.y - p.r, x2: p.x + p.r, y2: p.y + p.r })) : [];
  const taken: Box[] = [...circles, ...obstacles];
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
      // Numbers are short: one step further out on each side before giving up.
      ...(pointsBlock ? [] : [
        [p.x + p.r + 11, p.y + 4, 'start'],
        [p.x - p.r - 11, p.y + 4, 'end'],
        [p.x, p.y - p.r - 12, 'middle'],
        [p.x, p.y + p.r + LINE_HEIGHT + 8, 'middle'],
      ] satisfies [number, number, PlacedLabel['anchor']][]),
    ];
    for (const [x, y, anchor] of candidates) {
      const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const box = { x1, y1: y - LINE_HEIGHT + 2, x2: x1 + w, y2: y + 3 };
      if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
      if (taken.some((t, j) => (j !== i || !pointsBlock) && overlaps(t, box))) continue;
      taken.push(box);
      obstacles.push(box);
      placed.push({ index: i, x, y, anchor });
      break;
    }
  }
  return placed;
}

export interface MarkedPoints {
  /** Points named by a label beside them. */
  labels: PlacedLabel[];
  /** Points named by a number (1, 2 …) beside them or, where nothing fits, in them; the legend says who. */
  numbers: (PlacedLabel & { number: number })[];
}

/**
 * Every point gets its name beside it, or else a number: numbered in
 * reading order (top to bottom, left to right) so the legend is easy to scan.
 */
export function markPoints(points: readonly Point[], bounds: Box, maxLabels = 60): MarkedPoints {
  const obstacles: Box[] = [];
  const labels = placeLabels(points, bounds, maxLabels, obstacles);
  const named = new Set(labels.map((l) => l.index));
  const rest = points.map((_, i) => i).filter((i) => !named.has(i)).sort((a, b) => points[a]!.y - points[b]!.y || points[a]!.x - points[b]!.x);
  const numberOf = new Map(rest.map((i, k) => [i, k + 1]));
  // A number may sit over another bubble (the fill is translucent), never over another text.
  const asNumbers = rest.map((i) => ({ ...points[i]!, text: String(numberOf.get(i)) }));
  const beside = placeLabels(asNumbers, bounds, asNumbers.length, obstacles, false);
  const besideBy = new Map(beside.map((l) => [rest[l.index]!, l]));
  const numbers = rest.map((i) => {
    const l = besideBy.get(i);
    const p = points[i]!;
    // In the bubble: centred, on the baseline a third of a line below the centre.
    return { ...(l ? { x: l.x, y: l.y, anchor: l.anchor } : { x: p.x, y: p.y + 4, anchor: 'middle' as const }), index: i, number: numberOf.get(i)! };
  });
  return { labels, numbers };
}
