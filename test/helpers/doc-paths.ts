// Document paths into parsed data, for tests that ask where a path points.
import type { DocPath } from '../../src/core/types.js';

/** A path into `data`: mostly existing, sometimes one step past what exists. */
export function pathInto(data: unknown, choices: number[]): DocPath {
  const path: DocPath = [];
  let node = data;
  for (const c of choices) {
    if (Array.isArray(node)) {
      const i = c % (node.length + 1);
      path.push(i);
      node = node[i];
    } else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      const k = c % (keys.length + 1) === keys.length ? 'missing' : keys[c % (keys.length + 1)]!;
      path.push(k);
      node = (node as Record<string, unknown>)[k];
    } else break;
  }
  return path;
}
