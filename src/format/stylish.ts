/** Diagnostics grouped by file, ESLint-style: `line:col  severity  message  rule`. */
import type { Diagnostic } from '../core/types.js';
import { acceptedNote } from '../core/accept.js';
import { countBySeverity } from '../core/exit-code.js';
import type { Colors } from './colors.js';
import { terminalSafe, wrapText } from './terminal-text.js';

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
  const c = options.colors;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  const lines: string[] = [];
  for (const [file, list] of groups) {
    lines.push(c.underline(terminalSafe(file || '(portfolio)')));
    const positions = list.map((d) => (d.line !== undefined ? `${d.line}:${d.column ?? 1}` : ''));
    let width = 0;
    for (const p of positions) width = Math.max(width, p.length);
    // "  line:col  severity  ": continuation lines start under the message.
    const indent = 2 + width + 2 + 7 + 2;
    list.forEach((d, i) => {
      if (d.accepted) {
        // Shown, dimmed, with the reason on the next line: an accepted finding no longer counts.
        lines.push(`  ${c.dim(positions[i]!.padEnd(width))}  ${c.dim(`${d.severity === 'error' ? 'error  ' : 'warning'}  ${terminalSafe(d.message)}  ${d.rule}`)}`);
        lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${terminalSafe(acceptedNote(d.accepted))}`);
        return;
      }
      const severity = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      const head = `  ${c.dim(positions[i]!.padEnd(width))}  ${severity}  `;
      const message = terminalSafe(d.message);
      if (options.width === undefined) {
        lines.push(`${head}${message}  ${c.dim(d.rule)}`);
        return;
      }
      const wrapped = wrapText(`${message}  ${d.rule}`, Math.max(20, options.width - indent));
      const end = wrapped.length - 1;
      wrapped[end] = `${wrapped[end]!.slice(0, -d.rule.length)}${c.dim(d.rule)}`;
      lines.push(`${head}${wrapped.join(`\n${' '.repeat(indent)}`)}`);
    });
    lines.push('');
  }
  const { errors, warnings, accepted } = countBySeverity(diagnostics);
  const checked = options.files !== undefined ? `${plural(options.files, 'file')} checked: ` : '';
  const hidden = options.hidden ? c.dim(` (${plural(options.hidden, 'warning')} not shown: --quiet)`) : '';
  const acceptedCount = accepted > 0 ? c.dim(`, ${accepted} accepted`) : '';
  if (errors + warnings === 0) {
    lines.push(`${c.green(`${checked}${options.hidden ? 'no errors' : 'no problems'}`)}${acceptedCount}${hidden}`);
  } else if (options.hidden) {
    lines.push(`${c.red(c.bold(`${checked}${plural(errors, 'error')}`))}${hidden}`);
  } else {
    const summary = `${checked}${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(`${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}${acceptedCount}`);
  }
  return `${lines.join('\n')}\n`;
}
