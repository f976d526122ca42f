// The CI outputs as their consumers read them: code scanning (SARIF, checked
// with the SARIF multitool's own GitHub rules) and GitLab Code Quality track
// findings by fingerprint and resolve paths against the repository root.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index.js';
import { EXAMPLES, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir();
const repo = join(dir.path, 'repo');
const plans = join(repo, 'plans');

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
  partialFingerprints: Record<string, string>;
}
interface GitlabIssue {
  check_name: string;
  description: string;
  fingerprint: string;
  location: { path: string };
}

/** A key account with a big share of revenue, a stale satisfaction score and two pursuits without a go. */
function big(revenue: number, opportunities: string[], header = ''): string {
  return `${header}id: big
name: Big Customer
manager: Dana
revenue: { current: ${revenue} }
attractiveness: { size: 9 }
strength: { price: 9 }
performance:
  satisfaction: [{ date: 2024-01-01, score: 7 }]
opportunities:
${opportunities.map((id) => `  - id: ${id}\n    stage: pursuing\n    questions: { real: yes, compete: yes, win: unsure, worth: yes }\n`).join('')}`;
}

async function checkOutputs(asOf: string): Promise<{ sarif: SarifResult[]; sarifText: string; gitlab: GitlabIssue[] }> {
  // An absolute path, from a subfolder of the repository: what `kam check $PWD/accounts` does.
  const r = await runKam(['check', join(plans, 'accounts'), '--as-of', asOf, '--format', 'sarif=out.sarif', '--format', 'gitlab=out.json'], { cwd: plans });
  expect(r.stderr).toBe('');
  const sarifText = readFileSync(join(plans, 'out.sarif'), 'utf8');
  return { sarif: JSON.parse(sarifText).runs[0].results, sarifText, gitlab: JSON.parse(readFileSync(join(plans, 'out.json'), 'utf8')) };
}

