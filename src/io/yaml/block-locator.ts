/**
 * Line:column of a document path in a plain block-style YAML file, found by
 * indentation alone — about thirty times cheaper than a full parse, which
 * matters when a rule warns on thousands of accounts. It answers only for
 * the shapes it can be sure of and returns undefined otherwise; the caller
 * then asks the full parser. Property tests hold it to the same answers as
 * `locate` in yaml-document.ts.
 *
 * It reads the text in place, by offsets: a third of the files of a large
 * portfolio have a finding, and splitting each into line strings, or
 * matching keys with regular expressions, cost more than the walk itself.
 * Positions travel as offsets into the text (FAIL when unsure) and become
 * line:column only at the end.
 */
import type { DocPath } from '../../core/types.js';

type Position = { line: number; column: number };
const FAIL = -1;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;

/** A character `trimStart()` may remove besides the space: the rare cases are measured by trimStart itself. */
const unusualSpace = (c: number): boolean => (c >= 0x09 && c <= 0x0d) || c >= 0xa0;

/** [A-Za-z0-9_]: a key name is these, and `-` after the first. */
function nameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The lines of a text as the text split at LF with one trailing CR dropped
 * would give them, held as [start, end) offsets; indentation is measured when
 * first asked for.
 */
class Lines {
  readonly count: number;
  private readonly indents: number[];
  /** Column after the name of the key keyAt() last found. */
  nameEnd = -1;
  constructor(readonly source: string, private readonly starts: number[]) {
    this.count = starts.length;
    this.indents = new Array<number>(this.count).fill(-1);
  }
  start(i: number): number {
    return this.starts[i]!;
  }
  /** End of the line's text, before its LF and a CR that precedes it. */
  end(i: number): number {
    const start = this.starts[i]!;
    const end = i + 1 < this.count ? this.starts[i + 1]! - 1 : this.source.length;
    return end > start && this.source.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
  }
  /** What trimStart() would remove from the line, counted without making the trimmed copy (spaces are the common case). */
  indent(i: number): number {
    const known = this.indents[i]!;
    if (known !== -1) return known;
    const s = this.starts[i]!;
    const e = this.end(i);
    let c = s;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    let n = c - s;
    if (c < e && unusualSpace(this.source.charCodeAt(c))) {
      const line = this.source.slice(s, e);
      n = line.length - line.trimStart().length;
    }
    this.indents[i] = n;
    return n;
  }
  /** Whether anything but blanks and a comment follows column `from`. */
  significant(i: number, from = this.indent(i)): boolean {
    const e = this.end(i);
    let c = this.starts[i]! + from;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    if (c >= e) return false;
    const ch = this.source.charCodeAt(c);
    if (unusualSpace(ch)) {
      const rest = this.source.slice(this.starts[i]! + from, e).trimStart();
      return rest !== '' && !rest.startsWith('#');
    }
    return ch !== HASH;
  }
  /** A "-" at column `col` followed by a space or the end of the line. */
  isDash(i: number, col = this.indent(i)): boolean {
    const at = this.starts[i]! + col;
    const e = this.end(i);
    return at < e && this.source.charCodeAt(at) === DASH && (at + 1 === e || this.source.charCodeAt(at + 1) === SPACE);
  }
  /** First column after `col` that is not a space, or -1 if only a comment or nothing follows. */
  valueStart(i: number, col: number): number {
    const s = this.starts[i]!;
    const e = this.end(i);
    let c = s + col;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    return c >= e || this.source.charCodeAt(c) === HASH ? -1 : c - s;
  }
  /**
   * Column after a key `name *:` followed by a space (taken too) or the end of
   * the line, where the name ([A-Za-z0-9_][A-Za-z0-9_-]*) starts at `col`;
   * -1 if there is no such key. The name's end is left in `nameEnd`.
   */
  keyAt(i: number, col: number): number {
    const s = this.starts[i]!;
    const e = this.end(i);
    let c = s + col;
    if (c >= e || !nameChar(this.source.charCodeAt(c))) return -1;
    for (c += 1; c < e; c++) {
      const ch = this.source.charCodeAt(c);
      if (!nameChar(ch) && ch !== DASH) break;
    }
    this.nameEnd = c - s;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    if (c >= e || this.source.charCodeAt(c) !== COLON) return -1;
    c += 1;
    if (c === e) return c - s;
    return this.source.charCodeAt(c) === SPACE ? c + 1 - s : -1;
  }
  /** End of a block whose lines are indented more than `indent` (dash lines at `indent` too, when `dashes`). */
  blockEnd(from: number, indent: number, dashes: boolean): number {
    let j = from;
    for (; j < this.count; j++) {
      const ind = this.indent(j);
      if (ind > indent || !this.significant(j) || (dashes && ind === indent && this.isDash(j))) continue;
      break;
    }
    return j;
  }
  nextSignificant(from: number, hi: number): number {
    for (let j = from; j < hi; j++) if (this.significant(j)) return j;
    return -1;
  }
  /** The line:column (1-based) of an offset. */
  position(at: number): Position {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }
}

/**
 * Where each line starts (lines as split at LF), or undefined when a line
 * begins "---" or "...": a document marker, which the walk does not read.
 */
function lineStarts(source: string): number[] | undefined {
  const starts = [0];
  if (source.startsWith('---') || source.startsWith('...')) return undefined;
  for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', nl + 1)) {
    // A marker needs three characters: reading past the end would cost a deoptimisation.
    if (nl + 3 < source.length) {
      const c = source.charCodeAt(nl + 1);
      if ((c === DASH || c === DOT) && (source.startsWith('---', nl + 1) || source.startsWith('...', nl + 1))) return undefined;
    }
    starts.push(nl + 1);
  }
  return starts;
}

