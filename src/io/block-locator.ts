/**
 * Line:column of a document path in a plain block-style YAML file, found by
 * indentation alone — about thirty times cheaper than a full parse, which
 * matters when a rule warns on thousands of accounts. It answers only for
 * the shapes it can be sure of and returns undefined otherwise; the caller
 * then asks the full parser. Property tests hold it to the same answers as
 * `locate` in yaml-document.ts.
 */
import type { DocPath } from '../core/types.js';

type Position = { line: number; column: number };
const FAIL = Symbol('fail');
type Result = Position | typeof FAIL;

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*) *:(?: |$)/;
const KEY_AT = /([A-Za-z0-9_][A-Za-z0-9_-]*) *:(?: |$)/y;

/** KEY matched from column `at` of a line, without cutting the line there. */
function keyAt(line: string, at: number): RegExpExecArray | null {
  KEY_AT.lastIndex = at;
  return KEY_AT.exec(line);
}

class Lines {
  readonly text: string[];
  readonly indent: number[];
  constructor(source: string) {
    this.text = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    this.indent = this.text.map(indentOf);
  }
  significant(i: number, from = this.indent[i]!): boolean {
    const t = this.text[i]!;
    let c = from;
    while (t.charCodeAt(c) === 0x20) c += 1;
    const ch = t.charCodeAt(c);
    if ((ch >= 0x09 && ch <= 0x0d) || ch >= 0xa0) {
      const rest = t.slice(from).trimStart();
      return rest !== '' && !rest.startsWith('#');
    }
    return c < t.length && ch !== 0x23;
  }
  isDash(i: number, col = this.indent[i]!): boolean {
    const t = this.text[i]!;
    return t[col] === '-' && (t.length === col + 1 || t[col + 1] === ' ');
  }
  /** First column after `col` that is not a space, or -1 if only a comment or nothing follows. */
  valueStart(i: number, col: number): number {
    const t = this.text[i]!;
    let c = col;
    while (t[c] === ' ') c += 1;
    return c >= t.length || t[c] === '#' ? -1 : c;
  }
  /** End of a block whose lines are indented more than `indent` (dash lines at `indent` too, when `dashes`). */
  blockEnd(from: number, indent: number, dashes: boolean): number {
    let j = from;
    for (; j < this.text.length; j++) {
      if (!this.significant(j)) continue;
      const ind = this.indent[j]!;
      if (ind > indent || (dashes && ind === indent && this.isDash(j))) continue;
      break;
    }
    return j;
  }
}

/** What trimStart() would remove, counted without making the trimmed copy (spaces are the common case). */
function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i += 1;
  const c = line.charCodeAt(i);
  return (c >= 0x09 && c <= 0x0d) || c >= 0xa0 ? line.length - line.trimStart().length : i;
}

const pos = (line: number, col: number): Position => ({ line: line + 1, column: col + 1 });

export function locateInBlockYaml(source: string, path: DocPath): Position | undefined {
  return blockLocator(source)(path);
}

/**
 * A locator for one file: the lines are split and measured once, however
 * many findings the file has (a rule-heavy file asks for many positions).
 */
export function blockLocator(source: string): (path: DocPath) => Position | undefined {
  const lines = new Lines(source);
  if (lines.text.some((t) => t.startsWith('---') || t.startsWith('...'))) return () => undefined;
  const first = lines.text.findIndex((_, i) => lines.significant(i));
  if (first === -1 || lines.indent[first] !== 0 || !KEY.test(lines.text[first]!)) return () => undefined;
  return (path) => {
    const r = inMap(lines, first, lines.text.length, 0, first, 0, path, pos(first, 0));
    return r === FAIL ? undefined : r;
  };
}

/**
 * A block mapping whose keys sit at column `indent` on lines [lo, hi); on line
 * `virtualLine` the key starts at `indent` after a "- " (a sequence item).
 */
