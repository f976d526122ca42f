import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/suggest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length];
}
function nearest(input, candidates) {
  if (input.length > 64) return void 0;
  const norm = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const target = norm(input);
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(target, norm(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(1, Math.floor(Math.max(target.length, norm(best).length) / 3));
  return bestDistance <= limit && best !== input ? best : void 0;
}

export {
  editDistance,
  nearest
};
