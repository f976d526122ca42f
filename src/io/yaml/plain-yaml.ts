/**
 * A reader for the plain-data YAML that account files are written in: block
 * mappings and sequences, one-line flow collections of scalars, one-line
 * quoted and plain scalars, comments. It answers as the `yaml` parser (YAML
 * 1.2 core) does, or not at all: anything outside that subset (anchors, tags,
 * block or multi-line scalars, escapes, nested flow, odd number forms,
 * duplicate keys, CR, tabs, control characters ...) returns undefined and the
 * loader takes its usual paths. Parsing is most of the time `kam score`
 * spends on a valid portfolio, and this reads it about three times faster
 * than js-yaml. The property tests hold it to `yaml`'s answers.
 */

import { detached } from '../../core/strings.js';

/** The caller falls back to the general parsers. */
const BAIL = Symbol('outside the plain subset');
function bail(): never {
  throw BAIL;
}

// Characters this reader leaves to the general parsers wherever they occur:
// CR (CRLF files), tabs, other C0/C1 controls and DEL, the line and
// paragraph separators, a BOM or a non-character inside the text, and
// surrogates (so no lone one is ever misread).
const UNSUPPORTED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Deeper than this is no account plan: left to the careful path, which reports it. */
const MAX_DEPTH = 24;
const MAX_KEY = 128;

