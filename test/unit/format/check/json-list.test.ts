// jsonWithList writes an object with one long list an item at a time (SARIF,
// GitLab Code Quality): the pieces must join to exactly what JSON.stringify
// gives for the whole object, wherever the list sits and whatever it holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonWithList, LIST } from '../../../../src/format/check/json-list.js';

/** The object with the list at `path` (object keys and array indexes), holding `list`. */
function place(root: unknown, path: (string | number)[], list: unknown): unknown {
  if (path.length === 0) return list;
  const [head, ...rest] = path;
  if (typeof head === 'number') return [...(root as unknown[]).slice(0, head), place((root as unknown[])[head], rest, list), ...(root as unknown[]).slice(head + 1)];
  return { ...(root as object), [head!]: place((root as Record<string, unknown>)[head!], rest, list) };
}

// A container and a path into it to where the list goes: nested objects and arrays, other members around it.
const shape = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constant({ value: null as unknown, path: [] as (string | number)[] }),
    fc.tuple(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), fc.string(), tie('node') as fc.Arbitrary<{ value: unknown; path: (string | number)[] }>)
      .map(([others, key, inner]) => ({ value: { ...others, [key]: inner.value }, path: [key, ...inner.path] })),
    fc.tuple(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.nat(), tie('node') as fc.Arbitrary<{ value: unknown; path: (string | number)[] }>)
      .map(([others, at, inner]) => {
        const i = others.length === 0 ? 0 : at % (others.length + 1);
        return { value: [...others.slice(0, i), inner.value, ...others.slice(i)], path: [i, ...inner.path] };
      }),
  ),
})).node;

describe('jsonWithList', () => {
  it('joins to JSON.stringify(…, null, 2) of the whole object, for any place of the list and any items', () => {
    fc.assert(fc.property(shape, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), ({ value, path }, items) => {
      // JSON.stringify drops undefined inside objects and writes null in arrays: compare the JSON values only.
      const expected = `${JSON.stringify(place(value, path, items), null, 2)}\n`;
      expect([...jsonWithList(place(value, path, [LIST]), items)].join('')).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('writes the items one piece each, so none waits for the others', () => {
    const pieces = [...jsonWithList({ head: 1, results: [LIST], tail: true }, [{ a: 1 }, { b: [2, 3] }, 'c'])];
    expect(pieces).toHaveLength(4);
    expect(pieces.join('')).toBe(`${JSON.stringify({ head: 1, results: [{ a: 1 }, { b: [2, 3] }, 'c'], tail: true }, null, 2)}\n`);
  });
});
