/**
 * `--format json`: the SPEC 5 object, pretty-printed. Written in pieces so
 * that 100,000 accounts never sit in memory as one string; the text is
 * exactly what JSON.stringify(object, null, 2) would give.
 */
import { accountObject, diagnosticObject, reportHead, type ReportInput } from './report-object.js';

const LIST = /\n {2}"(accounts|diagnostics)": \[\](,?)\n/g;

export function* jsonChunks(input: ReportInput): Generator<string> {
  const head = JSON.stringify(reportHead(input), null, 2);
  const each = { accounts: input.accounts, diagnostics: input.diagnostics };
  let at = 0;
  for (const m of head.matchAll(LIST)) {
    const name = m[1] as 'accounts' | 'diagnostics';
    yield head.slice(at, m.index);
    const items = each[name];
    if (items.length === 0) {
      yield `\n  "${name}": []${m[2]}\n`;
    } else {
      yield `\n  "${name}": [\n`;
      const convert = name === 'accounts' ? accountObject : diagnosticObject;
      for (let i = 0; i < items.length; i++) {
        const text = JSON.stringify((convert as (x: unknown) => unknown)(items[i]), null, 2).replace(/\n/g, '\n    ');
        yield `    ${text}${i < items.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${m[2]}\n`;
    }
    at = m.index + m[0].length;
  }
  yield `${head.slice(at)}\n`;
}

export function formatJson(input: ReportInput): string {
  return [...jsonChunks(input)].join('');
}
