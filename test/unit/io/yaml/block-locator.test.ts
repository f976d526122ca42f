// The indentation-only locator must give the full parser's answer whenever it
// answers at all; on plain block-style plans it should nearly always answer.
import fc from 'fast-check';
import { Document, isCollection, stringify, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateInBlockYaml } from '../../../../src/io/yaml/block-locator.js';
import { fastPathSafe } from '../../../../src/io/yaml/load-account.js';
import { locate, parseYaml } from '../../../../src/io/yaml/yaml-document.js';
import type { DocPath } from '../../../../src/core/types.js';
import { pathInto } from '../../../helpers/doc-paths.js';

const word = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
const scalar = fc.oneof(
  fc.integer({ min: -5, max: 1e6 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'%()-]{0,20}$/),
  fc.constant('line one\nline two'),
  fc.constantFrom('yes', 'no', 'a: b', '# not a comment', '- dash', 'x #y', ''),
  fc.boolean(),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('seq')),
  map: fc.dictionary(word, tie('tree'), { minKeys: 1, maxKeys: 4 }),
  seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
}));
const root = fc.dictionary(word, tree, { minKeys: 1, maxKeys: 5 });

function render(data: object, flowMask: number[], comments: number[]): string {
  const doc = new Document(data);
  let n = 0;
  visit(doc, {
    Node(_, node) {
      if (isCollection(node) && flowMask[n++ % flowMask.length] === 1) node.flow = true;
    },
  });
  const lines = doc.toString({ lineWidth: 0 }).split('\n');
  for (const at of comments) lines.splice(at % (lines.length + 1), 0, `${' '.repeat(at % 5)}# note ${at}`);
  return lines.join('\n');
}

describe('locateInBlockYaml', () => {
  it('agrees with the full parser wherever it answers', () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(
        root,
        fc.array(fc.constantFrom(0, 0, 0, 1), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(60), { maxLength: 3 }),
        fc.array(fc.array(fc.nat(9), { maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (data, flowMask, comments, walks) => {
          const text = render(data, flowMask, comments);
          const parsed = parseYaml(text);
          if (parsed.problems.length > 0 || !fastPathSafe(text)) return;
          for (const walk of walks) {
            const path = pathInto(data, walk);
            const fast = locateInBlockYaml(text, path);
            asked += 1;
            if (fast === undefined) continue;
            answered += 1;
            expect({ path, at: fast }).toEqual({ path, at: locate(parsed, path) });
          }
        },
      ),
      { numRuns: 1500 },
    );
    expect(answered / asked).toBeGreaterThan(0.5);
  });

  it('answers for every path of a plain account plan', () => {
    const plan = {
      id: 'acme', name: 'ACME', revenue: { current: 5 },
      relationship: { stage: 'basic', contacts: [{ name: 'Sam', agenda: { business: 'cost' } }, { name: 'Kim' }] },
      opportunities: [{ id: 'a', questions: { real: 'yes' } }, { id: 'b', stage: 'pursuing' }],
      plan: { development: { tactics: { q1: ['visit', 'call'] } } },
    };
    const text = `# header comment\n${stringify(plan)}`;
    const parsed = parseYaml(text);
    const paths: DocPath[] = [
      [], ['id'], ['revenue'], ['revenue', 'current'], ['relationship', 'contacts'], ['relationship', 'contacts', 1],
      ['relationship', 'contacts', 0, 'agenda', 'business'], ['opportunities', 1, 'stage'], ['opportunities', 0, 'questions', 'real'],
      ['plan', 'development', 'tactics', 'q1', 1], ['performance'], ['opportunities', 5], ['relationship', 'customer_view'],
    ];
    for (const path of paths) expect({ path, at: locateInBlockYaml(text, path) }).toEqual({ path, at: locate(parsed, path) });
  });

  it('places findings in CRLF files as in their LF twins, and where the full parser does', () => {
    let answered = 0;
    fc.assert(
      fc.property(root, fc.array(fc.array(fc.nat(9), { maxLength: 5 }), { minLength: 1, maxLength: 5 }), (data, walks) => {
        const lf = render(data, [0], []);
        const crlf = lf.replace(/\n/g, '\r\n');
        const parsed = parseYaml(crlf);
        if (parsed.problems.length > 0 || !fastPathSafe(lf)) return;
        for (const walk of walks) {
          const path = pathInto(data, walk);
          const fast = locateInBlockYaml(crlf, path);
          expect({ path, at: fast }).toEqual({ path, at: locateInBlockYaml(lf, path) });
          if (fast === undefined) continue;
          answered += 1;
          expect({ path, at: fast }).toEqual({ path, at: locate(parsed, path) });
        }
      }),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(500);
  });

  it('counts columns in a CRLF file from the line start, not from the CR before it', () => {
    const text = 'id: acme\r\nrevenue:\r\n  current: 5\r\nopportunities:\r\n  - id: a\r\n    stage: won\r\n';
    // "  current: 5": the value is the 12th character of line 3; "    stage: won": the 12th of line 6.
    expect(locateInBlockYaml(text, ['revenue', 'current'])).toEqual({ line: 3, column: 12 });
    expect(locateInBlockYaml(text, ['opportunities', 0, 'stage'])).toEqual({ line: 6, column: 12 });
    expect(locateInBlockYaml(text, ['opportunities', 0])).toEqual({ line: 5, column: 5 });
    expect(locateInBlockYaml(text, ['id'])).toEqual({ line: 1, column: 5 });
  });

  it('leaves a text with a document marker to the parser, wherever the marker is', () => {
    for (const text of ['---\nid: a\n', 'id: a\n---\nid: b\n', 'id: a\r\n...\r\n', 'id: a\n...']) {
      expect({ text, at: locateInBlockYaml(text, ['id']) }).toEqual({ text, at: undefined });
    }
    // Not markers: indented, or fewer than three.
    expect(locateInBlockYaml('id: a\nx: --\n  ---: 1\n--: 2\n', ['id'])).toEqual({ line: 1, column: 5 });
  });
});