beforeAll(() => {
  mkdirSync(join(plans, 'accounts'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(plans, 'accounts', 'small.yaml'), 'id: small\nname: Small Customer\nrevenue: { current: 100 }\nattractiveness: { size: 2 }\nstrength: { price: 2 }\n');
});
afterAll(() => dir.remove());

describe('fingerprints', () => {
  it('stay when --as-of moves, figures change and lines move; a removed finding takes only its own', async () => {
    writeFileSync(join(plans, 'accounts', 'big.yaml'), big(900, ['depot', 'plant-retrofit']));
    const before = await checkOutputs('2026-11-22');
    writeFileSync(join(plans, 'accounts', 'big.yaml'), big(800, ['plant-retrofit'], '# revised after the Q4 review\n\n'));
    const after = await checkOutputs('2026-11-23');

    const rules = (list: { ruleId?: string; check_name?: string }[]) => list.map((x) => x.ruleId ?? x.check_name).sort();
    // thin-scoring: both accounts score 1 of 10 attractiveness and 1 of 9 strength factors (one finding per axis)
    const found = ['concentration', 'incomplete-plan', 'pursuit-without-go', 'pursuit-without-go', 'stale-satisfaction',
      'thin-scoring', 'thin-scoring', 'thin-scoring', 'thin-scoring', 'too-many-key'];
    expect(rules(before.sarif)).toEqual(found);
    expect(rules(before.gitlab)).toEqual(found);
    expect(rules(after.sarif)).toEqual(found.filter((_, i) => i !== 2));
    // The messages did change: 90.0 % → 88.9 %, "since 2025-11-22" → "since 2025-11-23".
    const message = (list: SarifResult[], rule: string) => list.find((x) => x.ruleId === rule)!.message.text;
    expect(message(before.sarif, 'concentration')).toContain('90.0 %');
    expect(message(after.sarif, 'concentration')).toContain('88.9 %');
    expect(message(before.sarif, 'stale-satisfaction')).toContain('since 2025-11-22');
    expect(message(after.sarif, 'stale-satisfaction')).toContain('since 2025-11-23');

    const sarifPrint = (x: SarifResult) => x.partialFingerprints['kamFinding/v2']!;
    const depot = before.sarif.find((x) => x.message.text.includes('"depot"'))!;
    const kept = before.sarif.filter((x) => x !== depot).map(sarifPrint).sort();
    expect(after.sarif.map(sarifPrint).sort()).toEqual(kept);
    expect(after.sarif.map(sarifPrint)).not.toContain(sarifPrint(depot));

    const gitlabDepot = before.gitlab.find((x) => x.description.includes('"depot"'))!;
    expect(after.gitlab.map((x) => x.fingerprint).sort()).toEqual(before.gitlab.filter((x) => x !== gitlabDepot).map((x) => x.fingerprint).sort());
    // Distinct findings, distinct fingerprints (the two pursuits of one account included).
    expect(new Set(before.gitlab.map((x) => x.fingerprint)).size).toBe(10);
    expect(new Set(before.sarif.map(sarifPrint)).size).toBe(10);
  });

  it('are part of the JSON output as a subject: the opportunity or manager a finding is about', async () => {
    const r = await runKam(['check', 'test/fixtures/rules/accounts', '--config', 'test/fixtures/rules/kam.config.yaml', '--format', 'json']);
    const diagnostics: { rule: string; account?: string; subject?: string }[] = JSON.parse(r.stdout).diagnostics;
    // k2-gaps pursues "long-shot" (a no) and "maybe" (open); the config allows 2 key accounts per manager.
    expect(diagnostics.filter((d) => d.rule === 'pursuit-without-go').map((d) => [d.account, d.subject]))
      .toEqual([['k2-gaps', 'opportunity:long-shot'], ['k2-gaps', 'opportunity:maybe']]);
    expect(diagnostics.filter((d) => d.rule === 'manager-load').map((d) => d.subject)).toEqual(['manager:Ann']);
  });
});

describe('paths', () => {
  it('are relative to the git repository root, whatever the current folder or the form of the path', async () => {
    const out = await checkOutputs('2026-11-22');
    const uris = out.sarif.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    // small.yaml has thin-scoring findings of its own
    expect(new Set(uris.map((u) => `${u.uriBaseId} ${u.uri}`))).toEqual(new Set(['%SRCROOT% plans/accounts/big.yaml', '%SRCROOT% plans/accounts/small.yaml']));
    expect(new Set(out.gitlab.map((x) => x.location.path))).toEqual(new Set(['plans/accounts/big.yaml', 'plans/accounts/small.yaml']));
    expect(out.sarifText).not.toContain(dir.path);
  });

  it('outside a repository: relative to the current folder, else absolute as a file URI', async () => {
    const outside = join(dir.path, 'outside');
    mkdirSync(join(outside, 'accounts', 'sub'), { recursive: true });
    writeFileSync(join(outside, 'accounts', 'x.yaml'), 'id: x\nname: X\n');
    const inCwd = await runKam(['check', join(outside, 'accounts'), '--format', 'gitlab'], { cwd: outside });
    expect(JSON.parse(inCwd.stdout)[0].location.path).toBe('accounts/x.yaml');
    const above = await runKam(['check', join(outside, 'accounts'), '--format', 'sarif'], { cwd: join(outside, 'accounts', 'sub') });
    const location = JSON.parse(above.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: `file://${join(outside, 'accounts', 'x.yaml')}` });
  });
});

describe('SARIF for GitHub code scanning', () => {
  it('describes every rule (what, why, what to do) and links to its section of docs/rules.md', async () => {
    const log = JSON.parse((await runKam(['check', join(EXAMPLES, 'accounts'), '--format', 'sarif'])).stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toMatch(/^https:\/\/github\.com\//);
    const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    // Every rule of the catalogue, the schema rule and unused-accept.
    expect(driver.rules).toHaveLength(RULES.length + 2);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.startsWith(rule.shortDescription.text)).toBe(true);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length + 20);
      expect(rule.help.text).toMatch(/\n\nWhy it matters: .+\n\nWhat to do: .+/);
      expect(rule.help.markdown).toMatch(/\*\*Why it matters:\*\* .+\n\n\*\*What to do:\*\* .+/);
      expect(rule.helpUri).toBe(`${driver.informationUri}/blob/main/docs/rules.md#${rule.id}`);
      // The anchor exists: a heading that is exactly the rule id, followed by the same help.
      expect(docs).toContain(`\n## ${rule.id}\n`);
      expect(docs).toContain(rule.help.markdown);
    }
  });

  it("passes the SARIF multitool's validation with its GitHub rules: no error, no warning", async () => {
    // The npm package resolves to the platform's self-contained .NET binary. Called directly:
    // its bin.js goes through a shell, which would split the ";" of the rule-kind list.
    const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    const accounts = join(dir.path, 'mixed');
    mkdirSync(accounts);
    writeFileSync(join(accounts, 'broken.yaml'), 'id: broken\nname: [unclosed\n');
    // An accepted finding: its result carries a suppression (SPEC 8.3), which must pass too.
    writeFileSync(join(accounts, 'odd, name: é.yaml'), 'id: odd\nname: Odd "quoted" <b>\nmanager: "Eve\\n::error::x"\nattractiveness: { size: 9 }\nstrength: { price: 9 }\naccept: [{ rule: incomplete-plan, reason: "drafting it <this> quarter" }]\n');
    const logs = [join(dir.path, 'examples.sarif'), join(dir.path, 'mixed.sarif')];
    await runKam(['check', join(EXAMPLES, 'accounts'), '--format', `sarif=${logs[0]}`]);
    await runKam(['check', accounts, '--format', `sarif=${logs[1]}`], { cwd: dir.path });
    // The harness itself: a log whose rules lack help must fail (GitHub requires it: GH2012).
    const withoutHelp = join(dir.path, 'without-help.sarif');
    const stripped = JSON.parse(readFileSync(logs[0]!, 'utf8'));
    for (const rule of stripped.runs[0].tool.driver.rules) delete rule.help;
    writeFileSync(withoutHelp, JSON.stringify(stripped));

    const validate = async (log: string) => {
      const report = `${log}.validation.sarif`;
      await promisify(execFile)(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '-o', report, log], {
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      });
      const run = JSON.parse(readFileSync(report, 'utf8')).runs[0];
      expect(run.invocations[0].executionSuccessful).toBe(true);
      return (run.results as { ruleId: string; level?: string; message: { text?: string } }[])
        .filter((x) => (x.level ?? 'warning') === 'error' || (x.level ?? 'warning') === 'warning')
        .map((x) => `${x.ruleId}: ${x.message.text ?? ''}`);
    };
    expect((await validate(withoutHelp)).filter((p) => p.startsWith('GH2012'))).toHaveLength(RULES.length + 2);
    expect(readFileSync(logs[1]!, 'utf8')).toContain('"justification": "drafting it <this> quarter"');
    for (const log of logs) expect(await validate(log)).toEqual([]);
  });
});

