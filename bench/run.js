// npm run bench [-- --files N --memory-files N --runs K --only a,b]
// Times kam against bare parsers and ajv-cli on generated portfolios. Each
// case is a separate process (startup included, as users feel it); the
// median of K runs is reported, with peak memory from /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const FILES = Number(args.files ?? 10000);
const MEMORY_FILES = Number(args['memory-files'] ?? 100000);
const RUNS = Number(args.runs ?? 3);
const ONLY = args.only ? args.only.split(',') : null;
const WORK = join(ROOT, '.kam-bench');
const KAM = join(ROOT, 'bin', 'kam.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** A generated portfolio, reused while its size matches. */
function portfolio(n) {
  const dir = join(WORK, `portfolio-${n}`);
  const stamp = join(dir, 'COUNT');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(n)) {
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(`generating ${n} accounts in ${dir} ... `);
    generate(dir, n);
    writeFileSync(stamp, String(n));
    console.log('done');
  }
  return dir;
}

/** Runs a command once: wall milliseconds, peak RSS in MiB, exit status. */
function once(cmd, cwd) {
  const [bin, ...rest] = TIME ? [TIME, '-f', '%M', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, rest, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kib = TIME ? Number(r.stderr.toString().trim().split('\n').pop()) : NaN;
  return { ms, mib: kib / 1024, status: r.status };
}

function measure(c, cwd) {
  const runs = Array.from({ length: RUNS }, () => once(c.cmd, cwd)).sort((a, b) => a.ms - b.ms);
  return { ...c, median: runs[Math.floor(runs.length / 2)].ms, min: runs[0].ms, mib: Math.max(...runs.map((r) => r.mib)), status: runs[0].status };
}

/** A git repository holding the portfolio in two commits, a quarter apart (one account in 20 re-scored). */
function repository(dir) {
  const repo = join(WORK, `repo-${FILES}`);
  if (existsSync(join(repo, '.git'))) return repo;
  const run = (...a) => spawnSync('git', a, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@b' } });
  process.stdout.write(`building a git repository of ${FILES} accounts in ${repo} ... `);
  mkdirSync(repo, { recursive: true });
  spawnSync('cp', ['-r', join(dir, 'accounts'), repo]);
  run('init', '-q', '-b', 'main');
  run('add', '.');
  run('commit', '-qm', 'q3');
  for (let i = 0; i < FILES; i += 20) {
    const file = join(repo, 'accounts', String(Math.floor(i / 1000)).padStart(3, '0'), `acct-${String(i).padStart(6, '0')}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n  size: [0-9.]+\n/, '\n  size: 1\n').replace(/\n  trust: [0-9.]+\n/, '\n  trust: 9\n'));
  }
  run('commit', '-qam', 'q4');
  console.log('done');
  return repo;
}

const dir = portfolio(FILES);
const accounts = join(dir, 'accounts');
const node = process.execPath;
const CASES = [
  { name: 'node -e 0', cmd: [node, '-e', '0'] },
  { name: 'kam --help', cmd: [node, KAM, '--help'], target: { against: 'node -e 0', factor: 1.5 } },
  { name: 'bare yaml', cmd: [node, join(ROOT, 'bench/baselines/parse.js'), 'yaml', accounts] },
  { name: 'bare js-yaml', cmd: [node, join(ROOT, 'bench/baselines/parse.js'), 'js-yaml', accounts] },
  {
    name: 'ajv-cli validate',
    cmd: [node, join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft7', '--strict=false', '-c', 'ajv-formats',
      '-s', join(ROOT, 'schemas/account.schema.json'), '-d', `${accounts}/**/*.yaml`],
  },
  { name: 'kam score --format json', cmd: [node, KAM, 'score', '--format', 'json', accounts],
    target: [{ against: 'bare js-yaml', factor: 1.3 }, { against: 'ajv-cli validate', factor: 1 }] },
  { name: 'kam check --format json', cmd: [node, KAM, 'check', '--format', 'json', accounts],
    target: { against: 'kam score --format json', factor: 1.2 } },
  { name: 'kam report -o report.html', cmd: [node, KAM, 'report', accounts, '-o', join(WORK, 'report.html')],
    target: { against: 'kam score --format json', factor: 1.5 } },
  { name: 'kam diff HEAD~1 HEAD', cwd: () => repository(dir), cmd: [node, KAM, 'diff', 'HEAD~1', 'HEAD', '--format', 'json'],
    target: { against: 'kam score --format json', factor: 2.5 } },
].filter((c) => !ONLY || ONLY.includes(c.name));

console.log(`kam benchmark · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
console.log(`${FILES} accounts, median of ${RUNS} runs\n`);
const results = new Map();
for (const c of CASES) {
  const r = measure(c, c.cwd ? c.cwd() : ROOT);
  results.set(c.name, r);
  const status = r.status === 0 ? '' : `  (exit ${r.status})`;
  console.log(`${c.name.padEnd(28)} ${r.median.toFixed(0).padStart(7)} ms  (min ${r.min.toFixed(0)})  ${Number.isNaN(r.mib) ? '' : `${r.mib.toFixed(0)} MiB`}${status}`);
}

console.log('\ntargets');
let met = true;
for (const c of CASES) {
  for (const t of [c.target ?? []].flat()) {
    const base = results.get(t.against);
    if (!base) continue;
    const ratio = results.get(c.name).median / base.median;
    const ok = ratio <= t.factor;
    met &&= ok;
    console.log(`  ${ok ? 'met ' : 'MISS'}  ${c.name} / ${t.against} = ${ratio.toFixed(2)} (target ≤ ${t.factor})`);
  }
}

if (MEMORY_FILES > 0 && (!ONLY || ONLY.includes('memory'))) {
  const big = portfolio(MEMORY_FILES);
  const r = once([node, KAM, 'score', '--format', 'json', join(big, 'accounts')], ROOT);
  const ok = r.mib < 300;
  met &&= ok;
  console.log(`  ${ok ? 'met ' : 'MISS'}  peak memory of kam score at ${MEMORY_FILES} files: ${r.mib.toFixed(0)} MiB in ${(r.ms / 1000).toFixed(1)} s (target < 300 MiB)`);
}

mkdirSync(WORK, { recursive: true });
writeFileSync(join(WORK, 'results.json'), JSON.stringify({ date: new Date().toISOString(), files: FILES, runs: RUNS, results: [...results.values()] }, null, 2));
console.log(`\nrepeat: npm run bench -- --files ${FILES} --memory-files ${MEMORY_FILES} --runs ${RUNS}`);
process.exitCode = met ? 0 : 1;
