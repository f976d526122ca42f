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

export interface Box { x1: number; y1: number; x2: number; y2: number }

/** Conservative text metrics for an 11px sans-serif font. */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 13;
/** Numbers are bold: wider digits (DejaVu Sans Bold's are 7.7 px at 11px). */
const NUMBER_CHAR_WIDTH = 8;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

type Place = [x: number, y: number, anchor: PlacedLabel['anchor']];

interface PlaceOptions {
  maxLabels: number;
  /** Boxes no text may cover; each text placed is added to them. */
  obstacles: Box[];
  /** Numbers may sit over other points (their fill is translucent); names keep clear of every point. */
  numbers: boolean;
  /** Points that get no text in this pass. */
  skip?: ReadonlySet<number>;
}

/** The text box of a label whose baseline is at (x, y). */
function boxAt([x, y, anchor]: Place, w: number): Box {
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x1, y1: y - LINE_HEIGHT + 2, x2: x1 + w, y2: y + 3 };
}

function placeLabels(points: readonly Point[], bounds: Box, o: PlaceOptions): PlacedLabel[] {
  const taken: Box[] = o.numbers ? o.obstacles : [...points.map((p) => ({ x1: p.x - p.r, y1: p.y - p.r, x2: p.x + p.r, y2: p.y + p.r })), ...o.obstacles];
  const order = points.map((p, i) => i).filter((i) => !o.skip?.has(i)).sort((a, b) => points[b]!.r - points[a]!.r);
  const placed: PlacedLabel[] = [];
  for (const i of order) {
    if (placed.length >= o.maxLabels) break;
    const p = points[i]!;
    const w = p.text.length * (o.numbers ? NUMBER_CHAR_WIDTH : CHAR_WIDTH);
    for (const place of o.numbers ? numberPlaces(p, w) : namePlaces(p)) {
      const box = boxAt(place, w);
      if (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2) continue;
      // A name may touch its own point (index i among the circles), nothing else.
      if (taken.some((t, j) => (o.numbers || j !== i) && overlaps(t, box))) continue;
      taken.push(box);
      if (!o.numbers) o.obstacles.push(box);
      placed.push({ index: i, x: place[0], y: place[1], anchor: place[2] });
      break;
    }
  }
  return placed;
}

/** Right beside the point: at either side, above, below, then the four corners. */
function namePlaces(p: Point): Place[] {
  return [
    [p.x + p.r + 3, p.y + 4, 'start'],
    [p.x - p.r - 3, p.y + 4, 'end'],
    [p.x, p.y - p.r - 4, 'middle'],
    [p.x, p.y + p.r + LINE_HEIGHT, 'middle'],
    [p.x + p.r + 3, p.y - p.r, 'start'],
    [p.x - p.r - 3, p.y + p.r + 8, 'end'],
    [p.x + p.r + 3, p.y + p.r + 8, 'start'],
    [p.x - p.r - 3, p.y - p.r, 'end'],
  ];
}

/** Gaps between a number and its point's edge, nearest first: never more than a glance away. */
const NUMBER_GAPS = [1, 4, 7, 10, 12];
/** Directions round the point, right first, then round in steps of 22.5°. */
const DIRECTIONS = Array.from({ length: 16 }, (_, k) => (k * Math.PI) / 8);
/** A point at least this big holds its number best inside it. */
const HOLDS_NUMBER = 9;

/**
 * Places for a number (centred text w wide): in the point when it is big
 * enough, then on rings round it, the box's side facing the point `gap`
 * from its edge; last in the point whatever its size.
 */
