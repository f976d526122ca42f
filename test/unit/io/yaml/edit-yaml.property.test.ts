// Property: for random account files in random layouts (flow or block,
// sections missing or empty, LF/CRLF/CR, BOM, no final newline, comments in
// odd places, every quoting style and block scalars) and random answers, the
// edited file parses, holds exactly the answered values, keeps every comment
// in order, and differs from the original in at most one line per answer
// (or the lines of the block scalar or list an answer replaces).
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setAt, valueAt } from '../../../../src/core/doc-path.js';
import { editYaml, type Change } from '../../../../src/io/yaml/edit-yaml.js';

type Data = Record<string, unknown>;

interface Layout {
  flow: boolean[];
  comments: boolean[];
  quotes: ('plain' | 'single' | 'double' | 'block')[];
  step: 2 | 4;
  seqIndent: boolean;
}

/** A deterministic renderer driven by the layout's choice lists (cycled), so fast-check can shrink them. */
function render(data: Data, layout: Layout): string {
  let f = 0;
  let c = 0;
  let q = 0;
  let comment = 0;
  const pick = <T,>(list: T[], i: number): T => list[i % list.length]!;
  const flowNext = () => pick(layout.flow, f++);
  const commentNext = () => pick(layout.comments, c++);
  const marker = () => ` # c${comment++}`;
  const scalar = (v: unknown, inFlow: boolean, indent: number): string => {
    if (typeof v !== 'string') return String(v);
    const style = pick(layout.quotes, q++);
    const plainOk = /^[A-Za-z][A-Za-z ]*[A-Za-z]$/.test(v) && !/^(true|false|null|yes|no)$/i.test(v);
    if (style === 'block' && !inFlow && /^[A-Za-z]/.test(v) && !/[\u0000-\u001f]/.test(v.replace(/\n/g, ''))) {
      const body = v.replace(/\n+$/, '');
      const trailing = v.length - body.length;
      if (trailing <= 1) {
        const pad = ' '.repeat(indent + layout.step);
        return `|${trailing === 0 ? '-' : ''}\n${body.split('\n').map((l) => (l ? pad + l : '')).join('\n')}`;
      }
    }
    if (style === 'plain' && plainOk) return v;
    if (style === 'single' && !/[\n\u0000-\u001f]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
    return JSON.stringify(v);
  };
  const flow = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
    if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`;
    return scalar(v, true, 0);
  };
  const block = (v: Data, indent: number): string[] => {
    const pad = ' '.repeat(indent);
    const out: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (commentNext()) out.push(`${pad}#${marker()}`);
      if (x && typeof x === 'object' && !(Array.isArray(x) && x.length === 0) && !(Object.keys(x).length === 0) && !flowNext()) {
        out.push(`${pad}${k}:${commentNext() ? marker() : ''}`);
        if (Array.isArray(x)) {
          const dashPad = ' '.repeat(layout.seqIndent ? indent + layout.step : indent);
          for (const item of x) {
            if (item && typeof item === 'object' && !flowNext()) {
              const lines = block(item as Data, dashPad.length + 2);
              out.push(`${dashPad}- ${lines[0]!.trimStart()}`, ...lines.slice(1));
            } else out.push(`${dashPad}- ${flow(item)}`);
          }
        } else out.push(...block(x as Data, indent + layout.step));
      } else {
        const text = x && typeof x === 'object' ? flow(x) : scalar(x, false, indent);
        const multiline = text.includes('\n');
        out.push(`${pad}${k}: ${text}${!multiline && commentNext() ? marker() : ''}`);
      }
    }
    return out;
  };
  return block(data, 0).join('\n');
}

const FACTORS = ['size', 'growth_potential', 'financial_stability', 'trust', 'price'];
const QUESTIONS = ['real', 'compete', 'win', 'worth'];
const words = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[A-Za-z]$/);
const note = fc.oneof(words, fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('a: b', 'x # y', "it's", 'say "hi"', 'two\nlines', 'tab\there', 'true', '12', '- dash', 'end\n'));
const scores = fc.dictionary(fc.constantFrom(...FACTORS), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 });

