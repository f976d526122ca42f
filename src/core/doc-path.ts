/** Reading and setting a value at a document path in plain data (pure). */
import type { DocPath } from './types.js';

export function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/** Sets the value, creating the mappings (or lists, for numeric segments) on the way. */
export function setAt(data: Record<string, unknown>, path: DocPath, value: unknown): void {
  let node: Record<string | number, unknown> = data;
  path.slice(0, -1).forEach((seg, i) => {
    if (!node[seg] || typeof node[seg] !== 'object') node[seg] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[seg] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = value;
}
