/**
 * Fingerprints for CI systems that track findings across runs (SARIF
 * partialFingerprints, GitLab Code Quality). A finding is the same finding
 * while its rule, file, account and subject stay: message text, numbers,
 * dates and line numbers are left out, so moving --as-of, editing a revenue
 * figure or inserting a line above does not make it "fixed" and "new" again.
 * Repeats of one key in a file are numbered in file order to stay unique.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../core/types.js';

export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = [d.rule, d.file, d.account ?? '', d.subject ?? ''].join('\0');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex');
  });
}
