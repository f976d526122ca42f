/**
 * One account file from bytes to a validated Account or to diagnostics.
 *
 * Two paths give the same answer. Most files are valid, so they go through
 * a fast reader and a yes/no schema check: the plain-data reader
 * (plain-yaml.ts) for files in its subset, else js-yaml (several times
 * faster than `yaml`).
 * Anything else — a parse failure, a schema failure, or text that might use
 * a construct the two parsers treat differently — goes through `yaml`,
 * which keeps positions, and every problem is reported with line:column.
 */
import { detached } from '../../core/strings.js';
import { onFirstUse, sourceRequire } from '../lazy-module.js';
import type { Account, Config, Diagnostic, DocPath } from '../../core/types.js';
import { schemaProblems, type Validators } from '../schema/schema.js';
import { blockLocator } from './block-locator.js';
import { readPlainYaml } from './plain-yaml.js';
import { decodeSource, type SourceText } from '../files/source-text.js';
import { locate, parseYaml, type ParsedYaml } from './yaml-document.js';

/** More problems than this in one file are summarised: the file is not an account plan. */
export const MAX_DIAGNOSTICS_PER_FILE = 50;

// Files the plain-data reader reads never need js-yaml.
const jsYaml = onFirstUse(() => (typeof require === 'function' ? require('js-yaml') : sourceRequire('js-yaml')) as typeof import('js-yaml'));

export type LoadedFile =
  | { ok: true; file: string; account: Account }
  | { ok: false; file: string; diagnostics: Diagnostic[] };

/**
 * Whether text may take the fast path: js-yaml reads it exactly as YAML 1.2
 * core does, and the block locator can walk it. This runs on every file, so
 * it is one native regex plus a look at lines with brackets or quotes. Sent
 * to the careful path instead: anchors, aliases and tags (& * ! where a node
 * starts), tabs, directives (% at a line start), merge keys
 * (<<), `__proto__`, number forms js-yaml reads differently (0b…, signed
 * hex/octal, "+.5"), a "#" right after another character (js-yaml takes it
 * as a comment, YAML 1.2 does not), empty sequence items, and flow collections or quoted strings
 * that go on over several lines (js-yaml is lenient about their
 * indentation). The property tests hunt for more.
 */
export function fastPathSafe(text: string): boolean {
  if (RISKY.test(text) || (ANCHOR_CHAR.test(text) && NODE_PROPERTY.test(text))) return false;
  // Only lines with a bracket or a quote can open something that spans lines.
  FLOW_OR_QUOTE.lastIndex = 0;
  for (let m = FLOW_OR_QUOTE.exec(text); m; m = FLOW_OR_QUOTE.exec(text)) {
    let end = text.indexOf('\n', m.index);
    if (end === -1) end = text.length;
    if (!lineCloses(text, text.lastIndexOf('\n', m.index) + 1, end)) return false;
    FLOW_OR_QUOTE.lastIndex = end;
  }
  return true;
}

