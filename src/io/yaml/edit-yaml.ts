/**
 * Changing values in a YAML file and nothing else: comments, blank lines,
 * key order, quoting style, flow or block layout, line endings (LF, CRLF,
 * CR), a BOM and a missing final newline all stay as they were.
 *
 * Every edit is a splice of the original text: an existing scalar's source
 * is replaced; a key the file lacks is added at the end of the deepest
 * mapping (or list) on its path that exists, as new lines in a block
 * collection or as `, key: value` in a flow one. Several new keys under one
 * missing section become one new section. The result is parsed again and
 * must hold exactly the old data with the changes applied, or nothing is
 * returned (EditError): broken text is never shown or written.
 */
import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, isMap, isScalar, isSeq, Parser, stringify, type Document, type Node as YamlNode, type Pair, type Scalar } from 'yaml';
import { setAt } from '../../core/doc-path.js';
import type { DocPath } from '../../core/types.js';

type Plain = string | number | boolean | null;
export type ChangeValue = Plain | Record<string, unknown> | unknown[];

export interface Change {
  path: DocPath;
  value: ChangeValue;
}

export class EditError extends Error {}

interface Splice {
  /** Offsets in the LF-normalised text. */
  at: number;
  end: number;
  /** LF line breaks; converted to the file's own on output. */
  text: string;
  /** At one offset, deeper mappings' new lines go first: they belong above their parents' new keys. */
  depth?: number;
}

type Collection = YamlNode & { items: unknown[]; flow?: boolean; srcToken?: CST.Token };

export function editYaml(source: string, changes: readonly Change[]): string {
  if (changes.length === 0) return source;
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = normaliseBreaks(source.slice(bom.length));
  const doc = parseDocument(lines.text);
  if (!doc || !isMap(doc.contents)) throw new EditError('the file does not hold a mapping of account fields');

  const expected = doc.toJS() as Record<string, unknown>;
  for (const c of changes) setAt(expected, c.path, structuredClone(c.value));

  const splices: Splice[] = [];
  const groups = new Map<YamlNode, Group>();
  for (const change of leafChanges(doc, changes)) {
    const target = walk(doc, change.path);
    if (target.missingAt === -1) {
      splices.push(isSeq(target.node) && Array.isArray(change.value) ? replaceList(lines.text, target, change.value) : replaceScalar(lines.text, target, change));
      continue;
    }
    const holder = target.node;
    let group = groups.get(holder);
    if (!group) {
      group = { target, value: typeof change.path[target.missingAt] === 'number' ? [] : {} };
      groups.set(holder, group);
    }
    setAt(group.value as Record<string, unknown>, change.path.slice(target.missingAt), structuredClone(change.value));
  }
  for (const group of groups.values()) splices.push({ ...insertion(lines.text, group), depth: group.target.missingAt });

  const edited = bom + lines.restore(splices);
  const check = parseDocument(normaliseBreaks(edited.slice(bom.length)).text);
  if (!check || !isDeepStrictEqual(check.toJS(), expected)) {
    throw new EditError(`internal error: the edited text would not read back as the answers given (${changes.map((c) => c.path.join('.')).join(', ')}); nothing was changed`);
  }
  return edited;
}

