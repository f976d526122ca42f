/**
 * JUnit XML for GitLab, Jenkins and other test-report viewers: one
 * testsuite per file, one testcase per rule that ran on it, a failure
 * for each rule that reported something.
 */
import type { Diagnostic } from '../core/types.js';
import { xml } from './escape.js';
import type { RuleInfo } from './rule-catalog.js';

export interface JunitOptions {
  files: readonly string[];
  rules: readonly RuleInfo[];
}

export function formatJunit(diagnostics: readonly Diagnostic[], options: JunitOptions): string {
  const byFile = new Map<string, Diagnostic[]>(options.files.map((f) => [f, []]));
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const active = options.rules.filter((r) => r.severity !== 'off');
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    // A file that failed the schema was not checked by the other rules.
    const invalid = list.some((d) => d.rule === 'schema');
    const ran = invalid ? active.filter((r) => r.id === 'schema') : active;
    const cases = ran.map((rule) => {
      const found = list.filter((d) => d.rule === rule.id);
      if (found.length === 0) return `    <testcase classname="${xml(file)}" name="${xml(rule.id)}"/>`;
      const type = found.some((d) => d.severity === 'error') ? 'error' : 'warning';
      const text = found.map((d) => `${d.line ?? '-'}:${d.column ?? '-'} ${d.severity} ${d.message}`).join('\n');
      return `    <testcase classname="${xml(file)}" name="${xml(rule.id)}">\n` +
        `      <failure type="${type}" message="${xml(found[0]!.message)}">${xml(text)}</failure>\n    </testcase>`;
    });
    const failed = ran.filter((rule) => list.some((d) => d.rule === rule.id)).length;
    tests += ran.length;
    failures += failed;
    suites.push(`  <testsuite name="${xml(file)}" tests="${ran.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kam check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
