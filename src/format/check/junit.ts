/**
 * JUnit XML for GitLab, Jenkins and other test-report viewers: one
 * testsuite per file, one testcase per rule that ran on it.
 *
 * A testcase fails when its rule found an error, or a warning in a run that
 * fails on its warnings (--max-warnings); otherwise the test passed and its
 * warnings are in `<system-out>`, which GitLab ("System output") and Jenkins
 * ("Standard Output") show with the test. A warning is neither a failure
 * (the run exits 0: GitLab would list failed tests, Jenkins would mark the
 * build unstable) nor `<skipped>` (the rule did run).
 */
import type { Diagnostic } from '../../core/types.js';
import { xml } from '../escape.js';
import type { RuleInfo } from './rule-catalog.js';

export interface JunitOptions {
  files: readonly string[];
  rules: readonly RuleInfo[];
  /** The run fails because of its warnings (more than --max-warnings): they are failures too. */
  warningsFail: boolean;
  /** How long the whole run took, in seconds (`time` of testsuites; kam does not time each rule). */
  seconds: number;
}

const line = (d: Diagnostic) => `${d.line ?? '-'}:${d.column ?? '-'} ${d.severity} ${d.message}`;

/**
 * The XML in pieces, one testsuite at a time, so standard output gets it
 * without the whole text in memory (2.5 million testcases at 100,000 files):
 * a first pass counts the tests and failures the head needs.
 */
export function* junitChunks(diagnostics: readonly Diagnostic[], options: JunitOptions): Generator<string> {
  const byFile = new Map<string, Diagnostic[]>(options.files.map((f) => [f, []]));
  // Linear in files and findings: one list per file, appended to; account files looked up in a set.
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const accountFiles = new Set(options.files);
  const active = options.rules.filter((r) => r.severity !== 'off');
  const outcomes = (file: string, list: readonly Diagnostic[]) => {
    // A file that failed the schema was not checked by the other rules; the
    // config file holds only portfolio-wide findings.
    const invalid = list.some((d) => d.rule === 'schema');
    const ran = !accountFiles.has(file) ? active.filter((r) => r.scope === 'portfolio')
      : invalid ? active.filter((r) => r.id === 'schema') : active;
    return ran.map((rule) => {
      const found = list.filter((d) => d.rule === rule.id);
      const error = found.find((d) => d.severity === 'error');
      return { rule, found, error, failed: found.length > 0 && (error !== undefined || options.warningsFail) };
    });
  };
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    for (const o of outcomes(file, list)) {
      tests += 1;
      if (o.failed) failures += 1;
    }
  }
  const time = Math.max(0, options.seconds).toFixed(3);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kam check" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${time}">\n`;
  let first = true;
  for (const [file, list] of byFile) {
    const cases = outcomes(file, list);
    const lines = cases.map(({ rule, found, error, failed }) => {
      const open = `    <testcase classname="${xml(file)}" name="${xml(rule.id)}" time="0"`;
      if (found.length === 0) return `${open}/>`;
      const text = xml(found.map(line).join('\n'));
      if (!failed) return `${open}>\n      <system-out>${text}</system-out>\n    </testcase>`;
      return `${open}>\n      <failure type="${error ? 'error' : 'warning'}" message="${xml((error ?? found[0]!).message)}">${text}</failure>\n    </testcase>`;
    });
    const failed = cases.filter((c) => c.failed).length;
    yield `${first ? '' : '\n'}  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">\n${lines.join('\n')}\n  </testsuite>`;
    first = false;
  }
  yield '\n</testsuites>\n';
}