// Also: line breaks other than LF and CRLF (NEL, LS, PS; a lone CR is made a LF
// when the file is decoded), block scalars with an explicit indentation
// indicator (`|1`, `>2-`), where js-yaml keeps trailing space-only lines that
// YAML 1.2 drops, and a sequence item with nothing on its line (`-` alone):
// js-yaml reads "-\n  -\n- a" as [[null, "a"]], YAML 1.2 as [[null], "a"].
const RISKY = /\t|^%|<<|__proto__|0b|[-+]0[xo]|[-+]\.|\S#|[\u0085\u2028\u2029]|(?:^ *|[:-] +)[|>](?:[-+]?[1-9]|[1-9][-+])|^ *- *$/m;
// & * ! matter only where a node starts ("R&D", "Food & beverage" are text);
// the cheap test first, the one with context only when the character occurs.
const ANCHOR_CHAR = /[&*!]/;
const NODE_PROPERTY = /(?:^ *|[:?-] +|[[{,] *)[&*!]/m;
const FLOW_OR_QUOTE = /[[{"']/g;

/** Every flow collection and quoted string opened on the line [start, end) is closed on it. */
function lineCloses(text: string, start: number, end: number): boolean {
  let open = 0;
  let valueStart = true; // nothing yet, or the last non-space character opens a value (: - , [ { ?)
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    if (c === 0x23 && (i === start || text.charCodeAt(i - 1) === 0x20)) break; // a comment
    if (c === 0x5b || c === 0x7b) open += 1;
    else if (c === 0x5d || c === 0x7d) open -= 1;
    else if ((c === 0x22 || c === 0x27) && valueStart) {
      // Skip the whole quoted scalar: '' inside single quotes and \" inside double quotes do not close it.
      const close = c === 0x27 ? closingSingleQuote(text, i, end) : closingDoubleQuote(text, i, end);
      if (close === -1) return false;
      i = close;
    }
    valueStart = c === 0x3a || c === 0x2d || c === 0x2c || c === 0x5b || c === 0x7b || c === 0x3f;
  }
  return open <= 0;
}

function closingSingleQuote(text: string, open: number, end: number): number {
  for (let j = open + 1; j < end; j++) {
    if (text.charCodeAt(j) !== 0x27) continue;
    if (text.charCodeAt(j + 1) !== 0x27) return j;
    j += 1; // '' stands for one quote
  }
  return -1;
}

function closingDoubleQuote(text: string, open: number, end: number): number {
  for (let j = open + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j += 1; // an escape: the next character is never the closing quote
    else if (c === 0x22) return j;
  }
  return -1;
}

function duplicateOpportunityIds(account: Account): { path: DocPath; message: string; subject: string }[] {
  const seen = new Set<string>();
  const out: { path: DocPath; message: string; subject: string }[] = [];
  (account.opportunities ?? []).forEach((o, i) => {
    if (seen.has(o.id)) out.push({ path: ['opportunities', i, 'id'], subject: `opportunity:${o.id}`, message: `opportunity id "${o.id}" is used twice in this account; opportunity ids must be unique within an account` });
    seen.add(o.id);
  });
  return out;
}

/** A valid account read without positions, and whether the plain-data reader read it; undefined: take the careful path. */
function tryFastPath(text: string, validators: Validators): { account: Account; plain: boolean } | undefined {
  let data: unknown = readPlainYaml(text);
  const plain = data !== undefined;
  if (!plain) {
    if (!fastPathSafe(text)) return undefined;
    try {
      const { load, CORE_SCHEMA } = jsYaml();
      data = load(text, { schema: CORE_SCHEMA });
    } catch {
      return undefined;
    }
  }
  if (!validators.isValid(data)) return undefined;
  const account = data as Account;
  if (duplicateOpportunityIds(account).length > 0) return undefined;
  return { account: plain ? account : ownStrings(account), plain };
}

export interface LoadContext {
  validators: Validators;
  config: Pick<Config, 'customAxes' | 'file'>;
}

export function loadAccountText(file: string, bytes: Uint8Array, ctx: LoadContext, path: 'auto' | 'careful' = 'auto'): LoadedFile {
  return loadAccountSource(file, decodeSource(bytes), ctx, path).loaded;
}

/**
 * The same from decoded text (the caller keeps it to place findings), saying
 * too whether the text is in the plain-data subset (`plainText`), where the
 * block locator needs no other check.
 */
export function loadAccountSource(file: string, source: SourceText, ctx: LoadContext, path: 'auto' | 'careful' = 'auto'): { loaded: LoadedFile; plainText: boolean } {
  if (!source.ok) {
    return { loaded: { ok: false, file, diagnostics: [{ file, ...source.problem, severity: 'error', rule: 'schema', message: source.problem.message }] }, plainText: false };
  }
  const fast = path === 'auto' ? tryFastPath(source.text, ctx.validators) : undefined;
  if (fast) return { loaded: { ok: true, file, account: fast.account }, plainText: fast.plain };
  return { loaded: carefulPath(file, source.text, ctx), plainText: false };
}

function carefulPath(file: string, text: string, ctx: LoadContext): LoadedFile {
  const diag = (line: number, column: number, message: string, account?: string, subject?: string): Diagnostic => ({
    file, line, column, severity: 'error', rule: 'schema', message,
    ...(account !== undefined ? { account } : {}), ...(subject !== undefined ? { subject } : {}),
  });
  const fail = (diagnostics: Diagnostic[], total = diagnostics.length): LoadedFile => ({ ok: false, file, diagnostics: capped(diagnostics, total) });

  const parsed = parseYaml(text);
  if (parsed.problems.length > 0) return fail(parsed.problems.map((p) => diag(p.line, p.column, p.message)));
  if (!parsed.doc || parsed.doc.contents === null) {
    return fail([diag(1, 1, 'file is empty: an account needs at least an id and a name')]);
  }
  const data: unknown = parsed.doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : `a single value`;
    const { line, column } = locate(parsed, []);
    return fail([diag(line, column, `expected a mapping of account fields (id, name, ...), found ${found}`)]);
  }
  const id = typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : undefined;
  const validate = ctx.validators.full();
  const problems = validate(data)
    ? duplicateOpportunityIds(data as Account).map((p) => ({ ...p, atKey: false }))
    : schemaProblems(validate.errors, { customAxes: ctx.config.customAxes, ...(ctx.config.file ? { configFile: ctx.config.file } : {}) });
  if (problems.length === 0) return { ok: true, file, account: ownStrings(data as Account) };
  // Positions cost a lookup each: place only what will be shown.
  return fail(
    problems
      .slice(0, MAX_DIAGNOSTICS_PER_FILE + 1)
      .map((p) => {
        const { line, column } = locate(parsed, p.path, p.atKey);
        return diag(line, column, p.message, id, p.subject);
      })
      .sort((a, b) => a.line! - b.line! || a.column! - b.column!),
    problems.length,
  );
}

/**
 * The general parsers' strings are slices of the file's text: replaced by
 * copies, so the account outlives the text (the plain-data reader copies as
 * it reads). Iterative: the careful path admits deep nesting.
 */
function ownStrings<T extends object>(root: T): T {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') node[key] = detached(value);
      else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return root;
}

function capped(diagnostics: Diagnostic[], total: number): Diagnostic[] {
  if (total <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const kept = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = kept[kept.length - 1]!;
  kept.push({ ...last, message: `... and ${total - MAX_DIAGNOSTICS_PER_FILE} more problems in this file (not shown)` });
  return kept;
}

/**
 * Resolves the document paths of rule diagnostics to positions: by indentation where that is sure, else one full parse.
 * `plainText`: the plain-data reader read this text, so the block locator may walk it (the property tests hold it to that).
 */
export function positionDiagnostics(text: string, diagnostics: Diagnostic[], plainText = false): Diagnostic[] {
  let parsed: ParsedYaml | undefined;
  let quickLocate: ((path: DocPath) => { line: number; column: number } | undefined) | undefined;
  const simple = diagnostics.some((d) => d.line === undefined && d.path) && (plainText || fastPathSafe(text));
  return diagnostics.map((d) => {
    if (d.line !== undefined || !d.path) return d;
    const quick = simple ? (quickLocate ??= blockLocator(text))(d.path) : undefined;
    if (quick) return { ...d, ...quick };
    parsed ??= parseYaml(text);
    return { ...d, ...locate(parsed, d.path) };
  });
}