function inMap(lines: Lines, lo: number, hi: number, indent: number, virtualLine: number, virtualCol: number, path: DocPath, self: Position): Result {
  if (path.length === 0) return self;
  const [seg, ...rest] = path;
  for (let i = lo; i < hi; i++) {
    const ind = i === virtualLine ? virtualCol : lines.indent[i]!;
    if (!lines.significant(i, ind) || ind > indent) continue;
    if (ind < indent) break;
    const m = keyAt(lines.text[i]!, ind);
    if (!m) return FAIL;
    if (m[1] !== String(seg)) continue;
    const vc = lines.valueStart(i, ind + m[0].length);
    if (vc !== -1) return inlineValue(lines.text[i]!, i, vc, rest);
    // No value on the key's line: a block collection below, or something we leave to the parser.
    const j = nextSignificant(lines, i + 1, hi);
    if (j === -1) return FAIL;
    const keyPos = pos(i, ind);
    if (lines.indent[j]! >= ind && lines.isDash(j)) {
      if (lines.indent[j] === ind && rest.length === 0) return keyPos;
      return inSeq(lines, j, lines.blockEnd(j, lines.indent[j]!, true), lines.indent[j]!, rest, keyPos);
    }
    if (lines.indent[j]! > ind && keyAt(lines.text[j]!, lines.indent[j]!)) {
      return inMap(lines, j, lines.blockEnd(i + 1, ind, false), lines.indent[j]!, -1, 0, rest, keyPos);
    }
    return FAIL;
  }
  return self;
}

function inSeq(lines: Lines, lo: number, hi: number, indent: number, path: DocPath, self: Position): Result {
  if (path.length === 0) return self;
  const [seg, ...rest] = path;
  if (typeof seg !== 'number') return self;
  let index = -1;
  for (let i = lo; i < hi; i++) {
    if (!lines.significant(i) || lines.indent[i]! > indent) continue;
    if (lines.indent[i]! < indent || !lines.isDash(i)) break;
    index += 1;
    if (index !== seg) continue;
    const c = lines.valueStart(i, indent + 1);
    if (c === -1 || lines.isDash(i, c)) return FAIL;
    const text = lines.text[i]!;
    if (rest.length > 0 && keyAt(text, c)) {
      return inMap(lines, i, lines.blockEnd(i + 1, indent, false), c, i, c, rest, pos(i, c));
    }
    return inlineValue(text, i, c, rest);
  }
  return self;
}

function nextSignificant(lines: Lines, from: number, hi: number): number {
  for (let j = from; j < hi; j++) if (lines.significant(j)) return j;
  return -1;
}

/** A value written on the line itself: a scalar, or a flow collection closed on the same line. */
function inlineValue(text: string, line: number, col: number, path: DocPath): Result {
  const c = text[col];
  if (c === '|' || c === '>' || c === '"' || c === "'") return path.length === 0 ? pos(line, col) : FAIL;
  if (c !== '{' && c !== '[') return pos(line, col);
  return inFlow(text, line, col, path);
}

/** Entries of a one-line flow collection opening at `col`: [key start, value start] pairs. */
function flowEntries(text: string, col: number): [number, number][] | undefined {
  const entries: [number, number][] = [];
  let depth = 0;
  let start = -1;
  let value = -1;
  for (let i = col; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") return undefined; // quoted scalars: leave to the parser
    if (depth === 1 && start === -1 && c !== ' ' && c !== ',' && c !== '}' && c !== ']') start = i;
    if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
    if (depth === 1 && c === ':' && value === -1 && (text[i + 1] === ' ' || text[i + 1] === ',' || text[i + 1] === '}')) {
      let v = i + 1;
      while (text[v] === ' ') v += 1;
      value = v;
    }
    if ((depth === 1 && c === ',') || depth === 0) {
      if (start !== -1) entries.push([start, value]);
      start = -1;
      value = -1;
      if (depth === 0) return entries;
    }
  }
  return undefined;
}

function inFlow(text: string, line: number, col: number, path: DocPath): Result {
  if (path.length === 0) return pos(line, col);
  const entries = flowEntries(text, col);
  if (!entries) return FAIL;
  const [seg, ...rest] = path;
  let at: number;
  if (text[col] === '[') {
    if (typeof seg !== 'number' || entries.some(([, v]) => v !== -1)) return pos(line, col);
    const entry = entries[seg];
    if (!entry) return pos(line, col);
    at = entry[0];
  } else {
    const entry = entries.find(([k, v]) => v !== -1 && text.slice(k, text.indexOf(':', k)).trimEnd() === String(seg));
    if (entries.some(([, v]) => v === -1)) return FAIL;
    if (!entry) return pos(line, col);
    at = entry[1];
    if (text[at] === ',' || text[at] === '}') return FAIL; // a null value: leave to the parser
  }
  if (text[at] === '{' || text[at] === '[') return inFlow(text, line, at, rest);
  return pos(line, at);
}
