/**
 * GitLab Code Quality JSON. Fingerprints are stable across runs (they leave
 * out line numbers, so moving a block does not make a finding "new") and
 * unique (repeats of the same finding in a file are numbered).
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/types.js';

export function formatGitlab(diagnostics: readonly Diagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = diagnostics.map((d) => {
    const key = `${d.rule}\0${d.file}\0${d.account ?? ''}\0${d.message}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      type: 'issue',
      check_name: d.rule,
      description: d.message,
      categories: ['Style'],
      severity: d.severity === 'error' ? 'major' : 'minor',
      fingerprint: createHash('md5').update(`${key}\0${n}`).digest('hex'),
      location: { path: d.file, lines: { begin: d.line ?? 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
