/**
 * The questionnaire as data: what is asked, how it is explained, what a
 * valid answer is, and where the answer goes in the account (pure).
 */
import { nearest } from '../core/suggest.js';
import { isDate } from '../io/schema.js';
import type { DocPath } from '../core/types.js';

export type Kind = 'text' | 'id' | 'score' | 'amount' | 'choice' | 'date' | 'confirm';

export interface Question {
  /** The answers-file key: the account path with dots ("attractiveness.size"). */
  id: string;
  path: DocPath;
  kind: Kind;
  message: string;
  help?: string;
  choices?: readonly string[];
  /** Shown and used when the answer is left empty. */
  default?: string | number | boolean;
  /** An empty answer leaves the value out. */
  optional?: boolean;
}

export type Answer = string | number | boolean | undefined;

// Control characters other than tab could hide text or drive a terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Turns what was typed (or read from an answers file) into a value, or says why not. */
export function parseAnswer(q: Question, raw: unknown): { ok: true; value: Answer } | { ok: false; error: string } {
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
    case 'score':
    case 'amount': {
      const n = Number(text);
      if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, error: 'a number is needed' };
      if (n < 0) return { ok: false, error: 'must be 0 or more' };
      if (q.kind === 'score' && n > 10) return { ok: false, error: 'scores run from 0 to 10' };
      return { ok: true, value: n };
    }
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
