/**
 * The careful YAML path: parse with positions (the `yaml` package), refuse
 * what SPEC 1 forbids in plain-data files, and map document paths back to
 * line:column. Everything here is iterative, so hostile nesting cannot
 * overflow the stack.
 */
import type { Document, LineCounter, Node as YamlNode, Pair } from 'yaml';
import type { DocPath } from '../../core/types.js';
import { onFirstUse, sourceRequire } from '../lazy-module.js';

// Valid files never need `yaml`.
const yaml = onFirstUse(() => (typeof require === 'function' ? require('yaml') : sourceRequire('yaml')) as typeof import('yaml'));

export const MAX_DEPTH = 64;
const TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels: this is not an account plan`;

export interface Problem {
  message: string;
  line: number;
  column: number;
}

export interface ParsedYaml {
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  problems: Problem[];
}

const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // Checked below in one pass: yaml's own check is quadratic in the number of keys.
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

function rangeStart(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : 0;
}

/** Parses one document and collects every syntax and plain-data problem with its position. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new (yaml().LineCounter)();
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ message, line, column: col });
  };

  const deep = excessiveFlowNesting(text);
  if (deep !== -1) {
    // The parser takes seconds on tens of thousands of nested brackets; no account plan has them.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < deep; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    at(deep, TOO_DEEP);
    return { doc: null, lineCounter, problems };
  }
  const parsed = yaml().parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const docs = Array.isArray(parsed) ? parsed : [];
  const doc = docs[0] ?? null;
  for (const extra of docs.slice(1)) {
    at(rangeStart(extra.contents) || extra.range[0], 'a second YAML document ("---"): an account file holds one account, put each in its own file');
  }
  for (const d of docs) {
    for (const e of d.errors) {
      // yaml catches its own stack overflow on absurd nesting and reports it as a parse error.
      at(e.pos[0], /call stack/i.test(e.message) ? TOO_DEEP : `YAML syntax error: ${e.message}`);
    }
    // Unresolved tags are reported by checkPlainData, with a clearer message.
    for (const w of d.warnings) if (w.code !== 'TAG_RESOLVE_FAILED') at(w.pos[0], `YAML: ${w.message}`);
    const directive = /^%\S*/m.exec(text);
    if (directive && (d.directives?.yaml.explicit || Object.keys(d.directives?.tags ?? {}).some((h) => h !== '!' && h !== '!!'))) {
      at(directive.index, `YAML directive "${directive[0]}" is not allowed: account files are read as YAML 1.2 core, remove the directive`);
    }
  }
  if (doc && !docs.some((d) => d.errors.length > 0)) checkPlainData(doc, text, at);
  // Each position reported once, in file order: a directive may be seen from several documents.
  const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
  return { doc, lineCounter, problems: [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column) };
}

/**
 * Offset of the bracket that opens flow nesting beyond MAX_DEPTH, or -1.
 * Brackets in quoted text count too: a false alarm needs 65 unclosed ones.
 */
function excessiveFlowNesting(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
  }
  return -1;
}

/** SPEC 1: anchors, aliases, merge keys, explicit tags and non-finite numbers are errors. */
function checkPlainData(doc: Document.Parsed, text: string, at: (offset: number, message: string) => void): void {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  // Nodes do not keep where their anchor or tag was written: it is the last one before the node.
  const written = (marker: string, offset: number) => {
    const found = text.lastIndexOf(marker, offset);
    return found === -1 ? offset : found;
  };
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    const offset = rangeStart(node);
    if (isAlias(node)) {
      at(offset, `alias "*${node.source}" is not allowed: account files are plain data, write the value out`);
      continue;
    }
    const n = node as YamlNode;
    if (n.anchor) at(written(`&${n.anchor}`, offset), `anchor "&${n.anchor}" is not allowed: account files are plain data, remove it`);
    if (n.tag) {
      const tag = n.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      at(written(tag, offset), `explicit tag "${tag}" is not allowed: account files are plain data, remove it`);
    }
    if (depth > MAX_DEPTH) {
      at(offset, TOO_DEEP);
      continue;
    }
    if (isScalar(n)) {
      if (typeof n.value === 'number' && !Number.isFinite(n.value)) {
        at(offset, `${String(n.source ?? n.value)} is not a finite number`);
      }
    } else if (isMap(n)) {
      const keys = new Set<unknown>();
      for (const pair of n.items as Pair[]) {
        const key = pair.key;
        if (isScalar(key)) {
          if (keys.has(key.value)) at(rangeStart(key), `duplicate key "${String(key.value)}": each key may appear once in a mapping`);
          keys.add(key.value);
        }
        if (isScalar(key) && key.value === '<<') {
          at(rangeStart(key), 'merge key "<<" is not allowed: account files are plain data, write the keys out');
        } else if (key !== null && !isScalar(key)) {
          at(rangeStart(key), 'a key must be a plain name, not a list or mapping');
          continue;
        }
        if (isScalar(key) && (key.tag || key.anchor)) stack.push({ node: key, depth: depth + 1 });
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(n)) {
      for (const item of n.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
}

/**
 * Where a document path points: the deepest node on the path that exists.
 * A block mapping or sequence held by a key is shown at its key (`plan:`),
 * anything else at its value; with `key`, the last segment's key itself
 * (unknown keys are reported where they are written).
 */
export function nodeAt(doc: Document.Parsed, path: DocPath, key = false): unknown {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let heldBy: unknown = null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (i === path.length - 1 && key) return pair.key;
      node = pair.value ?? pair.key;
      heldBy = pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg];
      heldBy = null;
    } else {
      break;
    }
  }
  const blockCollection = (isMap(node) || isSeq(node)) && !(node as { flow?: boolean }).flow;
  return blockCollection && heldBy ? heldBy : node;
}

export function locate(parsed: ParsedYaml, path: DocPath, key = false): { line: number; column: number } {
  if (!parsed.doc) return { line: 1, column: 1 };
  const { line, col } = parsed.lineCounter.linePos(rangeStart(nodeAt(parsed.doc, path, key)));
  return { line, column: col };
}