function numberPlaces(p: Point, w: number): Place[] {
  const h = LINE_HEIGHT + 1;
  const inside: Place = [p.x, p.y + 4, 'middle'];
  const places: Place[] = p.r >= HOLDS_NUMBER ? [inside] : [];
  for (const gap of NUMBER_GAPS) {
    for (const a of DIRECTIONS) {
      const [cos, sin] = [Math.cos(a), Math.sin(a)];
      const side = (c: number, half: number) => (Math.abs(c) < 1e-9 ? 0 : Math.sign(c) * half);
      const cx = p.x + cos * (p.r + gap) + side(cos, w / 2);
      const cy = p.y + sin * (p.r + gap) + side(sin, h / 2);
      // The baseline 4 below the box's centre (boxAt spans baseline − 11 to baseline + 3).
      places.push([cx, cy + 4, 'middle']);
    }
  }
  if (p.r < HOLDS_NUMBER) places.push(inside);
  return places;
}

export interface MarkedPoints {
  /** Points named by a label beside them. */
  labels: PlacedLabel[];
  /** Points named by a number (1, 2 …) beside them or, where nothing fits, in them; the legend says who. */
  numbers: (PlacedLabel & { number: number })[];
}

/** Rounds of giving way: each turns the names round a crowded number into numbers. */
const MAX_ROUNDS = 8;

/**
 * Every point gets its name beside it, or else a number: numbered in
 * reading order (top to bottom, left to right) so the legend is easy to scan.
 * Where a number finds no free place, the names right round its point give
 * way to numbers (which take less room) and the placing starts again.
 * `obstacles`: boxes no text may cover (counts drawn on the chart).
 */
export function markPoints(points: readonly Point[], bounds: Box, maxLabels = 60, obstacles: readonly Box[] = []): MarkedPoints {
  const numbered = new Set<number>();
  for (let round = 0; ; round++) {
    const { marks, crowded, labelBoxes } = markOnce(points, bounds, maxLabels, obstacles, numbered);
    let gaveWay = false;
    for (const i of crowded) {
      const p = points[i]!;
      // The ring where its number would go: names inside it give way.
      const ring = { x1: p.x - p.r - 16, y1: p.y - p.r - 16, x2: p.x + p.r + 16, y2: p.y + p.r + 16 };
      marks.labels.forEach((l, k) => {
        if (!numbered.has(l.index) && overlaps(labelBoxes[k]!, ring)) {
          numbered.add(l.index);
          gaveWay = true;
        }
      });
    }
    if (!gaveWay || round === MAX_ROUNDS) return marks;
  }
}

function markOnce(points: readonly Point[], bounds: Box, maxLabels: number, obstacles: readonly Box[], numbered: ReadonlySet<number>) {
  const taken = [...obstacles];
  const labels = placeLabels(points, bounds, { maxLabels, obstacles: taken, numbers: false, skip: numbered });
  const labelBoxes = labels.map((l) => boxAt([l.x, l.y, l.anchor], points[l.index]!.text.length * CHAR_WIDTH));
  const named = new Set(labels.map((l) => l.index));
  const rest = points.map((_, i) => i).filter((i) => !named.has(i)).sort((a, b) => points[a]!.y - points[b]!.y || points[a]!.x - points[b]!.x);
  const numberOf = new Map(rest.map((i, k) => [i, k + 1]));
  const asNumbers = rest.map((i) => ({ ...points[i]!, text: String(numberOf.get(i)) }));
  const beside = placeLabels(asNumbers, bounds, { maxLabels: asNumbers.length, obstacles: taken, numbers: true });
  const besideBy = new Map(beside.map((l) => [rest[l.index]!, l]));
  const crowded: number[] = [];
  const numbers = rest.map((i) => {
    const l = besideBy.get(i);
    const p = points[i]!;
    if (!l) crowded.push(i);
    // Nowhere free: in the point, centred, on the baseline a third of a line below the centre.
    return { ...(l ? { x: l.x, y: l.y, anchor: l.anchor } : { x: p.x, y: p.y + 4, anchor: 'middle' as const }), index: i, number: numberOf.get(i)! };
  });
  return { marks: { labels, numbers }, crowded, labelBoxes };
}
