// What a team gets from `kam init`, `kam schema` and the GitHub Action, run as
// they run: the built binary and action/main.js, real files on disk.
// (The git-URL install, the tarball and pre-commit need npm and pre-commit
// themselves: scripts/check-install.sh, which .ci/run runs.)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionArguments } from '../../action/arguments.js';
import { EXAMPLES, ROOT, runKam, tempDir, type KamResult } from '../helpers/run-kam.js';

const dir = tempDir('kam-install-');
afterAll(() => dir.remove());

const schemaTarget = (file: string) => {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
  return m ? resolve(dirname(file), m[1]!) : undefined;
};

describe('kam init', () => {
  const repo = join(dir.path, 'plans');

  it('writes a repository whose schema lines resolve inside it, and that kam check accepts', async () => {
    const r = await runKam(['init', repo, '--ci', 'both', '--ref', 'v1.2.3']);
    expect(r.code).toBe(0);
    for (const f of ['kam.config.yaml', 'accounts/example-customer.yaml']) {
      const target = schemaTarget(join(repo, f));
      expect(target, f).toBeDefined();
      // Inside the new repository, never into kam's own install.
      expect(target!.startsWith(repo)).toBe(true);
      expect(existsSync(target!), target).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(repo, 'schemas', 'account.schema.json'), 'utf8')).$id).toBe('urn:kam:schema:account:v1');
    expect((await runKam(['check'], { cwd: repo })).code).toBe(0);
  });

  it('writes CI and pre-commit files that install kam from its repository at the chosen ref', () => {
    const workflow = parse(readFileSync(join(repo, '.github/workflows/account-plans.yml'), 'utf8'));
    const kamStep = workflow.jobs.kam.steps.find((s: { uses?: string }) => s.uses?.startsWith('kam-cli/kam@'));
    expect(kamStep.uses).toBe('kam-cli/kam@v1.2.3');
    expect(kamStep.with.paths).toBe('accounts/');
    // Private repositories have no code scanning without a paid plan: SARIF upload only on request.
    expect(JSON.stringify(workflow)).not.toContain('upload-sarif');
    expect(workflow.permissions).toEqual({ contents: 'read' });

    const gitlab = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'));
    expect(gitlab.kam.script[0]).toBe('npm install --global --no-audit --no-fund git+https://github.com/kam-cli/kam.git#v1.2.3');
    expect(gitlab.kam.artifacts.reports).toEqual({ codequality: 'gl-code-quality.json', junit: 'kam-junit.xml' });

    const preCommit = parse(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8'));
    expect(preCommit.repos).toEqual([{ repo: 'https://github.com/kam-cli/kam', rev: 'v1.2.3', hooks: [{ id: 'kam-check' }] }]);
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks.map((h: { id: string }) => h.id)).toContain('kam-check');
  });

  it('--sarif adds the upload with the permission it needs', async () => {
    const other = join(dir.path, 'with-sarif');
    expect((await runKam(['init', other, '--sarif'])).code).toBe(0);
    const workflow = parse(readFileSync(join(other, '.github/workflows/account-plans.yml'), 'utf8'));
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.jobs.kam.steps.map((s: { uses?: string }) => s.uses)).toContain('github/codeql-action/upload-sarif@v3');
    expect(existsSync(join(other, '.gitlab-ci.yml'))).toBe(false);
  });

  it('never overwrites a file', async () => {
    writeFileSync(join(repo, 'kam.config.yaml'), 'currency: USD\n');
    const r = await runKam(['init', repo]);
    expect(r.stdout).toMatch(/skipped {2}.*kam\.config\.yaml \(exists\)/);
    expect(readFileSync(join(repo, 'kam.config.yaml'), 'utf8')).toBe('currency: USD\n');
  });
});

