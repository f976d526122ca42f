import type { Diagnostic } from './types.js';

/** SPEC 7: 1 on any error, or on more warnings than allowed; else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], maxWarnings?: number): 0 | 1 {
  return diagnostics.some((d) => d.severity === 'error') || tooManyWarnings(diagnostics, maxWarnings) ? 1 : 0;
}

/** Whether the warnings alone fail the run: more of them than --max-warnings allows. */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], maxWarnings?: number): boolean {
  return maxWarnings !== undefined && maxWarnings >= 0 && countBySeverity(diagnostics).warnings > maxWarnings;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}
