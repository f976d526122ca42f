/**
 * `--format jsonl`: JSON Lines, one object per line, for jq and data tools.
 * `kam score` writes one account per line (the objects of SPEC 5's
 * `accounts`), `kam check` one finding per line (those of `diagnostics`).
 */
import type { AccountResult } from '../../core/analyze.js';
import type { Diagnostic } from '../../core/types.js';
import { accountObject, diagnosticObject } from '../report-object.js';

export function jsonlAccount(a: AccountResult): string {
  return `${JSON.stringify(accountObject(a))}\n`;
}

export function* jsonlDiagnostics(diagnostics: readonly Diagnostic[]): Generator<string> {
  for (const d of diagnostics) yield `${JSON.stringify(diagnosticObject(d))}\n`;
}