describe('kam schema', () => {
  const repo = join(dir.path, 'schema-repo');

  it('prints a schema, writes copies, and says when the copies are out of date', async () => {
    mkdirSync(join(repo, 'accounts'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'kam.config.yaml'), join(repo, 'kam.config.yaml'));
    const printed = await runKam(['schema', 'config'], { cwd: repo });
    expect(JSON.parse(printed.stdout).$id).toBe(JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')).$id);

    expect((await runKam(['schema', '--check'], { cwd: repo })).code).toBe(1);
    const written = await runKam(['schema', '--write'], { cwd: repo });
    expect(written.stdout).toBe('created  schemas/account.schema.json\ncreated  schemas/config.schema.json\n');
    expect((await runKam(['schema', '--check'], { cwd: repo })).code).toBe(0);
    expect((await runKam(['schema', '--write'], { cwd: repo })).stdout).toMatch(/^unchanged/);

    // The example config lists every factor: the copy is the team's schema, with its factor help.
    const account = JSON.parse(readFileSync(join(repo, 'schemas', 'account.schema.json'), 'utf8'));
    expect(account.properties.strength.properties.value_in_use.description).toMatch(/^Savings our products bring|Value in use/);

    writeFileSync(join(repo, 'schemas', 'config.schema.json'), '{}\n');
    const stale = await runKam(['schema', '--check'], { cwd: repo });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('schemas/config.schema.json is missing or out of date: run kam schema --write');
  });

  it('kam new points its schema line at the repository copy', async () => {
    const answers = join(repo, 'answers.yaml');
    writeFileSync(answers, 'name: Polar Foods Oy\nmanager: Sam Ortiz\n');
    const r = await runKam(['new', '--answers', answers], { cwd: repo });
    expect(r.code).toBe(0);
    const file = join(repo, 'accounts', 'polar-foods-oy.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/account.schema.json');
    expect(schemaTarget(file)).toBe(join(repo, 'schemas', 'account.schema.json'));
  });
});

describe('the GitHub Action', () => {
  function runAction(env: Record<string, string>, cwd: string): Promise<KamResult> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [join(ROOT, 'action', 'main.js')], {
        cwd,
        env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', fail);
      child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
    });
  }

  it('turns its inputs into one kam check command line', () => {
    expect(actionArguments({ INPUT_PATHS: 'accounts/\nmore/', INPUT_FORMATS: 'sarif=kam.sarif junit=kam.xml', 'INPUT_MAX-WARNINGS': '3', 'INPUT_AS-OF': '2026-11-22', INPUT_CONFIG: '' }))
      .toEqual(['check', 'accounts/', 'more/', '--format', 'github', '--format', 'sarif=kam.sarif', '--format', 'junit=kam.xml', '--max-warnings', '3', '--as-of', '2026-11-22']);
    expect(actionArguments({})).toEqual(['check', '--format', 'github']);
  });

  it('declares every input it reads', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(Object.keys(action.inputs).sort()).toEqual(['as-of', 'baseline', 'config', 'formats', 'max-warnings', 'paths']);
    expect(action.runs.main).toBe('action/main.js');
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
  });

  it('annotates findings, writes the step summary and fails on an invalid account', async () => {
    const workspace = join(dir.path, 'workspace');
    mkdirSync(join(workspace, 'accounts'), { recursive: true });
    copyFileSync(join(EXAMPLES, 'kam.config.yaml'), join(workspace, 'kam.config.yaml'));
    copyFileSync(join(EXAMPLES, 'accounts', 'acme-industrial.yaml'), join(workspace, 'accounts', 'acme-industrial.yaml'));
    writeFileSync(join(workspace, 'accounts', 'broken.yaml'), 'id: broken\nname: Broken\nstrength: { trust: 12 }\n');
    const summary = join(dir.path, 'summary.md');
    writeFileSync(summary, '');
    const r = await runAction({ INPUT_PATHS: 'accounts/', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, 'INPUT_AS-OF': '2026-11-22' }, dir.path);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=accounts\/broken\.yaml,line=3,col=\d+/m);
    expect(r.stdout).toMatch(/^::warning file=accounts\/acme-industrial\.yaml,line=\d+/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/broken\.yaml/);
  });
});

describe('the package', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('is ready to publish: a free name, licence, links, and no install-time build or dependency', () => {
    expect(pkg.name).toBe('kam-cli');
    expect(pkg.license).toBe('MIT');
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
    expect(pkg.repository.url).toBe('git+https://github.com/kam-cli/kam.git');
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/kam-cli\/kam/);
    expect(pkg.bugs.url).toBe('https://github.com/kam-cli/kam/issues');
    // The bundle in dist/ carries every runtime dependency, so installs need neither a compiler nor the registry.
    expect(pkg.dependencies ?? {}).toEqual({});
    // npm runs these when installing from git, and they would need the dev dependencies.
    for (const script of ['prepare', 'build', 'install', 'postinstall', 'preinstall', 'prepack']) expect(pkg.scripts[script], script).toBeUndefined();
    expect(pkg.bin.kam).toBe('bin/kam.js');
    for (const f of pkg.files) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('README, docs/ci, kam init and the action describe one install path', () => {
    const texts = ['README.md', 'docs/ci/github-actions.yml', 'docs/ci/gitlab-ci.yml', 'docs/ci/pre-commit-config.yaml', '.pre-commit-hooks.yaml', 'action.yml']
      .map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const);
    for (const [f, text] of texts) {
      expect(text, f).toContain('kam-cli/kam');
      // Not on the registry: nothing may tell users to install it from there.
      expect(text, f).not.toMatch(/npm install (--global|-g) kam(@[\d.]+)?(\s|$)|\bkam@\d/m);
    }
  });
});

describe('a wrong path is not an empty portfolio', () => {
  it('check, score and validate on paths that hold no account file exit 2 and say so', async () => {
    const empty = join(dir.path, 'no-accounts');
    mkdirSync(join(empty, 'docs'), { recursive: true });
    writeFileSync(join(empty, 'docs', 'README.md'), '# not an account\n');
    for (const command of ['check', 'score', 'validate']) {
      const r = await runKam([command, 'docs'], { cwd: empty });
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(/^kam: no account files in docs: kam reads the \.yaml and \.yml files there/);
      expect(r.stdout, command).not.toMatch(/0 files checked/);
    }
  });
});
