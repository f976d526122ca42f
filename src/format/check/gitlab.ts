/**
 * GitLab Code Quality JSON. Paths come relative to the repository root
 * (the caller maps them); fingerprints are those of ./fingerprint.ts.
 */
import type { Diagnostic } from '../../core/types.js';
import { fingerprints } from './fingerprint.js';
import { jsonWithList, LIST } from './json-list.js';

/** The report in pieces, an issue at a time. */
export function gitlabChunks(diagnostics: readonly Diagnostic[]): Generator<string> {
  const prints = fingerprints(diagnostics);
  const issues = function* () {
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i]!;
      yield {
        type: 'issue',
        check_name: d.rule,
        description: d.message,
        categories: ['Style'],
        severity: d.severity === 'error' ? 'major' : 'minor',
        fingerprint: prints[i]!,
        location: { path: d.file, lines: { begin: d.line ?? 1 } },
      };
    }
  };
  return jsonWithList([LIST], issues());
}
