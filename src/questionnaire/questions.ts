/**
 * The questionnaire as data: what is asked, how it is explained, what a
 * valid answer is, and where the answer goes in the account (pure).
 */
import { nearest } from '../core/suggest.js';
import { isDate } from '../io/schema/schema.js';
import type { DocPath } from '../core/types.js';

export type Kind = 'text' | 'id' | 'score' | 'amount' | 'choice' | 'date' | 'confirm' | 'list';

export interface Question {
  /** The answers-file key: the account path with dots ("attractiveness.size"). */
  id: string;
  path: DocPath;
  kind: Kind;
  message: string;
  help?: string;
  choices?: readonly string[];
  /** A few words on what each choice means, shown next to it. */
  choiceHelp?: Readonly<Record<string, string>>;
  /** Shown and used when the answer is left empty. */
  default?: string | number | boolean | string[];
  /** An empty answer leaves the value out. */
  optional?: boolean;
}

export type Answer = string | number | boolean | string[] | undefined;

// Control characters other than tab could hide text or drive a terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Turns what was typed (or read from an answers file) into a value, or says why not. */
export function parseAnswer(q: Question, raw: unknown): { ok: true; value: Answer } | { ok: false; error: string } {
  if (q.kind === 'list' && Array.isArray(raw)) return parseList(raw);
  if (raw !== null && typeof raw === 'object') return { ok: false, error: q.kind === 'list' ? 'a list of texts is needed' : 'a single value is needed here, not a list or mapping' };
  const text = raw === undefined || raw === null ? '' : String(raw).trim();
  if (text === '') {
    if (q.default !== undefined) return { ok: true, value: q.default };
    if (q.optional) return { ok: true, value: undefined };
    return { ok: false, error: 'an answer is needed here' };
  }
  if (CONTROL.test(text)) return { ok: false, error: 'control characters are not allowed' };
  switch (q.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'id':
      return /^[a-z0-9][a-z0-9-]*$/.test(text)
        ? { ok: true, value: text }
        : { ok: false, error: 'use lowercase letters, digits and hyphens, starting with a letter or digit' };
    case 'score': {
      const n = Number(text);
      if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, error: 'a number from 0 to 10 is needed, e.g. 7 or 7.5' };
      if (n < 0 || n > 10) return { ok: false, error: 'scores run from 0 to 10' };
      return { ok: true, value: n };
    }
    case 'amount': {
      const n = parseAmount(text);
      if (n === undefined) return { ok: false, error: 'a number is needed, e.g. 1200000, 1,200,000, 1 200 000, 1.2M or 800k' };
      if (n < 0) return { ok: false, error: 'must be 0 or more' };
      return { ok: true, value: n };
    }
    case 'list':
      return parseList(text.split(';'));
    case 'choice': {
      if (q.choices!.includes(text)) return { ok: true, value: text };
      const suggestion = nearest(text, q.choices!);
      return { ok: false, error: `choose one of ${q.choices!.join(', ')}${suggestion ? ` (did you mean ${suggestion}?)` : ''}` };
    }
    case 'date':
      return isDate(text) ? { ok: true, value: text } : { ok: false, error: 'a real date YYYY-MM-DD is needed' };
    case 'confirm':
      if (/^(y|yes|true)$/i.test(text)) return { ok: true, value: true };
      if (/^(n|no|false)$/i.test(text)) return { ok: true, value: false };
      return { ok: false, error: 'answer yes or no' };
  }
}

/**
 * An amount as people type it: digit groups separated by commas, spaces or
 * apostrophes (1,200,000 · 1 200 000 · 1'200'000), a decimal point, and a
 * k / M / bn suffix (800k, 1.2M). A comma followed by other than three
 * digits ("1,5") is ambiguous (a decimal comma?) and refused.
 */
export function parseAmount(text: string): number | undefined {
  const m = /^([-+]?)(\d{1,3}(?:[,\u0020\u00a0\u202f']\d{3})+|\d+)(\.\d+)?\s*(k|K|m|M|mn|bn|B)?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = `${m[1]}${m[2]!.replace(/[,\u0020\u00a0\u202f']/g, '')}${m[3] ?? ''}`;
  const scale = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, B: 1e9 }[m[4] ?? ''] ?? 1;
  // Rounded to cents, so that 1.2M is 1200000 and not 1199999.9999999998.
  const n = Math.round(Number(digits) * scale * 100) / 100;
  return Number.isFinite(n) ? n : undefined;
}

/** Items of a list answer: each a text, empty ones dropped. */
function parseList(items: unknown[]): { ok: true; value: Answer } | { ok: false; error: string } {
  const out: string[] = [];
  for (const item of items) {
    if (item !== null && typeof item === 'object') return { ok: false, error: 'each item must be a text' };
    const text = item === undefined || item === null ? '' : String(item).trim();
    if (CONTROL.test(text)) return { ok: false, error: 'control characters are not allowed' };
    if (text !== '') out.push(text);
  }
  return { ok: true, value: out };
}

/** "ACME Industrial plc" → "acme-industrial-plc". */
export function suggestId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '') || 'account';
}

/** Reads a nested answers file into dotted keys: { attractiveness: { size: 8 } } → { "attractiveness.size": 8 }. */
export function flattenAnswers(data: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [kk, vv] of flattenAnswers(v, key)) out.set(kk, vv);
      else out.set(key, v);
    }
  }
  return out;
}