const SPACE = 0x20;
const NL = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** The data of a file in the plain subset (its top level a mapping), or undefined. */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  const reader = new PlainReader(text);
  try {
    if (!reader.seek() || reader.indent !== 0) return undefined;
    const data = reader.map(0, reader.pos, 0);
    return reader.pos === text.length ? data : undefined;
  } catch (e) {
    if (e === BAIL || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** A name character: A-Z a-z 0-9 _ - */
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH;
}

/**
 * Strings seen before, one per slot of a small table by a hash of their text:
 * taking the same string again spares a copy (and, for a key, the hashing
 * that a fresh property name costs). Every string handed out is a copy of its
 * own: a slice would keep the whole file's text alive for as long as the
 * table, or the account, lives.
 */
function sharedString(table: string[], t: string, at: number, end: number, hash: number): string {
  const slot = (hash ^ (hash >>> 12)) & (table.length - 1);
  const cached = table[slot]!;
  if (cached.length === end - at && t.startsWith(cached, at)) return cached;
  const copy = detached(t.slice(at, end));
  table[slot] = copy;
  return copy;
}

// Keys, hashed while the name is scanned; values (managers, stages, roles,
// functions and tags repeat from file to file) in a table of their own.
const KEY_CACHE: string[] = new Array<string>(1024).fill('');
const VALUE_CACHE: string[] = new Array<string>(4096).fill('');
/** Longer values are rarely repeated: copied without a look in the table. */
const MAX_SHARED_VALUE = 40;

const keyAt = (t: string, at: number, end: number, hash: number): string => sharedString(KEY_CACHE, t, at, end, hash);

/** The text t[at, end) as a string of its own; `hash`, when the caller has it, as textHash would give it. */
function textAt(t: string, at: number, end: number, hash?: number): string {
  if (end - at > MAX_SHARED_VALUE) return detached(t.slice(at, end));
  return sharedString(VALUE_CACHE, t, at, end, hash ?? textHash(t, at, end));
}

function textHash(t: string, at: number, end: number): number {
  let hash = 0;
  for (let i = at; i < end; i++) hash = (hash * 31 + t.charCodeAt(i)) | 0;
  return hash;
}

/**
 * A key this reader may take as it stands: not `__proto__` (which would set the
 * prototype), not a word YAML reads as null or a boolean, not one the object
 * already has (a duplicate) or inherits (left to the parsers, to be sure).
 */
function usableKey(obj: Record<string, unknown>, key: string): boolean {
  return obj[key] === undefined && key !== '__proto__' && !isReservedWord(key);
}

/** The plain scalars YAML 1.2 core reads as null or a boolean; as keys they would not be strings. */
function isReservedWord(s: string): boolean {
  switch (s) {
    case 'null': case 'Null': case 'NULL': case 'true': case 'True': case 'TRUE': case 'false': case 'False': case 'FALSE':
      return true;
    default:
      return false;
  }
}

/** The plain scalar t[at, end) as YAML 1.2 core resolves it; bails on forms it does not decide for sure. */
function resolvePlain(t: string, at: number, end: number, hash?: number): unknown {
  const c = t.charCodeAt(at);
  if ((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2b || c === 0x2e) {
    const n = plainNumber(t, at, end);
    if (n !== undefined) return n;
    const s = t.slice(at, end);
    // A date or words that merely start with a digit are text; other number-like forms are left to the parsers.
    const second = s.charCodeAt(1);
    if (c === DASH && !(second >= 0x30 && second <= 0x39)) bail();
    if (c === 0x2b || c === 0x2e || !(DATE.test(s) || s.includes(' '))) bail();
    return textAt(t, at, end);
  }
  if (end - at <= 5) {
    switch (t.slice(at, end)) {
      case '~': case 'null': case 'Null': case 'NULL':
        return null;
      case 'true': case 'True': case 'TRUE':
        return true;
      case 'false': case 'False': case 'FALSE':
        return false;
      default:
    }
  }
  return textAt(t, at, end, hash);
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number t[at, end) is, in the forms read here: an integer 0 or
 * -?[1-9][0-9]{0,14}, or a decimal -?(0|[1-9][0-9]{0,14}).[0-9]{1,17}
 * ("-0" is not one: js-yaml reads it as 0, YAML 1.2 as -0). Computed from the
 * digits: with at most 15 of them, m / 10^k is exact over exact, so the one
 * rounding of the division gives what parseFloat gives.
 */
function plainNumber(t: string, at: number, end: number): number | undefined {
  let p = at;
  const negative = t.charCodeAt(p) === DASH;
  if (negative) p += 1;
  const intStart = p;
  let m = 0;
  for (let d = t.charCodeAt(p) - 0x30; p < end && d >= 0 && d <= 9; d = t.charCodeAt(p) - 0x30) {
    m = m * 10 + d;
    p += 1;
  }
  const intDigits = p - intStart;
  if (intDigits === 0 || intDigits > 15 || (intDigits > 1 && t.charCodeAt(intStart) === 0x30)) return undefined;
  if (p === end) return negative ? (m === 0 ? undefined : -m) : m;
  if (t.charCodeAt(p) !== 0x2e) return undefined;
  p += 1;
  const fracStart = p;
  for (let d = t.charCodeAt(p) - 0x30; p < end && d >= 0 && d <= 9; d = t.charCodeAt(p) - 0x30) {
    m = m * 10 + d;
    p += 1;
  }
  const fracDigits = p - fracStart;
  if (p !== end || fracDigits === 0 || fracDigits > 17) return undefined;
  if (intDigits + fracDigits > 15) return parseFloat(t.slice(at, end));
  const value = m / POWERS_OF_TEN[fracDigits]!;
  return negative ? -value : value;
}

/** Characters that cannot start a plain scalar here (indicators, or forms left to the parsers). */
function startsSpecial(c: number): boolean {
  switch (c) {
    case 0x3f: case COLON: case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: case HASH: case 0x26: case 0x2a:
    case 0x21: case 0x7c: case 0x3e: case 0x27: case 0x22: case 0x25: case 0x40: case 0x60: case SPACE:
      return true;
    default:
      return false;
  }
}

class PlainReader {
  /** Start of the current line. */
  pos = 0;
  /** Indentation of the current line. */
  indent = 0;
  /** A hash of the name the last keyEnd() scanned. */
  keyHash = 0;
  constructor(readonly text: string) {}

  /** Moves to the next line holding more than spaces or a comment; false at the end. */
  seek(): boolean {
    const t = this.text;
    const n = t.length;
    let p = this.pos;
    while (p < n) {
      let q = p;
      while (t.charCodeAt(q) === SPACE) q += 1;
      if (q < n) {
        const c = t.charCodeAt(q);
        if (c !== NL && c !== HASH) {
          this.pos = p;
          this.indent = q - p;
          return true;
        }
      }
      const nl = t.indexOf('\n', q);
      p = nl === -1 ? n : nl + 1;
    }
    this.pos = n;
    return false;
  }

  lineEnd(from: number): number {
    const e = this.text.indexOf('\n', from);
    return e === -1 ? this.text.length : e;
  }

  /** After the line that ends at `eol`, on to the next significant one. */
  nextLine(eol: number): boolean {
    this.pos = eol < this.text.length ? eol + 1 : eol;
    return this.seek();
  }

  /** A "- " (or "-" at the line's end) at offset p. */
  isDash(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === SPACE || c === NL || p + 1 === this.text.length;
  }

  /** End of the name at p when a mapping key "name:" (then a space or the line's end) starts there, else -1. */
  keyEnd(p: number): number {
    const t = this.text;
    const c0 = t.charCodeAt(p);
    if (!((c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x41 && c0 <= 0x5a) || c0 === 0x5f)) return -1;
    let k = p + 1;
    let hash = c0;
    for (let c = t.charCodeAt(k); isNameChar(c); c = t.charCodeAt(k)) {
      hash = (hash * 31 + c) | 0;
      k += 1;
    }
    this.keyHash = hash;
    if (t.charCodeAt(k) !== COLON) return -1;
    const after = t.charCodeAt(k + 1);
    return after === SPACE || after === NL || k + 1 === t.length ? k : -1;
  }

  /** The value that starts on the current line (a nested block) or the null of an empty one. */
  nested(col: number, inMap: boolean, depth: number): unknown {
    if (!this.seek()) return null;
    if (this.indent > col) {
      const at = this.pos + this.indent;
      if (this.isDash(at)) return this.seq(this.indent, depth + 1);
      return this.map(this.indent, at, depth + 1);
    }
    // A sequence may sit at its key's own indentation.
    if (inMap && this.indent === col && this.isDash(this.pos + col)) return this.seq(col, depth + 1);
    return null;
  }

  /** A block mapping with its keys at column `col`, the first at offset `at` (after a dash, it is not the line's indentation). */
  map(col: number, at: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) bail();
    const t = this.text;
    const obj: Record<string, unknown> = {};
    for (;;) {
      const k = this.keyEnd(at);
      if (k === -1 || k - at > MAX_KEY) bail();
      const key = keyAt(t, at, k, this.keyHash);
      if (!usableKey(obj, key)) bail();
      const eol = this.lineEnd(k);
      let v = k + 1;
      while (t.charCodeAt(v) === SPACE) v += 1;
      if (v >= eol || t.charCodeAt(v) === HASH) {
        this.pos = eol < t.length ? eol + 1 : eol;
        obj[key] = this.nested(col, true, depth);
      } else {
        obj[key] = this.inline(v, eol, depth);
        this.nextLine(eol);
      }
      if (this.pos >= t.length || this.indent < col) return obj;
      if (this.indent > col) bail();
      at = this.pos + col;
    }
  }

  /** A block sequence with its dashes at column `col`, the first on the current line. */
  seq(col: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) bail();
    const t = this.text;
    const list: unknown[] = [];
    for (;;) {
      const lineStart = this.pos;
      const dash = lineStart + col;
      const eol = this.lineEnd(dash);
      let v = dash + 1;
      while (t.charCodeAt(v) === SPACE) v += 1;
      if (v >= eol || t.charCodeAt(v) === HASH) {
        this.pos = eol < t.length ? eol + 1 : eol;
        list.push(this.nested(col, false, depth));
      } else if (this.isDash(v)) {
        bail(); // "- - x": left to the parsers
      } else if (this.keyEnd(v) !== -1) {
        list.push(this.map(v - lineStart, v, depth + 1));
      } else {
        list.push(this.inline(v, eol, depth));
        this.nextLine(eol);
      }
      if (this.pos >= t.length || this.indent < col) return list;
      if (this.indent > col) bail();
      if (!this.isDash(this.pos + col)) return list;
    }
  }

  /** A value written on its line from offset v (not a comment) to eol. */
  inline(v: number, eol: number, depth: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === 0x22 || c === 0x27) {
      const close = this.quotedEnd(v, eol);
      this.trailer(close + 1, eol);
      return this.quotedValue(v, close);
    }
    if (c === 0x5b || c === 0x7b) {
      if (depth + 1 > MAX_DEPTH) bail();
      return this.flow(v, eol);
    }
    if (startsSpecial(c) || (c === DASH && this.isDash(v))) bail();
    // One pass: where the value ends (before a " #" comment and trailing
    // spaces), its hash for the string table, and a ": " or a final ":"
    // (a mapping the parsers must judge).
    let end = v;
    let hash = 0;
    let endHash = 0;
    for (let p = v; p < eol; p++) {
      const ch = t.charCodeAt(p);
      if (ch === SPACE && t.charCodeAt(p + 1) === HASH) break;
      if (ch === COLON && (p + 1 === eol || t.charCodeAt(p + 1) === SPACE)) bail();
      hash = (hash * 31 + ch) | 0;
      if (ch !== SPACE) {
        end = p + 1;
        endHash = hash;
      }
    }
    return resolvePlain(t, v, end, endHash);
  }

  /** Offset of the quote that closes the quoted scalar opening at v, on the same line. */
  quotedEnd(v: number, eol: number): number {
    const t = this.text;
    if (t.charCodeAt(v) === 0x22) {
      const close = t.indexOf('"', v + 1);
      if (close === -1 || close >= eol) bail();
      for (let j = v + 1; j < close; j++) if (t.charCodeAt(j) === 0x5c) bail(); // escapes: left to the parsers
      return close;
    }
    for (let j = v + 1; ; j += 2) {
      const q = t.indexOf("'", j);
      if (q === -1 || q >= eol) bail();
      if (t.charCodeAt(q + 1) !== 0x27) return q;
      j = q; // '' stands for one quote
    }
  }

  quotedValue(v: number, close: number): string {
    const t = this.text;
    if (t.charCodeAt(v) === 0x27) {
      // Looked for inside the value only: a search of the rest of the file for each value would be quadratic.
      const inner = t.slice(v + 1, close);
      if (inner.includes("''")) return detached(inner.replaceAll("''", "'"));
    }
    return textAt(t, v + 1, close);
  }

  /** Only spaces, then nothing or a comment, from p to eol. */
  trailer(p: number, eol: number): void {
    const t = this.text;
    let q = p;
    while (q < eol && t.charCodeAt(q) === SPACE) q += 1;
    if (q < eol && (q === p || t.charCodeAt(q) !== HASH)) bail();
  }

  /** A flow sequence or mapping of scalars opening at v and closed on the same line. */
  flow(v: number, eol: number): unknown[] | Record<string, unknown> {
    const t = this.text;
    const isMap = t.charCodeAt(v) === 0x7b;
    const closer = isMap ? 0x7d : 0x5d;
    const list: unknown[] = [];
    const obj: Record<string, unknown> = {};
    let p = v + 1;
    while (t.charCodeAt(p) === SPACE) p += 1;
    if (t.charCodeAt(p) === closer) {
      this.trailer(p + 1, eol);
      return isMap ? obj : list;
    }
    for (;;) {
      while (t.charCodeAt(p) === SPACE) p += 1;
      let key = '';
      if (isMap) {
        const k = this.keyEnd(p);
        if (k === -1 || k - p > MAX_KEY || t.charCodeAt(k + 1) !== SPACE) bail();
        key = keyAt(t, p, k, this.keyHash);
        if (!usableKey(obj, key)) bail();
        p = k + 2;
        while (t.charCodeAt(p) === SPACE) p += 1;
      }
      let value: unknown;
      const c = t.charCodeAt(p);
      if (c === 0x22 || c === 0x27) {
        const close = this.quotedEnd(p, eol);
        value = this.quotedValue(p, close);
        p = close + 1;
      } else {
        if (startsSpecial(c) || c === DASH && !(t.charCodeAt(p + 1) >= 0x30 && t.charCodeAt(p + 1) <= 0x39)) bail();
        const start = p;
        for (; p < eol; p++) {
          const d = t.charCodeAt(p);
          if (d === 0x2c || d === closer) break;
          // Nested or mismatched brackets, mappings in a list, comments and quotes inside: left to the parsers.
          if (d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d || d === COLON || d === HASH || d === 0x22 || d === 0x27) bail();
        }
        let end = p;
        while (t.charCodeAt(end - 1) === SPACE) end -= 1;
        if (end === start) bail();
        value = resolvePlain(t, start, end);
      }
      if (isMap) obj[key] = value;
      else list.push(value);
      while (t.charCodeAt(p) === SPACE) p += 1;
      const d = t.charCodeAt(p);
      if (p < eol && d === closer) {
        this.trailer(p + 1, eol);
        return isMap ? obj : list;
      }
      if (p >= eol || d !== 0x2c) bail();
      p += 1;
      while (t.charCodeAt(p) === SPACE) p += 1;
      if (p >= eol || t.charCodeAt(p) === closer) bail(); // a trailing comma: left to the parsers
    }
  }
}