const account = fc.record({
  industry: fc.option(note, { nil: undefined }),
  attractiveness: fc.option(scores, { nil: undefined }),
  strength: fc.option(scores, { nil: undefined }),
  positioning: fc.option(fc.record({ spend: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }), { nil: undefined }),
  opportunities: fc.option(fc.array(fc.record({
    id: fc.constantFrom('alpha', 'beta', 'gamma'),
    questions: fc.option(fc.dictionary(fc.constantFrom(...QUESTIONS), fc.constantFrom('yes', 'no', 'unsure'), { maxKeys: 2 }), { nil: undefined }),
    notes: fc.option(fc.dictionary(fc.constantFrom(...QUESTIONS), note, { maxKeys: 2 }), { nil: undefined }),
  }, { requiredKeys: ['id'] }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  plan: fc.option(fc.record({ charter: fc.record({ situation: note, objectives: fc.array(note, { minLength: 1, maxLength: 3 }) }, { requiredKeys: ['situation'] }) }), { nil: undefined }),
}, { requiredKeys: [] });

const layout = fc.record({
  flow: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
  comments: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
  quotes: fc.array(fc.constantFrom('plain' as const, 'single' as const, 'double' as const, 'block' as const), { minLength: 1, maxLength: 4 }),
  step: fc.constantFrom(2 as const, 4 as const),
  seqIndent: fc.boolean(),
});
const envelope = fc.record({
  newline: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  leadingComment: fc.boolean(),
});

/** Answers on paths that exist or not, at any depth the questionnaire writes. */
function answers(data: Data): fc.Arbitrary<Change[]> {
  const opportunities = (data.opportunities as unknown[] | undefined)?.length ?? 0;
  const change = fc.oneof(
    fc.tuple(fc.constantFrom('attractiveness', 'strength'), fc.constantFrom(...FACTORS), fc.integer({ min: 0, max: 10 })).map(([a, f, v]) => ({ path: [a, f], value: v })),
    fc.integer({ min: 0, max: 10 }).map((v) => ({ path: ['positioning', 'spend'], value: v })),
    fc.constantFrom('basic', 'co-operative').map((v) => ({ path: ['relationship', 'stage'], value: v })),
    note.map((v) => ({ path: ['industry'], value: v })),
    note.map((v) => ({ path: ['plan', 'charter', 'situation'], value: v })),
    note.map((v) => ({ path: ['plan', 'development', 'strategies'], value: [v] })),
    fc.array(note, { minLength: 1, maxLength: 4 }).map((v) => ({ path: ['plan', 'charter', 'objectives'], value: v })),
    ...(opportunities > 0 ? [
      fc.tuple(fc.nat(opportunities - 1), fc.constantFrom(...QUESTIONS), fc.constantFrom('yes', 'no', 'unsure')).map(([i, k, v]) => ({ path: ['opportunities', i, 'questions', k], value: v })),
      fc.tuple(fc.nat(opportunities - 1), fc.constantFrom(...QUESTIONS), note).map(([i, k, v]) => ({ path: ['opportunities', i, 'notes', k], value: v })),
    ] : []),
  );
  return fc.uniqueArray(change as fc.Arbitrary<Change>, { minLength: 1, maxLength: 6, selector: (c) => c.path.join('.') });
}

const breaks = (text: string) => text.replace(/\r\n?/g, '\n');
/** Length of the longest common subsequence of two line lists. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i] === b[j] ? prev[j + 1]! + 1 : Math.max(prev[j]!, row[j + 1]!);
    prev = row;
  }
  return prev[0]!;
}

describe('editYaml on random files and random answers', () => {
  it('writes exactly the answers and changes nothing else', () => {
    const scenario = fc.tuple(account, layout, envelope).chain(([body, lay, env]) => fc.tuple(fc.constant(body), fc.constant(lay), fc.constant(env), answers(body as Data)));
    fc.assert(fc.property(scenario, ([body, lay, env, changes]) => {
      const data: Data = { id: 'acct', name: 'Account', ...JSON.parse(JSON.stringify(body)) };
      let text = render(data, lay);
      if (env.leadingComment) text = `# top\n${text}`;
      if (env.finalNewline) text += '\n';
      text = (env.bom ? '\uFEFF' : '') + text.replace(/\n/g, env.newline);
      const original = parse(breaks(text.replace(/^\uFEFF/, '')), { version: '1.2', schema: 'core' }) as Data;
      expect(original).toEqual(data); // the generator wrote what it meant

      const edited = editYaml(text, changes);

      const expected = structuredClone(data);
      for (const c of changes) setAt(expected, c.path, c.value);
      const read = parse(breaks(edited.replace(/^\uFEFF/, '')), { version: '1.2', schema: 'core' });
      expect(isDeepStrictEqual(read, expected)).toBe(true);
      expect(edited.startsWith('\uFEFF')).toBe(env.bom);
      expect(/[\r\n]$/.test(edited)).toBe(env.finalNewline);
      const otherBreaks = { '\n': /\r/, '\r\n': /\r(?!\n)|(?<!\r)\n/, '\r': /\n/ }[env.newline];
      expect(otherBreaks.test(edited)).toBe(false);
      const markers = (t: string) => t.match(/# c\d+|# top/g) ?? [];
      expect(markers(edited)).toEqual(markers(text));
      const before = breaks(text).split('\n');
      // One line per answer, or the lines of the block scalar it replaces.
      const linesOf = (old: unknown): number => (Array.isArray(old) ? 1 + old.reduce((n: number, v) => n + linesOf(v), 0)
        : typeof old === 'string' ? 2 + (old.match(/\n/g) ?? []).length : 1);
      const allowed = changes.reduce((n, c) => n + linesOf(valueAt(data, c.path)), 0);
      expect(before.length - lcs(before, breaks(edited).split('\n'))).toBeLessThanOrEqual(allowed);
    }), { numRuns: 400 });
  });
});