export function locateInBlockYaml(source: string, path: DocPath): Position | undefined {
  return blockLocator(source)(path);
}

const unsure = (): undefined => undefined;

/**
 * A locator for one file: the lines are found once, however many findings
 * the file has (a rule-heavy file asks for many positions).
 */
export function blockLocator(source: string): (path: DocPath) => Position | undefined {
  const starts = lineStarts(source);
  if (!starts) return unsure;
  const lines = new Lines(source, starts);
  let first = 0;
  while (first < lines.count && !lines.significant(first)) first += 1;
  if (first === lines.count || lines.indent(first) !== 0 || lines.keyAt(first, 0) === -1) return unsure;
  return (path) => {
    const at = inMap(lines, first, lines.count, 0, first, 0, path, 0, lines.start(first));
    return at === FAIL ? undefined : lines.position(at);
  };
}

/**
 * path[k..] in a block mapping whose keys sit at column `indent` on lines
 * [lo, hi); on line `virtualLine` the key starts at `virtualCol`, after a
 * "- " (a sequence item). `self` is where the mapping itself is placed.
 */
function inMap(lines: Lines, lo: number, hi: number, indent: number, virtualLine: number, virtualCol: number, path: DocPath, k: number, self: number): number {
  if (k === path.length) return self;
  const seg = path[k]!;
  const key = typeof seg === 'string' ? seg : String(seg);
  for (let i = lo; i < hi; i++) {
    const ind = i === virtualLine ? virtualCol : lines.indent(i);
    if (ind > indent || !lines.significant(i, ind)) continue;
    if (ind < indent) break;
    const after = lines.keyAt(i, ind);
    if (after === -1) return FAIL;
    if (lines.nameEnd - ind !== key.length || !lines.source.startsWith(key, lines.start(i) + ind)) continue;
    const vc = lines.valueStart(i, after);
    if (vc !== -1) return inlineValue(lines, i, vc, path, k + 1);
    // No value on the key's line: a block collection below, or something we leave to the parser.
    const j = lines.nextSignificant(i + 1, hi);
    if (j === -1) return FAIL;
    const keyPos = lines.start(i) + ind;
    const below = lines.indent(j);
    if (below >= ind && lines.isDash(j)) {
      if (below === ind && k + 1 === path.length) return keyPos;
      return inSeq(lines, j, lines.blockEnd(j, below, true), below, path, k + 1, keyPos);
    }
    if (below > ind && lines.keyAt(j, below) !== -1) {
      return inMap(lines, j, lines.blockEnd(i + 1, ind, false), below, -1, 0, path, k + 1, keyPos);
    }
    return FAIL;
  }
  return self;
}

/** path[k..] in a block sequence whose dashes sit at column `indent` on lines [lo, hi). */
function inSeq(lines: Lines, lo: number, hi: number, indent: number, path: DocPath, k: number, self: number): number {
  if (k === path.length) return self;
  const seg = path[k];
  if (typeof seg !== 'number') return self;
  let index = -1;
  for (let i = lo; i < hi; i++) {
    if (lines.indent(i) > indent || !lines.significant(i)) continue;
    if (lines.indent(i) < indent || !lines.isDash(i)) break;
    index += 1;
    if (index !== seg) continue;
    const c = lines.valueStart(i, indent + 1);
    if (c === -1 || lines.isDash(i, c)) return FAIL;
    if (k + 1 < path.length && lines.keyAt(i, c) !== -1) {
      return inMap(lines, i, lines.blockEnd(i + 1, indent, false), c, i, c, path, k + 1, lines.start(i) + c);
    }
    return inlineValue(lines, i, c, path, k + 1);
  }
  return self;
}

/** A value written on line `line` from column `col`: a scalar, or a flow collection closed on the same line. */
function inlineValue(lines: Lines, line: number, col: number, path: DocPath, k: number): number {
  const at = lines.start(line) + col;
  const c = lines.source[at];
  if (c === '|' || c === '>' || c === '"' || c === "'") return k === path.length ? at : FAIL;
  if (c !== '{' && c !== '[') return at;
  // Flow collections are rare in account files: read on a copy of the line.
  const found = inFlow(lines.source.slice(lines.start(line), lines.end(line)), col, path, k);
  return found === FAIL ? FAIL : lines.start(line) + found;
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

/** The column of path[k..] in the flow collection opening at column `col` of a line's text, or FAIL. */
function inFlow(text: string, col: number, path: DocPath, k: number): number {
  if (k === path.length) return col;
  const entries = flowEntries(text, col);
  if (!entries) return FAIL;
  const seg = path[k]!;
  let at: number;
  if (text[col] === '[') {
    if (typeof seg !== 'number' || entries.some(([, v]) => v !== -1)) return col;
    const entry = entries[seg];
    if (!entry) return col;
    at = entry[0];
  } else {
    const entry = entries.find(([key, v]) => v !== -1 && text.slice(key, text.indexOf(':', key)).trimEnd() === String(seg));
    if (entries.some(([, v]) => v === -1)) return FAIL;
    if (!entry) return col;
    at = entry[1];
    if (text[at] === ',' || text[at] === '}') return FAIL; // a null value: leave to the parser
  }
  if (text[at] === '{' || text[at] === '[') return inFlow(text, at, path, k + 1);
  return at;
}