describe('JUnit for GitLab and Jenkins', () => {
  interface Case { name: string; time: string; failure?: { type: string; '#text': string }; 'system-out'?: string }
  interface Suite { name: string; tests: string; failures: string; time: string; testcase: Case[] }
  const parse = (text: string) => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(text);
    return doc.testsuites as { tests: string; failures: string; time: string; testsuite: Suite[] };
  };
  const examples = (...args: string[]) => runKam(['check', 'examples/accounts', '--format', 'junit', ...args]);

  it('a run that passes has no failures: its warnings are in the passing test\'s system-out; times are numbers', async () => {
    const r = await examples();
    expect(r.code).toBe(0);
    const doc = parse(r.stdout);
    // 13 valid files, each with every rule that is on by default, the schema rule and unused-accept, and the config file with the 4 portfolio rules;
    // the example portfolio has 23 warnings (20 of examples/EXPECTED.md, 3 bow-tie) and no error.
    expect([doc.tests, doc.failures]).toEqual([String(13 * (RULES.filter((r) => r.defaultSeverity !== 'off').length + 2) + 4), '0']);
    const out = doc.testsuite.flatMap((s) => s.testcase.map((c) => c['system-out'] ?? '')).join('\n');
    expect(out.match(/^\d+:\d+ warning /gm)).toHaveLength(23);
    const acme = doc.testsuite.find((s) => s.name === 'examples/accounts/acme-industrial.yaml')!;
    expect(acme.testcase.find((c) => c.name === 'concentration')!['system-out']).toMatch(/^11:12 warning 29\.6 % of total current revenue/);
    for (const t of [doc.time, ...doc.testsuite.map((s) => s.time), ...doc.testsuite.flatMap((s) => s.testcase.map((c) => c.time))]) {
      expect(t).toMatch(/^\d+(\.\d+)?$/);
    }
    expect(Number(doc.time)).toBeGreaterThan(0);
  });

  it('a run that fails on too many warnings (--max-warnings) shows them as failures', async () => {
    const r = await examples('--max-warnings', '14');
    expect(r.code).toBe(1);
    const doc = parse(r.stdout);
    const failed = doc.testsuite.flatMap((s) => s.testcase.filter((c) => c.failure).map((c) => `${s.name} ${c.name}`));
    const json = JSON.parse((await runKam(['check', 'examples/accounts', '--format', 'json'])).stdout);
    const pairs = new Set(json.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`));
    expect(new Set(failed)).toEqual(pairs);
    expect(doc.failures).toBe(String(pairs.size));
    for (const s of doc.testsuite) for (const c of s.testcase) if (c.failure) expect(c.failure.type).toBe('warning');
    for (const s of doc.testsuite) for (const c of s.testcase) expect(c['system-out']).toBeUndefined();
  });
});
