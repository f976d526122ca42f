/** Levenshtein distance, iterative with one row: inputs are short keys. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate closest to `input`, if close enough to be a plausible typo:
 * at most a third of the longer word, ignoring case, "-" and "_".
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 64) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const target = norm(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(target, norm(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(target.length, norm(best).length) / 3));
  return bestDistance <= limit && best !== input ? best : undefined;
}
