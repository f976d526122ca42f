/** Diagnostics grouped by file, ESLint-style: `line:col  severity  message  rule`. */
import type { Diagnostic } from '../core/types.js';
import { countBySeverity } from '../core/exit-code.js';
import type { Colors } from './colors.js';
import { terminalSafe } from './terminal-text.js';

export interface StylishOptions {
  colors: Colors;
  /** Files read, for the summary line. */
  files?: number;
  /** Warnings left out by --quiet, so the summary does not claim there are none. */
  hidden?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions): string {
  const c = options.colors;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of groups) {
    lines.push(c.underline(terminalSafe(file || '(portfolio)')));
    const positions = list.map((d) => (d.line !== undefined ? `${d.line}:${d.column ?? 1}` : ''));
    const width = Math.max(...positions.map((p) => p.length));
    list.forEach((d, i) => {
      const severity = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(positions[i]!.padEnd(width))}  ${severity}  ${terminalSafe(d.message)}  ${c.dim(d.rule)}`);
    });
    lines.push('');
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const checked = options.files !== undefined ? `${plural(options.files, 'file')} checked: ` : '';
  const hidden = options.hidden ? c.dim(` (${plural(options.hidden, 'warning')} not shown: --quiet)`) : '';
  if (errors + warnings === 0) {
    lines.push(`${c.green(`${checked}${options.hidden ? 'no errors' : 'no problems'}`)}${hidden}`);
  } else if (options.hidden) {
    lines.push(`${c.red(c.bold(`${checked}${plural(errors, 'error')}`))}${hidden}`);
  } else {
    const summary = `${checked}${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  }
  return `${lines.join('\n')}\n`;
}
