/**
 * `--format json`: the SPEC 5 object, pretty-printed. The text is exactly
 * what JSON.stringify(object, null, 2) would give, but it comes in pieces:
 * the head, each account, then the rest. `kam score` writes accounts while
 * the portfolio is still being read, so 100,000 accounts never sit in
 * memory at once.
 */
import type { AccountResult } from '../../core/analyze.js';
import { QUADRANTS } from '../../core/portfolio.js';
import type { QuadrantId } from '../../core/types.js';
import { accountObject, diagnosticObject, reportHead, type ReportInput } from '../report-object.js';

const ACCOUNTS = '\n  "accounts": [],\n';
const DIAGNOSTICS = /\n {2}"diagnostics": \[\](,?)\n/;

/** Everything before the first account. */
export function jsonStart(asOf: string): string {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<QuadrantId, number>;
  const health = { 'at-risk': 0, watch: 0, healthy: 0, unknown: 0 };
  const portfolio = { accounts: 0, revenue: { total: 0, topShare: 0, top20Share: 0, topAccount: null }, quadrants, managers: {}, managerLoad: {}, health };
  const empty = JSON.stringify(reportHead({ asOf, files: [], accounts: [], diagnostics: [], portfolio }), null, 2);
  return `${empty.slice(0, empty.indexOf(ACCOUNTS))}\n  "accounts": [`;
}

/**
 * A value as it appears as an item of a top-level list: stringified inside
 * {"x":[value]} so JSON.stringify indents it itself, then cut out (cheaper
 * than re-indenting the text).
 */
function listItem(value: unknown): string {
  const text = JSON.stringify({ x: [value] }, null, 2);
  return text.slice(11, -6); // after '{\n  "x": [\n', before '\n  ]\n}'
}

/**
 * One account with the line break (and comma) before it; `index` 0 for the
 * first. The separator comes out of the same cut as the item: a string
 * joined to a 5 KB item would be copied whole once more to be written.
 */
export function jsonAccount(a: AccountResult, index: number): string {
  if (index === 0) return JSON.stringify({ x: [accountObject(a)] }, null, 2).slice(10, -6); // from the '\n' before the item
  return JSON.stringify({ x: [0, accountObject(a)] }, null, 2).slice(16, -6); // from the ',' after '    0'
}

/** After the last of `count` accounts: the portfolio, the diagnostics one by one, the summary. */
export function* jsonEnd(input: ReportInput, count: number): Generator<string> {
  const head = JSON.stringify(reportHead(input), null, 2);
  const rest = head.slice(head.indexOf(ACCOUNTS) + ACCOUNTS.length);
  const m = DIAGNOSTICS.exec(rest)!;
  yield `${count === 0 ? ']' : '\n  ]'},\n${rest.slice(0, m.index)}`;
  const list = input.diagnostics;
  if (list.length === 0) {
    yield `\n  "diagnostics": []${m[1]}\n`;
  } else {
    yield '\n  "diagnostics": [\n';
    for (let i = 0; i < list.length; i++) {
      yield `${listItem(diagnosticObject(list[i]!))}${i < list.length - 1 ? ',' : ''}\n`;
    }
    yield `  ]${m[1]}\n`;
  }
  yield `${rest.slice(m.index + m[0].length)}\n`;
}

export function* jsonChunks(input: ReportInput): Generator<string> {
  yield jsonStart(input.asOf);
  for (let i = 0; i < input.accounts.length; i++) yield jsonAccount(input.accounts[i]!, i);
  yield* jsonEnd(input, input.accounts.length);
}

export function formatJson(input: ReportInput): string {
  return [...jsonChunks(input)].join('');
}
