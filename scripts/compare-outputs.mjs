// npm run compare-outputs -- [--base REV] [--files N] [--keep DIR]
// Runs every command and output format of kam as built in this tree (dist/,
// so `npm run bundle` first) and as committed at REV (default HEAD), on the
// same inputs, and reports every case whose standard output, standard error,
// exit code or written file differs. For a change that must not change what
// kam prints (a regrouping, a faster path): exit 0 when every case is
// byte-identical, 1 when one differs.
// Inputs: the examples, N generated accounts (bench/generate.js), the test
// fixtures (invalid files included) and a git repository with two tagged
// quarters for diff, history and --baseline. Only what cannot be the same
// twice is masked: timings (JUnit time, "in 0.4 s") and the temporary paths.
// Workbooks are compared unzipped, without their creation timestamps, where
// `unzip` exists. About four minutes at 2,000 files on two cores.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run compare-outputs -- [--base REV] [--files N] [--keep DIR]';
let opts;
try {
  opts = parseArgs({ options: { base: { type: 'string', default: 'HEAD' }, files: { type: 'string', default: '2000' }, keep: { type: 'string' }, help: { type: 'boolean' } } }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) { console.log(USAGE); process.exit(0); }
const files = Number(opts.files);
if (!Number.isInteger(files) || files < 0) { console.error(`--files must be a whole number\n${USAGE}`); process.exit(2); }

const work = opts.keep ?? mkdtempSync(join(tmpdir(), 'kam-compare-'));
mkdirSync(work, { recursive: true });
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The base: its committed bundle, which carries every runtime dependency.
const base = join(work, 'base');
rmSync(base, { recursive: true, force: true });
mkdirSync(base);
const sha = git(ROOT, 'rev-parse', '--verify', `${opts.base}^{commit}`).trim();
const tar = spawnSync('git', ['archive', '--format=tar', sha, 'bin', 'dist', 'schemas', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 30 });
if (tar.status !== 0) { console.error(`compare-outputs: ${opts.base} has no committed bundle to run (bin/ and dist/): ${tar.stderr.toString().trim()}`); process.exit(2); }
execFileSync('tar', ['-x', '-C', base], { input: tar.stdout });
const BINS = { base: join(base, 'bin', 'kam.js'), tree: join(ROOT, 'bin', 'kam.js') };

// The inputs, made once and shared by both sides.
const data = join(work, 'data');
rmSync(data, { recursive: true, force: true });
mkdirSync(data);
cpSync(join(ROOT, 'examples'), join(data, 'examples'), { recursive: true });
cpSync(join(ROOT, 'test', 'fixtures'), join(data, 'fixtures'), { recursive: true });
if (files > 0) execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.js'), join(data, 'gen'), String(files)], { stdio: 'ignore' });
const repo = join(data, 'repo');
mkdirSync(repo);
cpSync(join(ROOT, 'examples', 'accounts'), join(repo, 'accounts'), { recursive: true });
cpSync(join(ROOT, 'examples', 'kam.config.yaml'), join(repo, 'kam.config.yaml'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'kam', GIT_AUTHOR_EMAIL: 'kam@example.com', GIT_COMMITTER_NAME: 'kam', GIT_COMMITTER_EMAIL: 'kam@example.com' };
const commit = (message, date) => execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-qam', message, '--no-verify'], { cwd: repo, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
const edit = (file, from, to) => {
  const path = join(repo, 'accounts', file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`compare-outputs: ${file} has no ${from}; the examples changed, change the edit`);
  writeFileSync(path, text.replace(from, to));
};
git(repo, 'init', '-q', '-b', 'main');
git(repo, 'add', '-A');
commit('Q1', '2026-03-31T12:00:00Z');
git(repo, '-c', 'tag.gpgsign=false', 'tag', 'v2026.1');
edit('acme-industrial.yaml', /^(\s*service:) [0-9.]+/m, '$1 3');
edit('orbit-retail.yaml', /^(manager:) .*/m, '$1 Priya Nair');
git(repo, 'rm', '-q', 'accounts/baltic-freight.yaml');
commit('Q2', '2026-06-30T12:00:00Z');
git(repo, '-c', 'tag.gpgsign=false', 'tag', 'v2026.2');
edit('helix-automotive.yaml', /^(\s*price:) [0-9.]+/m, '$1 2'); // uncommitted: diff against the working tree

// The cases: [name, args, cwd (default data), file written (compared too)].
const AS_OF = '--as-of=2026-12-01';
const cases = [];
const sets = ['examples/accounts', 'fixtures/bad', 'fixtures/rules/accounts', 'fixtures/health/accounts', 'fixtures/plan/accounts', 'fixtures/plan-rules/accounts', 'fixtures/hostile/accounts'];
if (files > 0) sets.splice(1, 0, 'gen/accounts');
for (const set of sets) {
  const s = set.replaceAll('/', '_');
  for (const f of ['table', 'json', 'jsonl', 'markdown', 'csv', 'html']) cases.push([`score-${f}-${s}`, ['score', AS_OF, '-f', f, set]]);
  cases.push([`score-chart-${s}`, ['score', AS_OF, '--chart', set]], [`score-sort-${s}`, ['score', AS_OF, '--sort', 'revenue', '-r', set]]);
  for (const f of ['stylish', 'json']) cases.push([`validate-${f}-${s}`, ['validate', '-f', f, set]]);
  for (const f of ['stylish', 'json', 'jsonl', 'github', 'junit', 'sarif', 'gitlab', 'markdown']) cases.push([`check-${f}-${s}`, ['check', AS_OF, '-f', f, set]]);
  for (const f of ['html', 'markdown', 'csv', 'json']) cases.push([`report-${f}-${s}`, ['report', AS_OF, '-f', f, set]]);
  cases.push([`list-${s}`, ['list', '--in', set]], [`list-json-${s}`, ['list', '-f', 'json', '--in', set]]);
}
for (const name of readdirSync(join(data, 'examples', 'accounts')).sort()) {
  const id = name.replace(/\.ya?ml$/, '');
  cases.push([`show-${id}`, ['show', AS_OF, '--in', 'examples/accounts', id]], [`show-json-${id}`, ['show', AS_OF, '-f', 'json', '--in', 'examples/accounts', id]]);
}
cases.push(
  ['where', ['score', AS_OF, '--where', 'revenue.current > 1000000', 'examples/accounts']],
  ['report-xlsx', ['report', AS_OF, '-o', '{out}/review.xlsx', 'examples/accounts'], data, 'review.xlsx'],
  ['check-files', ['check', AS_OF, '-f', 'sarif={out}/kam.sarif', '-f', 'junit={out}/kam.xml', '-f', 'stylish', 'examples/accounts'], data, '.'],
  ['schema-account', ['schema', 'account']], ['schema-config', ['schema', 'config']],
  ['help', ['--help']],
  ...['bash', 'zsh', 'fish'].map((sh) => [`completion-${sh}`, ['completion', sh]]),
  ...['score', 'validate', 'report', 'diff', 'init', 'new', 'assess', 'qualify', 'list', 'show', 'history', 'schema', 'check', 'completion'].map((c) => [`help-${c}`, [c, '--help']]),
  ...['table', 'markdown', 'json'].flatMap((f) => [[`diff-${f}`, ['diff', AS_OF, '-f', f, 'v2026.1', 'v2026.2'], repo], [`diff-worktree-${f}`, ['diff', AS_OF, '-f', f, 'v2026.1'], repo]]),
  ...['table', 'json', 'csv', 'markdown', 'html'].map((f) => [`history-${f}`, ['history', '-f', f], repo]),
  ['check-baseline-json', ['check', AS_OF, '--baseline', 'v2026.1', '-f', 'json'], repo],
  ['check-baseline-markdown', ['check', AS_OF, '--baseline', 'v2026.1', '-f', 'markdown'], repo],
  ['assess-dry-run', ['assess', 'accounts/acme-industrial.yaml', '--dry-run', '--answers', '{out}/../answers.yaml', '--section', 'attractiveness'], join(data, 'examples')],
  ['new', ['new', '{out}/nova.yaml', '--answers', '{out}/../new.yaml', '-y', '-c', 'examples/kam.config.yaml'], data, 'nova.yaml'],
  ['init', ['init', '--ci', 'both'], '{out}/init', 'init'],
);
writeFileSync(join(work, 'answers.yaml'), 'attractiveness:\n  size: 9\n');
writeFileSync(join(work, 'new.yaml'), 'id: nova-steel\nname: Nova Steel AG\nmanager: Dana Reyes\nattractiveness:\n  size: 8\nstrength:\n  price: 6\n');

/** Every file under `path` (or the file itself) with its bytes, workbooks unzipped. */
function written(path) {
  if (!existsSync(path)) return {};
  if (!statSync(path).isDirectory()) {
    if (!path.endsWith('.xlsx')) return { '': readFileSync(path) };
    const unzipped = `${path}.d`;
    if (spawnSync('unzip', ['-qo', path, '-d', unzipped]).status !== 0) return { '(not unzipped: no unzip here)': Buffer.from('') };
    const parts = written(unzipped);
    for (const [k, v] of Object.entries(parts)) parts[k] = Buffer.from(v.toString('utf8').replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, ''));
    return parts;
  }
  const out = {};
  for (const name of readdirSync(path).sort()) {
    if (name === '.git') continue;
    for (const [k, v] of Object.entries(written(join(path, name)))) out[join(name, k)] = v;
  }
  return out;
}

// Neither side may think it runs in CI (progress lines, annotations).
const { CI, GITHUB_ACTIONS, GITLAB_CI, ...quiet } = env;
const mask = (text, out) => text.replaceAll(out, '{out}').replaceAll(work, '{work}').replace(/time="[0-9.]+"/g, 'time=""').replace(/\b[0-9]+(\.[0-9]+)? ?(ms|s)\b/g, '{t}');

function run(side, [name, args, cwd = data, file]) {
  const out = join(work, 'out', side, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const dir = cwd.replace('{out}', out);
  mkdirSync(dir, { recursive: true });
  if (name === 'init') git(dir, 'init', '-q');
  const r = spawnSync(process.execPath, [BINS[side], ...args.map((a) => a.replace('{out}', out))], {
    cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...quiet, NO_COLOR: '1', COLUMNS: '100' },
  });
  const files = file ? written(file === 'init' ? dir : join(out, file)) : {};
  for (const [k, v] of Object.entries(files)) files[k] = Buffer.from(mask(v.toString('utf8'), out));
  return { stdout: mask(r.stdout, out), stderr: mask(r.stderr, out), status: r.status, files };
}

const differ = [];
for (const c of cases) {
  const a = run('base', c);
  const b = run('tree', c);
  const what = [];
  for (const k of ['stdout', 'stderr', 'status']) if (a[k] !== b[k]) what.push(k);
  const names = new Set([...Object.keys(a.files), ...Object.keys(b.files)]);
  for (const n of names) if (!a.files[n] || !b.files[n] || !a.files[n].equals(b.files[n])) what.push(`file ${join(c[3], n)}`);
  if (what.length) differ.push(`${c[0]}: ${what.join(', ')} (kam ${c[1].join(' ')})`);
}
console.log(`compare-outputs: ${cases.length} cases, this tree against ${opts.base} (${sha.slice(0, 12)}), ${files} generated files: ${cases.length - differ.length} identical, ${differ.length} differ`);
for (const d of differ) console.log(`  ${d}`);
if (opts.keep || differ.length) console.log(`outputs: ${join(work, 'out')} (base/ and tree/, a folder per case)`);
else rmSync(work, { recursive: true, force: true });
process.exit(differ.length ? 1 : 0);
