import type { Diagnostic } from './types.js';

/** SPEC 7: 1 on any error, or on more warnings than allowed; else 0. Accepted findings (SPEC 8.3) do not count. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], maxWarnings?: number): 0 | 1 {
  return diagnostics.some((d) => d.severity === 'error' && !d.accepted) || tooManyWarnings(diagnostics, maxWarnings) ? 1 : 0;
}

/** Whether the warnings alone fail the run: more of them than --max-warnings allows. */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], maxWarnings?: number): boolean {
  return maxWarnings !== undefined && maxWarnings >= 0 && countBySeverity(diagnostics).warnings > maxWarnings;
}

/** Accepted findings (SPEC 8.3) are counted apart: they are neither errors nor warnings any more. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; accepted: number } {
  let errors = 0;
  let accepted = 0;
  for (const d of diagnostics) {
    if (d.accepted) accepted += 1;
    else if (d.severity === 'error') errors += 1;
  }
  return { errors, warnings: diagnostics.length - errors - accepted, accepted };
}
