/** Diagnostics grouped by file, ESLint-style: `line:col  severity  message  rule`. */
import type { Diagnostic } from '../../core/types.js';
import { acceptedNote } from '../../core/accept.js';
import { countBySeverity } from '../../core/exit-code.js';
import type { Colors } from '../colors.js';
import { terminalSafe, wrapText } from '../terminal-text.js';

export interface StylishOptions {
  colors: Colors;
  /** Files read, for the summary line. */
  files?: number;
  /** Warnings left out by --quiet, so the summary does not claim there are none. */
  hidden?: number;
  /** Columns to wrap findings at (at a word, under the message); unset: one line per finding. */
  width?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions): string {
  return [...stylishLines(diagnostics, options)].join('');
}

/**
 * The same text as lines, each ending in a newline, made as they are read:
 * a run of 100,000 accounts can have 40,000 findings, and their text joined
 * into one string (twice its size in UTF-16) was the largest thing kam score held.
 */
export function* stylishLines(diagnostics: readonly Diagnostic[], options: StylishOptions): Generator<string> {
  const c = options.colors;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  for (const [file, list] of groups) {
    yield `${c.underline(terminalSafe(file || '(portfolio)'))}\n`;
    const positions = list.map((d) => (d.line !== undefined ? `${d.line}:${d.column ?? 1}` : ''));
    let width = 0;
    for (const p of positions) width = Math.max(width, p.length);
    // "  line:col  severity  ": continuation lines start under the message.
    const indent = 2 + width + 2 + 7 + 2;
    for (const [i, d] of list.entries()) {
      if (d.accepted) {
        // Shown, dimmed, with the reason on the next line: an accepted finding no longer counts.
        yield `  ${c.dim(positions[i]!.padEnd(width))}  ${c.dim(`${d.severity === 'error' ? 'error  ' : 'warning'}  ${terminalSafe(d.message)}  ${d.rule}`)}\n`;
        yield `  ${' '.repeat(width)}  ${' '.repeat(7)}  ${terminalSafe(acceptedNote(d.accepted))}\n`;
        continue;
      }
      const severity = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      const head = `  ${c.dim(positions[i]!.padEnd(width))}  ${severity}  `;
      const message = terminalSafe(d.message);
      if (options.width === undefined) {
        yield `${head}${message}  ${c.dim(d.rule)}\n`;
        continue;
      }
      const wrapped = wrapText(`${message}  ${d.rule}`, Math.max(20, options.width - indent));
      const end = wrapped.length - 1;
      wrapped[end] = `${wrapped[end]!.slice(0, -d.rule.length)}${c.dim(d.rule)}`;
      yield `${head}${wrapped.join(`\n${' '.repeat(indent)}`)}\n`;
    }
    yield '\n';
  }
  const { errors, warnings, accepted } = countBySeverity(diagnostics);
  const checked = options.files !== undefined ? `${plural(options.files, 'file')} checked: ` : '';
  const hidden = options.hidden ? c.dim(` (${plural(options.hidden, 'warning')} not shown: --quiet)`) : '';
  const acceptedCount = accepted > 0 ? c.dim(`, ${accepted} accepted`) : '';
  if (errors + warnings === 0) {
    yield `${c.green(`${checked}${options.hidden ? 'no errors' : 'no problems'}`)}${acceptedCount}${hidden}\n`;
  } else if (options.hidden) {
    yield `${c.red(c.bold(`${checked}${plural(errors, 'error')}`))}${hidden}\n`;
  } else {
    const summary = `${checked}${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    yield `${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}${acceptedCount}\n`;
  }
}
