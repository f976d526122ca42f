// `kam check` as a CI job runs it: every format read back by a real consumer,
// and account text that tries to break out of each format.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index.js';
import { ROOT, runKam, tempDir } from '../helpers/run-kam.js';

/** The rules that run without a config (stale-score is off by default). */
const ON = RULES.filter((r) => r.defaultSeverity !== 'off').length;

// A CommonJS module seen from ESM: the class is on `default`.
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (options: object) => { compile(schema: object): Validator };

const dir = tempDir();
const HOSTILE = 'Eve\n::error file=x::pwned %0A <script>alert(1)</script> ]]> `rm -rf` @octocat #1 [link](http://evil) | cell';

beforeAll(() => {
  mkdirSync(join(dir.path, 'accounts'));
  writeFileSync(join(dir.path, 'kam.config.yaml'), 'as_of: 2026-11-22\nlimits: { accounts_per_manager: 1 }\nrules: { unclassified: error }\n');
  const key = (id: string, extra = '') =>
    `id: ${id}\nname: ${id}\nmanager: ${JSON.stringify(HOSTILE)}\nattractiveness: { size: 8 }\nstrength: { price: 8 }\n${extra}`;
  writeFileSync(join(dir.path, 'accounts', 'a-one.yaml'), key('a-one'));
  writeFileSync(join(dir.path, 'accounts', 'b-two.yaml'), key('b-two', `opportunities:\n  - id: ${JSON.stringify(HOSTILE)}\n    stage: pursuing\n`));
  writeFileSync(join(dir.path, 'accounts', 'c,odd:name.yaml'), 'id: c-odd\nname: Odd\nattractiveness: { size: 2 }\n');
  writeFileSync(join(dir.path, 'accounts', 'd-broken.yaml'), 'id: d-broken\nname: [unclosed\n');
});
afterAll(() => dir.remove());

const check = (...args: string[]) => runKam(['check', 'accounts', ...args], { cwd: dir.path });

