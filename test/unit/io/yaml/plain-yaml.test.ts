// The plain-data reader must give the `yaml` parser's answer (YAML 1.2 core,
// as the careful path reads it) for every text it accepts, and js-yaml's too
// where the loader would have used js-yaml; anything else it must leave to
// the general parsers. The block locator must place findings in the texts it
// accepts as the full parser does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load as jsYamlLoad } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { blockLocator } from '../../../../src/io/yaml/block-locator.js';
import { fastPathSafe } from '../../../../src/io/yaml/load-account.js';
import { readPlainYaml } from '../../../../src/io/yaml/plain-yaml.js';
import { locate, parseYaml } from '../../../../src/io/yaml/yaml-document.js';
import { pathInto } from '../../../helpers/doc-paths.js';
import { ROOT } from '../../../helpers/run-kam.js';


/** What the careful path reads, or undefined when it reports a problem. */
function yamlReading(text: string): unknown {
  const parsed = parseYaml(text);
  if (parsed.problems.length > 0 || !parsed.doc) return undefined;
  return parsed.doc.toJS();
}

/** Ordered, sign-of-zero-aware comparison: key order reaches the JSON output. */
function expectSame(actual: unknown, expected: unknown, text: string) {
  expect({ text, value: actual }).toEqual({ text, value: expected });
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

let accepted = 0;
let seen = 0;

/** The property every text is held to. */
function holdsToParsers(text: string): void {
  seen += 1;
  const plain = readPlainYaml(text);
  if (plain === undefined) return;
  accepted += 1;
  const careful = yamlReading(text);
  expect({ text, carefulReads: careful !== undefined }).toEqual({ text, carefulReads: true });
  expectSame(plain, careful, text);
  if (fastPathSafe(text)) {
    // Where the loader used js-yaml before, the reading is the same as it was.
    expectSame(plain, jsYamlLoad(text, { schema: CORE_SCHEMA }), text);
  }
}

/** Findings in a text the reader accepts are placed by indentation: that must be where the full parser puts them. */
function placesLikeParser(text: string, walks: number[][]): void {
  const data = readPlainYaml(text);
  if (data === undefined) return;
  const parsed = parseYaml(text);
  const quick = blockLocator(text);
  for (const walk of walks) {
    const path = pathInto(data, walk);
    const at = quick(path);
    if (at !== undefined) expect({ text, path, at }).toEqual({ text, path, at: locate(parsed, path) });
  }
}

// ---------------------------------------------------------------------------
// Documents built in the subset and just outside it.

const KEYS = ['id', 'name', 'a-b', '_x', 'q1', 'y', 'on', 'Key_Z', 'a1', 'null', 'True', 'constructor', 'toString', '__proto__', 'x-'];
const TRICKY = [
  '', '~', 'null', 'Null', 'NULL', 'true', 'TRUE', 'False', 'yes', 'no', 'off', '0', '-0', '007', '0x1F', '0o17', '0b101', '1e3', '1E-2',
  '1.', '.5', '-.5', '+1', '+.inf', '.nan', '-.inf', '1_000', '2026-11-22', '2026-02-30', '10:30', '12 %', '3 years', '-5 points', '-x', '-',
  'C#', 'a #b', 'a#b', 'a: b', 'a:b', 'x:', 'http://x.y/z', "it's", 'say "hi"', 'a [b]', '[a]', '{a}', 'a, b', '- a', '?x', '? x', ':x',
  '&a', '*a', '!t', '!!str x', '|', '>', '%x', '@x', '`x', 'München', 'Ünïcödé ✓', '💥', 'tab\there', ' lead', 'trail ', '<<', '__proto__',
  '#x', 'a\\b', '12345678901234567890', '1.23456789012345678901', '0.1', '-0.0', '00', '1.0', '-12.50', 'line\nbreak', 'cr\rx', '\u2028',
  'a  b', 'x # y # z', "'", '"', "''", 'a,b', 'a]b', 'a}b', '\ufeffbom',
];
const plainWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'%()&/-]{0,16}$/);
const scalar = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }).map(String) },
  { weight: 8, arbitrary: plainWord },
);
/** A scalar as written: raw, or quoted as YAML would quote it (single quotes doubled, double quotes escaped). */
const written = fc.tuple(scalar, fc.constantFrom('raw', 'raw', 'raw', 'single', 'double')).map(([s, style]) =>
  style === 'single' ? `'${s.replaceAll("'", "''")}'` : style === 'double' ? `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : s);
const key = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });
const comment = fc.constantFrom('', '', '', '', '', ' # note', '  #: x', '#glued', ' #');
const gap = fc.constantFrom(' ', ' ', ' ', '  ');

type Node = { kind: 'scalar'; text: string } | { kind: 'flowSeq'; items: string[] } | { kind: 'flowMap'; entries: [string, string][] }
  | { kind: 'map'; entries: [string, Node][] } | { kind: 'seq'; items: Node[] };
const { node } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: written.map((text) => ({ kind: 'scalar' as const, text })) },
    fc.array(written, { maxLength: 3 }).map((items) => ({ kind: 'flowSeq' as const, items })),
    fc.array(fc.tuple(key, written), { maxLength: 3 }).map((entries) => ({ kind: 'flowMap' as const, entries })),
    tie('map'),
    tie('seq'),
  ),
  map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: 'map' as const, entries })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
}));

interface Style {
  step: number;
  indentless: boolean;
  comments: string[];
  gaps: string[];
  blankEvery: number;
}

/** Renders a node as block YAML with the given style; lines[] collects the output. */
function render(n: Node, indent: number, style: Style, lines: string[], lead: string): void {
  let k = lines.length;
  const pick = <T,>(list: T[]) => list[k++ % list.length]!;
  const inline = (m: Node): string | undefined => {
    if (m.kind === 'scalar') return m.text;
    if (m.kind === 'flowSeq') return `[${m.items.join(', ')}]`;
    if (m.kind === 'flowMap') return `{ ${m.entries.map(([a, b]) => `${a}: ${b}`).join(', ')} }`;
    return undefined;
  };
  const pad = ' '.repeat(indent);
  if (n.kind === 'map') {
    n.entries.forEach(([name, value], i) => {
      const prefix = i === 0 ? lead : pad;
      const text = inline(value);
      if (text !== undefined) {
        lines.push(`${prefix}${name}:${text === '' ? '' : pick(style.gaps)}${text}${pick(style.comments)}`);
      } else {
        lines.push(`${prefix}${name}:${pick(style.comments)}`);
        const inner = value.kind === 'seq' && style.indentless ? indent : indent + style.step;
        render(value, inner, style, lines, ' '.repeat(inner));
      }
      if (style.blankEvery > 0 && lines.length % style.blankEvery === 0) lines.push(pick(['', '  # aside', '#', '   ']));
    });
  } else if (n.kind === 'seq') {
    n.items.forEach((item, i) => {
      const prefix = i === 0 ? lead : pad;
      const text = inline(item);
      if (text !== undefined) lines.push(`${prefix}-${text === '' ? '' : pick(style.gaps)}${text}${pick(style.comments)}`);
      else if (item.kind === 'map') render(item, indent + 2, style, lines, `${prefix}- `);
      else {
        lines.push(`${prefix}-`);
        render(item, indent + style.step, style, lines, ' '.repeat(indent + style.step));
      }
    });
  } else {
    lines.push(`${lead}${inline(n)}`);
  }
}

const document = fc.record({
  root: fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 6 }),
  step: fc.constantFrom(2, 2, 1, 3, 4),
  indentless: fc.boolean(),
  comments: fc.array(comment, { minLength: 1, maxLength: 4 }),
  gaps: fc.array(gap, { minLength: 1, maxLength: 3 }),
  blankEvery: fc.constantFrom(0, 0, 3, 5),
  header: fc.constantFrom('', '# header\n', '\n\n# header\n\n'),
  end: fc.constantFrom('\n', '', '\n\n', '\n# end'),
}).map(({ root, header, end, ...style }) => {
  const lines: string[] = [];
  render({ kind: 'map', entries: root }, 0, style, lines, '');
  return header + lines.join('\n') + end;
});

describe('readPlainYaml', () => {
  it('reads what it accepts as the yaml parser does (and as js-yaml, where the loader used it)', () => {
    accepted = 0;
    seen = 0;
    fc.assert(fc.property(document, holdsToParsers), { numRuns: 3000 });
    // Not vacuous: many documents are in the subset.
    expect(accepted / seen).toBeGreaterThan(0.15);
  });

  it('leaves an empty sequence item to the careful path: js-yaml misreads the items after it', () => {
    // Found by the property above. js-yaml 4 puts "a" inside the inner list; YAML 1.2 (and the yaml parser) after it.
    const text = 'a:\n  -\n    -\n  - a\naa: 0\n';
    expect(jsYamlLoad(text, { schema: CORE_SCHEMA })).toEqual({ a: [[null, 'a']], aa: 0 });
    expect(yamlReading(text)).toEqual({ a: [[null], 'a'], aa: 0 });
    expect(fastPathSafe(text)).toBe(false);
    expectSame(readPlainYaml(text), yamlReading(text), text);
    // A line with something after the dash stays on the fast path.
    expect(fastPathSafe('a:\n  - x\n  - y\n')).toBe(true);
  });

  it('holds on edits of real account files', () => {
    const seeds = [
      ...readdirSync(join(ROOT, 'examples/accounts')).map((f) => readFileSync(join(ROOT, 'examples/accounts', f), 'utf8')),
      readFileSync(join(ROOT, 'test/fixtures/health/accounts/h01-watch-drop.yaml'), 'utf8'),
    ];
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat(4),
      insert: fc.constantFrom('', ':', ': ', '- ', '-', '[', ']', '{', '}', ',', '&a ', '*a', '!', '"', "'", "''", '\n', '  ', ' ', '#', ' #', '|', '>',
        '---\n', '...\n', '%YAML 1.2\n', '\t', '<<: ', '.nan', '1e3', '0x1', '0o7', '~', 'null', '\r\n', '\r', '\\', '?', 'x: y', '\n  - a', '\n- b',
        '\n  c: 1', '\ufeff', '\u00a0', 'é', '💥'),
    });
    accepted = 0;
    seen = 0;
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (seed, edits) => {
        let text = seeds[seed]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        holdsToParsers(text);
      }),
      { numRuns: 3000 },
    );
    expect(accepted / seen).toBeGreaterThan(0.05);
  });

  it('places findings in the texts it accepts where the full parser does', () => {
    const walks = fc.array(fc.array(fc.nat(9), { maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(document, walks, placesLikeParser), { numRuns: 1500 });
    for (const f of readdirSync(join(ROOT, 'examples/accounts'))) {
      const text = readFileSync(join(ROOT, 'examples/accounts', f), 'utf8');
      fc.assert(fc.property(walks, (w) => placesLikeParser(text, w)), { numRuns: 50 });
    }
  });

  it('reads the example portfolio, which is written in the subset', () => {
    for (const f of readdirSync(join(ROOT, 'examples/accounts'))) {
      const text = readFileSync(join(ROOT, 'examples/accounts', f), 'utf8');
      const plain = readPlainYaml(text);
      expect({ f, read: plain !== undefined }).toEqual({ f, read: true });
      expectSame(plain, yamlReading(text), f);
    }
  });

  it('reads every integer and decimal of the forms it takes as the yaml parser does, digit for digit', () => {
    // Numbers are computed from their digits, not parsed: each must be the double the text names.
    const number = fc.stringMatching(/^-?(0|[1-9][0-9]{0,16})(\.[0-9]{1,18})?$/);
    let read = 0;
    fc.assert(fc.property(number, (text) => {
      const got = readPlainYaml(`x: ${text}\n`);
      if (got === undefined) return;
      read += 1;
      expect(Object.is(got.x, parseDocument(`x: ${text}\n`).toJS().x)).toBe(true);
    }), { numRuns: 20000 });
    expect(read).toBeGreaterThan(10000);
  });

  it('reads the plain forms to the values YAML 1.2 core gives them', () => {
    const text = [
      'int: 42', 'neg: -7', 'zero: 0', 'float: 7.5', 'negfloat: -0.25', 'date: 2026-11-22', 'words: 12 months', 'nul: ~', 'nul2: null', 'empty:',
      't: true', 'f: False', 'yes_word: yes', "single: 'it''s'", 'double: "a #b"', 'hash: C#', 'url: http://x.y/z', 'spaced:   x  y   # c',
      'list: [a, 2, "b, c", \'d\']', 'empty_list: []', 'map: { real: yes, n: 3 }', 'empty_map: {}',
      'seq:', '  - 1', '  - name: Sam', '    role: CFO', '  -', '    nested: true', 'indentless:', '- a', '- b', 'last: end',
    ].join('\n');
    expect(readPlainYaml(text)).toEqual({
      int: 42, neg: -7, zero: 0, float: 7.5, negfloat: -0.25, date: '2026-11-22', words: '12 months', nul: null, nul2: null, empty: null,
      t: true, f: false, yes_word: 'yes', single: "it's", double: 'a #b', hash: 'C#', url: 'http://x.y/z', spaced: 'x  y',
      list: ['a', 2, 'b, c', 'd'], empty_list: [], map: { real: 'yes', n: 3 }, empty_map: {},
      seq: [1, { name: 'Sam', role: 'CFO' }, { nested: true }], indentless: ['a', 'b'], last: 'end',
    });
  });

  it('leaves everything outside its subset to the general parsers', () => {
    for (const text of [
      'a: &x 1\nb: *x', 'a: !!str 1', 'a: |\n  text', 'a: >-\n  text', 'a: one\n  two', 'a: 1\r\nb: 2\r\n', 'a:\t1', 'a: 1\na: 2',
      '__proto__: 1', 'a: { __proto__: 1 }', 'null: 1', 'true: 1', 'a: "esc \\n"', 'a: [[1]]', 'a: [1,]', 'a: [1, 2', 'a: { b: 1 }}',
      '---\na: 1', 'a: 1\n...', '%YAML 1.2\n---\na: 1', 'a: 0x1F', 'a: 1e3', 'a: .5', 'a: +1', 'a: .inf', 'a: 1_000', 'a: 10:30',
      '  a: 1', '- a', 'a', '', '# only a comment', 'a: b: c', 'a: - b', '? a\n: b', '"a": 1', 'a : 1', 'a: 1 # c\n b: 2',
      'a: \ufeffx', 'a: x\u2028y', 'a: "x" y', 'a: [a: b]', 'a: {b}', 'a: 💥', 'a: 12345678901234567', 'constructor: 1',
    ]) {
      expect({ text, read: readPlainYaml(text) }).toEqual({ text, read: undefined });
    }
  });
});
