/**
 * GitHub Actions workflow commands: one annotation per diagnostic, shown on
 * the changed lines of a pull request. Account text is escaped so that it
 * can never end the command or start another one.
 */
import type { Diagnostic } from '../../core/types.js';
import { githubData, githubProperty } from '../escape.js';

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${githubProperty(d.file)}`];
      if (d.line !== undefined) props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
      props.push(`title=${githubProperty(`kam ${d.rule}${d.account ? ` (${d.account})` : ''}`)}`);
      return `::${d.severity} ${props.join(',')}::${githubData(d.message)}\n`;
    })
    .join('');
}