describe('kam check', () => {
  it('exits 1 on errors, and 0/1 around --max-warnings on a clean-of-errors portfolio', async () => {
    expect((await check()).code).toBe(1); // schema error and unclassified: error
    const examples = (n: string) => runKam(['check', 'examples/accounts', '--max-warnings', n]);
    // the example portfolio has 23 warnings and no error: the 20 of examples/EXPECTED.md and bow-tie on 3 key accounts
    expect((await examples('23')).code).toBe(0);
    expect((await examples('22')).code).toBe(1);
  });

  it('stylish groups by file, with a summary line; --quiet shows errors only', async () => {
    const r = await check('--no-color');
    expect(r.stdout).toMatch(/accounts\/a-one\.yaml\n/);
    expect(r.stdout).toMatch(/4 files checked: \d+ problems \(2 errors, \d+ warnings\)\n$/);
    expect(r.stdout).toContain('\\n::error file=x::pwned'); // the newline is shown, not obeyed
    const quiet = await check('--no-color', '--quiet');
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/\swarning\s/);
    expect(quiet.stdout).toMatch(/4 files checked: 2 errors \([1-9]\d* warnings? not shown: --quiet\)\n$/);
  });

  it('github: one workflow command per line, with nothing injectable', async () => {
    const r = await check('--format', 'github');
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:,]+(,line=\d+,col=\d+)?,title=[^:]*::[^\n]*$/);
    expect(lines.some((l) => l.includes('pwned %250A'))).toBe(true); // % escaped first, then newlines
    expect(lines.filter((l) => l.startsWith('::error file=x'))).toEqual([]);
    expect(r.stdout).toContain('file=accounts/c%2Codd%3Aname.yaml');
  });

  it('github: appends a Markdown summary to GITHUB_STEP_SUMMARY', async () => {
    const summary = join(dir.path, 'summary.md');
    writeFileSync(summary, 'before\n');
    await runKam(['check', 'accounts', '--format', 'github'], { cwd: dir.path, env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^before\n## ❌ kam check/);
    expect(text).not.toContain('<script>');
  });

  it('junit: valid XML, a testsuite per file and a testcase per rule that ran', async () => {
    const r = await check('--format', 'junit');
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suites = doc.testsuites.testsuite;
    // The config file carries the portfolio-wide findings (too-many-key: 2 of 2 key; manager-load: 2 accounts, limit 1).
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['accounts/a-one.yaml', 'accounts/b-two.yaml', 'accounts/c,odd:name.yaml', 'accounts/d-broken.yaml', 'kam.config.yaml']);
    // valid files ran every rule that is on by default, the schema rule and unused-accept; the broken one only the schema,
    // the config file the 4 portfolio rules
    expect(suites.map((s: { tests: string }) => Number(s.tests))).toEqual([ON + 2, ON + 2, ON + 2, 1, 4]);
    // warnings are reported as output of their testcase (not failures without --max-warnings)
    expect(suites[4].testcase.filter((t: { 'system-out'?: unknown }) => t['system-out']).map((t: { name: string }) => t.name)).toEqual(['too-many-key', 'manager-load']);
    const broken = suites[3].testcase;
    expect(broken.name).toBe('schema');
    expect(broken.failure.type).toBe('error');
    expect(r.stdout).not.toContain('<script>');
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata', async () => {
    const r = await check('--format', 'sarif');
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('manager-load');
    expect(run.tool.driver.rules.find((x: { id: string }) => x.id === 'unclassified')?.defaultConfiguration.level).toBe('error');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'schema');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'accounts/d-broken.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 }, // the unclosed [ is found at the end of the file
    });
    expect(run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]?.physicalLocation.artifactLocation.uri))
      .toContain('accounts/c%2Codd%3Aname.yaml');
  });

  it('gitlab: Code Quality JSON with stable, unique fingerprints', async () => {
    const a = JSON.parse((await check('--format', 'gitlab')).stdout);
    const b = JSON.parse((await check('--format', 'gitlab')).stdout);
    expect(a.length).toBeGreaterThan(3);
    const prints = a.map((x: { fingerprint: string }) => x.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints).toEqual(b.map((x: { fingerprint: string }) => x.fingerprint));
    for (const issue of a) {
      expect(issue).toMatchObject({ check_name: expect.any(String), description: expect.any(String), severity: expect.stringMatching(/^(major|minor)$/), location: { path: expect.any(String), lines: { begin: expect.any(Number) } } });
    }
  });

  it('markdown: hostile text cannot break the table, link, mention or inject HTML', async () => {
    const r = await check('--format', 'markdown');
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows.length).toBeGreaterThan(3);
    // every row has exactly the 5 cells of the header: no unescaped | inside
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(7);
    expect(r.stdout).not.toMatch(/<script>|\]\(http|(^|[^\\])@octocat/);
  });

  it('writes several formats in one run, atomically, and refuses to overwrite an account file', async () => {
    const r = await check('--format', 'stylish', '--format', 'sarif=out.sarif', '--format', 'junit=out.xml');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir.path, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(XMLValidator.validate(readFileSync(join(dir.path, 'out.xml'), 'utf8'))).toBe(true);
    const refused = await check('--format', 'json', '-o', 'accounts/a-one.yaml');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to write the json report to accounts\/a-one\.yaml: reports never go to a \.yaml or \.yml file/);
    expect(readFileSync(join(dir.path, 'accounts', 'a-one.yaml'), 'utf8')).toMatch(/^id: a-one/);
    const two = await check('--format', 'json', '--format', 'sarif');
    expect(two.code).toBe(2);
  });

  it('--as-of decides stale-satisfaction', async () => {
    const args = (d: string) => ['check', 'test/fixtures/rules/accounts', '--config', 'test/fixtures/rules/kam.config.yaml', '--as-of', d, '--format', 'json'];
    const early = JSON.parse((await runKam(args('2026-11-22'))).stdout);
    const late = JSON.parse((await runKam(args('2026-11-23'))).stdout);
    const stale = (o: { diagnostics: { rule: string; account: string }[] }) => o.diagnostics.filter((d) => d.rule === 'stale-satisfaction').map((d) => d.account);
    expect(stale(early)).toEqual(['k2-gaps', 'k3-big']);
    expect(stale(late)).toEqual(['k1-complete', 'k2-gaps', 'k3-big']);
    expect(late.asOf).toBe('2026-11-23');
  });
});
