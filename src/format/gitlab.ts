/**
 * GitLab Code Quality JSON. Paths come relative to the repository root
 * (the caller maps them); fingerprints are those of ./fingerprint.ts.
 */
import type { Diagnostic } from '../core/types.js';
import { fingerprints } from './fingerprint.js';

export function formatGitlab(diagnostics: readonly Diagnostic[]): string {
  const prints = fingerprints(diagnostics);
  const issues = diagnostics.map((d, i) => ({
    type: 'issue',
    check_name: d.rule,
    description: d.message,
    categories: ['Style'],
    severity: d.severity === 'error' ? 'major' : 'minor',
    fingerprint: prints[i]!,
    location: { path: d.file, lines: { begin: d.line ?? 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
