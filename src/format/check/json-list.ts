/**
 * JSON.stringify(value, null, 2) of an object with one long list, written an
 * item at a time: at 100,000 accounts a SARIF log or a Code Quality report
 * holds tens of thousands of findings, and the whole text (with the objects
 * it was made from) would be hundreds of MiB at once.
 */

/** Stands for the list in `value`; no JSON text kam writes contains it. */
export const LIST = '\u0000kam streamed list\u0000';
const QUOTED = JSON.stringify(LIST);

/**
 * The text of `value`, in which [LIST] (a list of that one marker) stands for
 * `items`; the same text JSON.stringify(…, null, 2) gives for the object with
 * the items in place.
 */
export function* jsonWithList(value: unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(value, null, 2);
  const mark = text.indexOf(QUOTED);
  const lineStart = text.lastIndexOf('\n', mark) + 1;
  const indent = text.slice(lineStart, mark);
  const open = text.lastIndexOf('[', lineStart);
  let count = 0;
  for (const item of items) {
    yield `${count === 0 ? text.slice(0, lineStart) : ',\n'}${indent}${JSON.stringify(item, null, 2).replaceAll('\n', `\n${indent}`)}`;
    count += 1;
  }
  // No items: the list is written `[]`, as JSON.stringify writes an empty one.
  yield count === 0 ? `${text.slice(0, open)}[]${text.slice(text.indexOf(']', mark) + 1)}\n` : `${text.slice(mark + QUOTED.length)}\n`;
}
