/**
 * A Markdown report of `kam check`, fit for a pull-request comment or the
 * GitHub step summary: counts, then a table of findings. Account text is
 * escaped so it cannot break the table, link, mention or inject HTML.
 */
import { acceptedNote } from '../../core/accept.js';
import type { Diagnostic } from '../../core/types.js';
import { countBySeverity } from '../../core/exit-code.js';
import { markdown } from '../escape.js';

export interface CheckMarkdownOptions {
  files: number;
  /** Stop adding rows before the text passes this many bytes (GitHub's summary limit is 1 MiB). */
  maxBytes?: number;
}

export function formatCheckMarkdown(diagnostics: readonly Diagnostic[], options: CheckMarkdownOptions): string {
  const { errors, warnings, accepted } = countBySeverity(diagnostics);
  const status = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
  const head = [
    `## ${status} kam check`,
    '',
    `${options.files} account file${options.files === 1 ? '' : 's'} checked: **${errors} error${errors === 1 ? '' : 's'}**, ${warnings} warning${warnings === 1 ? '' : 's'}${accepted > 0 ? `, ${accepted} accepted` : ''}.`,
    '',
  ];
  if (diagnostics.length === 0) return `${head.join('\n')}\n`;
  const rows = ['| | File | Line | Rule | Finding |', '|---|---|---:|---|---|'];
  const limit = options.maxBytes ?? Infinity;
  let size = Buffer.byteLength(head.join('\n') + rows.join('\n'));
  let shown = 0;
  for (const d of diagnostics) {
    const row = `| ${d.accepted ? '☑️' : d.severity === 'error' ? '❌' : '⚠️'} | ${markdown(d.file)} | ${d.line ?? ''} | ${markdown(d.rule)} | ${markdown(d.message)}${d.accepted ? ` — _${markdown(acceptedNote(d.accepted))}_` : ''} |`;
    size += Buffer.byteLength(row) + 1;
    if (size > limit - 200) break;
    rows.push(row);
    shown += 1;
  }
  const more = diagnostics.length - shown;
  return `${[...head, ...rows].join('\n')}\n${more > 0 ? `\n… and ${more} more finding${more === 1 ? '' : 's'} (see the full report).\n` : ''}`;
}