function parseDocument(text: string): Document.Parsed | undefined {
  const tokens = new Parser().parse(text);
  const docs = [...new Composer({ version: '1.2', schema: 'core', keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (!doc || docs.length > 1 || doc.errors.length > 0) return undefined;
  return doc;
}

/**
 * The text with every line break as LF (the `yaml` parser does not take a
 * lone CR as one, YAML does), and a way back to the original's breaks.
 */
function normaliseBreaks(original: string): { text: string; restore(splices: Splice[]): string } {
  const crlfAt: number[] = []; // normalised offsets of the LF that stands for a CRLF
  let text = '';
  let last = 0;
  const breaks = /\r\n?/g;
  for (let m = breaks.exec(original); m; m = breaks.exec(original)) {
    text += original.slice(last, m.index);
    if (m[0].length === 2) crlfAt.push(text.length);
    text += '\n';
    last = m.index + m[0].length;
  }
  text += original.slice(last);
  const first = /\r\n|\r|\n/.exec(original);
  const newline = first ? first[0] : '\n';
  const toOriginal = (offset: number) => {
    let lo = 0;
    let hi = crlfAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (crlfAt[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
  return {
    text,
    restore(splices) {
      const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.at - b.at || (b.depth ?? Infinity) - (a.depth ?? Infinity) || a.i - b.i);
      let out = '';
      let pos = 0;
      for (const s of sorted) {
        const at = toOriginal(s.at);
        out += original.slice(pos, at) + s.text.replace(/\n/g, newline);
        pos = Math.max(at, toOriginal(s.end));
      }
      return out + original.slice(pos);
    },
  };
}

/** A change of a whole mapping that exists becomes one change per key, so that untouched keys stay as written. */
function leafChanges(doc: Document.Parsed, changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  const stack = [...changes].reverse();
  while (stack.length > 0) {
    const change = stack.pop()!;
    const value = change.value;
    const target = walk(doc, change.path);
    if (target.missingAt === -1 && isSeq(target.node) && Array.isArray(value) && value.length >= target.node.items.length) {
      // A longer or equal list: items that differ are changed in place, new ones appended.
      const current = (target.node.toJSON() ?? []) as unknown[];
      const items = value.flatMap((v, i) => (i < current.length && isDeepStrictEqual(current[i], v) ? [] : [{ path: [...change.path, i], value: v as ChangeValue }]));
      stack.push(...items.reverse());
    } else if (target.missingAt === -1 && isMap(target.node) && value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.entries(value).map(([k, v]) => ({ path: [...change.path, k], value: v as ChangeValue }));
      stack.push(...keys.reverse());
    } else {
      out.push(change);
    }
  }
  return out;
}

interface Target {
  /** The node at the path, or the deepest existing one on it (a collection, or an empty value to fill). */
  node: YamlNode;
  /** The pair holding `node`, if a mapping holds it. */
  pair?: Pair;
  /** Whether `node` sits inside a flow collection. */
  inFlow: boolean;
  /** Index in the path of the first segment that does not exist; -1 when the whole path exists. */
  missingAt: number;
  path: DocPath;
}

function walk(doc: Document.Parsed, path: DocPath): Target {
  let node = doc.contents as YamlNode;
  let pair: Pair | undefined;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const here: Target = { node, inFlow, missingAt: i, path, ...(pair ? { pair } : {}) };
    if (isMap(node)) {
      const found = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return here;
      inFlow ||= Boolean(node.flow);
      pair = found;
      node = (found.value ?? found.key) as YamlNode;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg >= node.items.length) return here; // new items: appended in order (a gap fails the read-back check)
      inFlow ||= Boolean(node.flow);
      pair = undefined;
      node = node.items[seg] as YamlNode;
    } else if (isScalar(node) && node.value === null) {
      return here;
    } else {
      throw new EditError(`cannot change ${path.join('.')}: ${path.slice(0, i).join('.')} holds a single value, not a mapping`);
    }
  }
  return { node, inFlow, missingAt: -1, path, ...(pair ? { pair } : {}) };
}

// ---- Replacing a value that exists ----------------------------------------

function replaceScalar(text: string, target: Target, change: Change): Splice {
  const node = target.node;
  const value = change.value;
  if (!isScalar(node) || (value !== null && typeof value === 'object')) {
    if (isScalar(node) && node.value === null) return fillEmpty(text, target, value);
    throw new EditError(`cannot change ${change.path.join('.')} in place: it is a ${isSeq(node) ? 'list' : 'mapping'}, not a single value`);
  }
  const token = node.srcToken as CST.FlowScalar | CST.BlockScalar | undefined;
  if (!token) throw new EditError(`cannot find ${change.path.join('.')} in the text`);
  if (token.type === 'block-scalar') {
    const end = token.offset + CST.stringify(token).length;
    const original = text.slice(token.offset, end);
    const atEnd = !original.endsWith('\n'); // the last thing in a file without a final newline
    if (typeof value === 'string' && /^[^ \n]/.test(value) && !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value) && !(atEnd && value.endsWith('\n'))) {
      const literal = blockLiteral(value, token, text);
      return { at: token.offset, end, text: atEnd ? literal.slice(0, -1) : literal };
    }
    return { at: token.offset, end, text: `${scalarText(value as Plain, 'plain', target.inFlow)}${atEnd ? '' : '\n'}` };
  }
  const style = token.type === 'single-quoted-scalar' ? 'single' : token.type === 'double-quoted-scalar' ? 'double' : 'plain';
  return { at: token.offset, end: token.offset + token.source.length, text: scalarText(value as Plain, style, target.inFlow) };
}

/**
 * A new literal block scalar in place of an old one (literal or folded), at
 * the old one's content indentation and with its header comment; the
 * chomping indicator says how many line breaks the value ends with.
 */
function blockLiteral(value: string, token: CST.BlockScalar, text: string): string {
  const contentIndent = /^( *)\S/m.exec(token.source)?.[1]!.length ?? column(text, token.offset) + indentStep(text);
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const comment = token.props.filter((t) => t.type === 'comment' || t.type === 'space').map((t) => (t as CST.SourceToken).source).join('');
  const pad = ' '.repeat(Math.max(contentIndent, 1));
  const lines = body.split('\n').map((line) => (line === '' ? '' : pad + line)).join('\n');
  return `|${chomp}${comment}\n${lines}\n${'\n'.repeat(Math.max(0, trailing - 1))}`;
}

/** A shorter list in place of a list: rewritten whole, in its own style (flow or block, same indentation). */
function replaceList(text: string, target: Target, value: unknown[]): Splice {
  const seq = target.node as Collection;
  if (seq.flow) return { at: seq.range![0], end: seq.range![1], text: flowText(value) };
  if (value.length === 0) throw new EditError(`cannot empty the list ${target.path.join('.')} here; remove it in the file`);
  const dash = (seq.srcToken as CST.BlockSequence).items[0]?.start.find((t) => t.type === 'seq-item-ind');
  if (!dash) throw new EditError('cannot find where the list items start');
  const dashColumn = column(text, dash.offset);
  const lines = blockLines(value, dashColumn).slice(dashColumn); // the first dash stays where it was
  const last = seq.items[seq.items.length - 1] as YamlNode;
  const after = atLineAfter(text, last.range![1], '');
  return { at: dash.offset, end: after.at, text: after.text === '' ? lines : lines.replace(/\n$/, '') };
}

/** `key:` with nothing, `~` or `null` after it, given a mapping or list. */
function fillEmpty(text: string, target: Target, value: ChangeValue): Splice {
  const node = target.node as Scalar;
  const token = node.srcToken as CST.FlowScalar | undefined;
  const written = token ? token.source : '';
  const at = token ? token.offset : node.range![0];
  if (written !== '' || target.inFlow || !target.pair) return { at, end: at + written.length, text: flowText(value) };
  // A block section with no entries yet: the entries go on the lines below the key, one step in.
  const keyColumn = column(text, (target.pair.key as YamlNode).range![0]);
  return atLineAfter(text, at, blockLines(value, keyColumn + indentStep(text)));
}

/** Where a value can be written so that it reads back as itself, in the style the file used if possible. */
function scalarText(value: Plain, style: 'plain' | 'single' | 'double', inFlow: boolean): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (style === 'plain' && safePlain(value, inFlow)) return value;
  if (style === 'single' && !/[\n\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return doubleQuoted(value);
}

/** A string as written plain in YAML 1.2 core, and read back the same by both loaders. */
function safePlain(value: string, inFlow: boolean): boolean {
  if (!/^[\p{L}\p{N}(][\p{L}\p{N}\p{Zs} _.,;:'()/&+%@=~€$£¥-]*$/u.test(value) || /\s$/u.test(value)) return false;
  if (/: |:$|\s#/.test(value) || (inFlow && /[,[\]{}]/.test(value))) return false;
  // Words the core schema reads as something else: numbers, booleans, null.
  return !/^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|true|false|null|True|False|Null|TRUE|FALSE|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(value);
}

/** A double-quoted scalar on one line: any string at all, in block or flow context. */
function doubleQuoted(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** Any value on one line, as YAML flow: valid wherever a value may stand. */
function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(', ')} }`;
  return scalarText(value as Plain, 'plain', true);
}

function keyText(key: string): string {
  return safePlain(key, true) ? key : doubleQuoted(key);
}

// ---- Adding what is missing ------------------------------------------------

interface Group {
  target: Target;
  /** The new entries: a mapping of new keys, or the new items of a list. */
  value: Record<string, unknown> | unknown[];
}

function insertion(text: string, group: Group): Splice {
  const { node } = group.target;
  if (isScalar(node)) return fillEmpty(text, group.target, group.value);
  const collection = node as Collection;
  const items = collection.items as (Pair | YamlNode)[];
  const isList = isSeq(collection);
  const entries = isList ? (group.value as unknown[]).filter((v) => v !== undefined) : null;

  if (collection.flow) {
    const added = entries
      ? entries.map(flowText).join(', ')
      : Object.entries(group.value).map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(', ');
    const last = items[items.length - 1];
    if (last) {
      const lastNode = (isMap(collection) ? ((last as Pair).value ?? (last as Pair).key) : last) as YamlNode;
      return { at: lastNode.range![1], end: lastNode.range![1], text: `, ${added}` };
    }
    const close = (collection.srcToken as CST.FlowCollection).end.find((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end');
    if (!close) throw new EditError('cannot add to an unclosed flow collection');
    return { at: close.offset, end: close.offset, text: added };
  }

  const last = items[items.length - 1];
  if (!last) throw new EditError('cannot add to an empty block collection');
  const lastEnd = ((isList ? last : ((last as Pair).value ?? (last as Pair).key)) as YamlNode).range![1];
  if (entries) {
    const dash = (collection.srcToken as CST.BlockSequence).items[0]?.start.find((t) => t.type === 'seq-item-ind');
    if (!dash) throw new EditError('cannot find where the list items start');
    return atLineAfter(text, lastEnd, blockLines(entries, column(text, dash.offset)));
  }
  const firstKey = (items[0] as Pair).key as YamlNode;
  return atLineAfter(text, lastEnd, blockLines(group.value, column(text, firstKey.range![0])));
}

/** Lines for a new block entry (LF, ending in LF), each indented by `indent`. */
function blockLines(value: unknown, indent: number): string {
  const body = stringify(value, { version: '1.2', lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true });
  const pad = ' '.repeat(indent);
  const lines = body.replace(/\n$/, '').split('\n').map((line) => (line === '' ? line : pad + line));
  return `${lines.join('\n')}\n`;
}

/**
 * New lines after the line on which `offset - 1` lies. At the end of a file
 * without a final newline they are put after a break, and the file still
 * ends without one.
 */
function atLineAfter(text: string, offset: number, lines: string): Splice {
  const eol = text.indexOf('\n', Math.max(0, offset - 1));
  if (eol === -1) return { at: text.length, end: text.length, text: `\n${lines.replace(/\n$/, '')}` };
  return { at: eol + 1, end: eol + 1, text: lines };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The file's indentation step: the first indented line's indentation, else 2. */
function indentStep(text: string): number {
  const m = /\n( +)[^ \n#]/.exec(text);
  return m ? m[1]!.length : 2;
}
