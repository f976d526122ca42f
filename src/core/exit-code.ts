import type { Diagnostic } from './types.js';

/** SPEC 7: 1 on any error, or on more warnings than allowed; else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], maxWarnings?: number): 0 | 1 {
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') return 1;
    warnings += 1;
  }
  return maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}
