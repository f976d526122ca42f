/**
 * Changing values in a YAML file and nothing else: comments, blank lines,
 * key order, quoting style, line endings and a BOM all stay as they were.
 * Existing scalars are rewritten in place in the parser's concrete syntax
 * tree; a missing key is added as a new line at the end of its mapping.
 */
import { Composer, CST, isMap, isScalar, isSeq, parse as parseValue, Parser, stringify, type Document, type Node as YamlNode } from 'yaml';
import type { DocPath } from '../core/types.js';

export interface Change {
  path: DocPath;
  value: string | number | boolean | Record<string, unknown>;
}

export class EditError extends Error {}

/** The text a scalar needs so that it reads back as this value in YAML 1.2 core. */
function scalarText(value: string | number | boolean): { text: string; quote: boolean } {
  if (typeof value !== 'string') return { text: String(value), quote: false };
  let plain = false;
  try {
    plain = parseValue(`k: ${value}`, { version: '1.2', schema: 'core' })?.k === value && !/^\s|\s$|^[-?:,[\]{}#&*!|>'"%@`]/.test(value);
  } catch {
    plain = false;
  }
  return { text: value, quote: !plain };
}

export function editYaml(source: string, changes: readonly Change[]): string {
  const tokens = [...new Parser().parse(source)];
  const docs = [...new Composer({ version: '1.2', schema: 'core', keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0] as Document.Parsed | undefined;
  if (!doc || !isMap(doc.contents)) throw new EditError('the file does not hold a mapping of account fields');
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const inserts: { offset: number; text: string }[] = [];

  for (const change of changes) {
    const node = doc.getIn(change.path, true) as YamlNode | undefined;
    if (node && isScalar(node) && node.srcToken && typeof change.value !== 'object') {
      const { text, quote } = scalarText(change.value);
      const current = (node.srcToken as { type?: string }).type;
      const keepQuotes = current === 'single-quoted-scalar' || current === 'double-quoted-scalar';
      const type = quote || (keepQuotes && typeof change.value === 'string')
        ? (current === 'single-quoted-scalar' ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE')
        : 'PLAIN';
      CST.setScalarValue(node.srcToken, text, { type });
      continue;
    }
    if (node !== undefined) throw new EditError(`cannot change ${change.path.join('.')} in place (it is not a single value)`);
    inserts.push(insertion(doc, source, change, newline));
  }

  let out = tokens.map((t) => CST.stringify(t)).join('');
  // Insertions are offsets into the original text; values changed in place before
  // them may have changed length, so apply them to the original layout by line.
  if (inserts.length > 0) out = applyInsertions(source, out, inserts);
  return out;
}

/** Where and what to add for a key that does not exist yet: at the end of the deepest existing mapping. */
function insertion(doc: Document.Parsed, source: string, change: Change, newline: string): { offset: number; text: string } {
  let depth = change.path.length - 1;
  let parent: unknown;
  for (; depth >= 0; depth--) {
    parent = depth === 0 ? doc.contents : doc.getIn(change.path.slice(0, depth), true);
    if (parent !== undefined) break;
  }
  if (isSeq(parent) && !(parent as { flow?: boolean }).flow && depth === change.path.length - 1 && change.path[depth] === parent.items.length) {
    return appendItem(parent, source, change.value, newline);
  }
  if (!isMap(parent) || (parent as { flow?: boolean }).flow) {
    throw new EditError(`cannot add ${change.path.join('.')}: its parent is not a block mapping`);
  }
  // The new entry: the rest of the path as nested mappings.
  let value: unknown = change.value;
  for (let i = change.path.length - 1; i > depth; i--) value = { [String(change.path[i])]: value };
  const key = String(change.path[depth]);
  const items = parent.items;
  const first = items[0]?.key as YamlNode | undefined;
  const indent = first?.range ? column(source, first.range[0]) : 0;
  const text = stringify({ [key]: value }, { version: '1.2', lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => ' '.repeat(indent) + line)
    .join(newline);
  const lastValue = items[items.length - 1]?.value as YamlNode | undefined;
  const end = lastValue?.range ? lastValue.range[1] : parent.range![1];
  // After the line on which the mapping's last value ends.
  const eol = source.indexOf('\n', Math.max(0, end - 1));
  return { offset: eol === -1 ? source.length : eol + 1, text: `${text}${newline}` };
}

/** A new last item of a block sequence, with the same "- " indentation as the others. */
function appendItem(seq: YamlNode & { items: unknown[] }, source: string, value: Change['value'], newline: string): { offset: number; text: string } {
  const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
  if (!last?.range) throw new EditError('cannot append to an empty list');
  const dash = source.lastIndexOf('-', last.range[0]);
  const indent = column(source, dash);
  const lines = stringify([value], { version: '1.2', lineWidth: 0 }).trimEnd().split('\n');
  const text = lines.map((line) => ' '.repeat(indent) + line).join(newline);
  const eol = source.indexOf('\n', Math.max(0, last.range[1] - 1));
  return { offset: eol === -1 ? source.length : eol + 1, text: `${text}${newline}` };
}

function column(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** Adds whole new lines after given lines of the original; edited lines keep their positions. */
function applyInsertions(original: string, edited: string, inserts: { offset: number; text: string }[]): string {
  const lineOf = (offset: number) => original.slice(0, offset).split('\n').length - 1;
  const lines = edited.split('\n');
  const byLine = new Map<number, string[]>();
  for (const ins of inserts) {
    const at = ins.offset >= original.length && !original.endsWith('\n') ? lines.length : lineOf(ins.offset);
    byLine.set(at, [...(byLine.get(at) ?? []), ins.text]);
  }
  const out: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    for (const text of byLine.get(i) ?? []) out.push(text.endsWith('\n') ? text.slice(0, -1) : text);
    if (i < lines.length) out.push(lines[i]!);
  }
  let joined = out.join('\n');
  if (!original.endsWith('\n') && byLine.has(lines.length)) joined = `${lines.join('\n')}\n${[...byLine.get(lines.length)!].join('').trimEnd()}`;
  return joined;
}
