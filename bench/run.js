// npm run bench [-- --files N --memory-files N --runs K --dir PATH --only NAME[,NAME] --every-performance]
// Times kam against bare YAML parsers and ajv-cli on a generated portfolio,
// then every output format of score, check, validate and report at --files
// and at --memory-files accounts against `kam score --format json` and bare
// js-yaml on the same files (`--only formats` runs just that part).
// --every-performance: every generated file has sales, satisfaction and an
// alert (issue 10's benchmark), instead of the usual mix.
// Every case is its own process, startup included, because that is what a
// user or a CI job waits for; the runs of the cases are interleaved, the
// median of K runs is the headline (min shown as the noise floor) and peak
// RSS comes from GNU time, where it exists.
// Needs bench/generate.js and bench/baselines/{walk,yaml-parse,js-yaml-parse}.js.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run bench -- [--files N] [--memory-files N] [--runs K] [--dir PATH] [--only NAME[,NAME]] [--every-performance]';
let opts;
try {
  opts = parseArgs({ options: {
    files: { type: 'string', default: '10000' }, 'memory-files': { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' }, dir: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean' },
    'every-performance': { type: 'boolean', default: false },
  } }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) { console.log(USAGE); process.exit(0); }
const count = (name, min) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < min) { console.error(`--${name} must be a whole number >= ${min}\n${USAGE}`); process.exit(2); }
  return n;
};
const FILES = count('files', 1);
const MEMORY_FILES = count('memory-files', 0);
const RUNS = count('runs', 1);
const EVERY_PERFORMANCE = opts['every-performance'];
// npm runs scripts from the package root; a relative --dir means the caller's directory (INIT_CWD).
const WORK = opts.dir ? resolve(process.env.INIT_CWD ?? process.cwd(), opts.dir) : join(ROOT, '.kam-bench');
// --only matches case names by substring, so `--only 'kam score,js-yaml'` works; `memory` selects the memory test.
const ONLY = opts.only?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const selected = (name) => !ONLY || ONLY.some((s) => name.toLowerCase().includes(s));

const node = process.execPath;
const KAM = join(ROOT, 'bin/kam.js');
const SCHEMA = join(ROOT, 'schemas/account.schema.json');
const AJV = join(ROOT, 'node_modules/.bin/ajv');
const BUILT = { path: KAM, why: 'not built' };
mkdirSync(WORK, { recursive: true });
const TIME_OUT = join(WORK, 'last-time.txt');
const STDERR_OUT = join(WORK, 'last-stderr.txt');
// Use GNU time only if it really is GNU time (BSD/macOS time has no -f/-o).
const TIME = spawnSync('/usr/bin/time', ['-o', TIME_OUT, '-f', '%M', node, '-e', '0']).status === 0 ? '/usr/bin/time' : null;

/** DIR/accounts with n generated files; reused while the count and the generator are unchanged. */
function portfolio(dir, n) {
  const stamp = join(dir, 'generated.json');
  const want = JSON.stringify({ files: n, everyPerformance: EVERY_PERFORMANCE, generator: createHash('sha1').update(readFileSync(join(ROOT, 'bench/generate.js'))).digest('hex') });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    rmSync(dir, { recursive: true, force: true });
    const start = Date.now();
    // On a terminal, one line that counts up; in a log, a line every 10,000 files.
    const tty = process.stdout.isTTY;
    generate(dir, n, { everyPerformance: EVERY_PERFORMANCE, onProgress: (k) => (tty ? process.stdout.write(`\rgenerating ${k} / ${n} accounts in ${dir}`)
      : (k % 10000 === 0 || k === n) && process.stdout.write(`generating ${k} / ${n} accounts in ${dir}${k === n ? '' : '\n'}`)) });
    writeFileSync(stamp, want);
    console.log(` (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  }
  return join(dir, 'accounts');
}
let main;
const accounts = () => (main ??= portfolio(join(WORK, 'files'), FILES));

/** A git repository of the portfolio in two commits, a quarter apart, one account in 20 re-scored (for kam diff). */
function repository() {
  const repo = join(WORK, 'repo');
  const stamp = readFileSync(join(dirname(accounts()), 'generated.json'), 'utf8');
  if (existsSync(join(repo, 'generated.json')) && readFileSync(join(repo, 'generated.json'), 'utf8') === stamp) return repo;
  rmSync(repo, { recursive: true, force: true });
  process.stdout.write(`building a git repository of ${FILES} accounts in ${repo} ...`);
  generate(repo, FILES, { everyPerformance: EVERY_PERFORMANCE });
  writeFileSync(join(repo, 'generated.json'), stamp);
  const git = (...a) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Q3 review', '--no-verify');
  for (let i = 1; i <= FILES; i += 20) {
    const file = join(repo, 'accounts', String(Math.floor((i - 1) / 1000)).padStart(3, '0'), `acct-${String(i).padStart(6, '0')}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {2}size: [0-9.]+/, '\n  size: 1').replace(/\n {2}trust: [0-9.]+/, '\n  trust: 9'));
  }
  git('commit', '-qam', 'Q4 review', '--no-verify');
  console.log(' done');
  return repo;
}

// The cases. `cmd` is a function so that only selected cases generate data;
// `ok` lists exit statuses that still mean "did the job" (kam: 1 = problems found);
// `target` (one or a list) is met when median / median(against) <= factor.
const CASES = [
  { name: 'node -e 0', cmd: () => [node, '-e', '0'] },
  { name: 'kam --help', needs: [BUILT], cmd: () => [node, KAM, '--help'], target: { against: 'node -e 0', factor: 1.5 } },
  { name: 'bare yaml', cmd: () => [node, join(ROOT, 'bench/baselines/yaml-parse.js'), accounts()] },
  { name: 'bare js-yaml', cmd: () => [node, join(ROOT, 'bench/baselines/js-yaml-parse.js'), accounts()] },
  // ajv-cli 5 globs -d itself and reads .yaml with js-yaml 3, which turns
  // unquoted dates into Date objects: every file then fails `format: date`,
  // so exit 1 is expected. --strict=false: editor keywords must not stop it.
  { name: 'ajv-cli validate', needs: [{ path: SCHEMA, why: 'schemas/account.schema.json missing' }, { path: AJV, why: 'ajv-cli not installed' }], ok: [0, 1],
    cmd: () => [node, realpathSync(AJV), 'validate', '--spec=draft7', '--strict=false', '-c', 'ajv-formats', '-s', SCHEMA, '-d', `${accounts()}/**/*.yaml`] },
  { name: 'kam score --format json', needs: [BUILT], ok: [0, 1], cmd: () => [node, KAM, 'score', '--format', 'json', accounts()],
    target: [{ against: 'bare js-yaml', factor: 1.3 }, { against: 'ajv-cli validate', factor: 1 }] },
  { name: 'kam check --format json', needs: [BUILT], ok: [0, 1], cmd: () => [node, KAM, 'check', '--format', 'json', accounts()],
    target: { against: 'kam score --format json', factor: 1.2 } },
  { name: 'kam report -o report.html', needs: [BUILT], ok: [0, 1], cmd: () => [node, KAM, 'report', accounts(), '-o', join(WORK, 'report.html')],
    target: { against: 'kam score --format json', factor: 1.5 } },
  { name: 'kam diff HEAD~1 HEAD', needs: [BUILT], ok: [0, 1], cwd: repository, cmd: () => [node, KAM, 'diff', 'HEAD~1', 'HEAD', '--format', 'json'],
    target: { against: 'kam score --format json', factor: 2.5 } },
];

/** The first bytes of a file: enough for an error message, whatever the command printed. */
function head(file, bytes = 4096) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(bytes);
  const n = readSync(fd, buffer, 0, bytes, 0);
  closeSync(fd);
  return buffer.toString('utf8', 0, n);
}

/** Runs cmd once, stdout discarded, stderr to a file (a pipe could fill up and stall it). */
function once(cmd, cwd) {
  const argv = TIME ? [TIME, '-o', TIME_OUT, '-f', '%M %U %S', ...cmd] : cmd;
  const stderr = openSync(STDERR_OUT, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', stderr] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(stderr);
  // GNU time writes "Command exited with non-zero status N" before its line: take the last line (KiB, user s, system s).
  const [kib, user, sys] = TIME && !r.error ? readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, mib: kib / 1024, cpuMs: (user + sys) * 1000, status: r.error ? r.error.code : r.status ?? r.signal, stderr: head(STDERR_OUT) };
}

/** Why a run did not do its job, or null. Node exits 1 on a crash, like kam on problems found: tell them apart by the stack trace. */
function failure(r, ok = [0]) {
  if (/ERR_MODULE_NOT_FOUND|Cannot find module/.test(r.stderr)) return 'not built';
  if (ok.includes(r.status) && !/^ {4}at \S/m.test(r.stderr)) return null;
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines[0];
  return `exit ${r.status}${line ? `: ${line.slice(0, 60)}` : ''}`;
}

/**
 * K runs of each case, interleaved: run k of every case before run k + 1 of
 * any. A machine whose speed drifts over minutes (a shared host) then slows
 * every case alike, and a ratio of medians compares like with like. Per case:
 * median and min wall time, median CPU time, highest peak RSS, or why it failed.
 */
function measureAll(cases) {
  const state = cases.map((c) => {
    const missing = (c.needs ?? []).find((n) => !existsSync(n.path));
    if (missing) return { c, done: { name: c.name, state: 'failed', note: missing.why } };
    return { c, cwd: c.cwd ? c.cwd() : ROOT, cmd: c.cmd(), runs: [] };
  });
  const rounds = Math.max(0, ...cases.map((c) => c.runs ?? RUNS));
  for (let k = 0; k < rounds; k++) {
    for (const s of state) {
      if (s.done || s.runs.length >= (s.c.runs ?? RUNS)) continue;
      if (process.stdout.isTTY) process.stdout.write(`run ${k + 1} of ${s.c.name} ...${' '.repeat(20)}\r`);
      const r = once(s.cmd, s.cwd);
      const note = failure(r, s.c.ok);
      if (note) s.done = { name: s.c.name, cmd: s.cmd, state: 'failed', status: r.status, note };
      else s.runs.push(r);
    }
  }
  if (process.stdout.isTTY) process.stdout.write(`${' '.repeat(60)}\r`);
  return state.map((s) => s.done ?? summary(s.c.name, s.cmd, s.runs));
}

const measure = (c) => measureAll([c])[0];

function summary(name, cmd, runs) {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const mid = (ms.length - 1) / 2;
  const mib = Math.max(...runs.map((r) => r.mib));
  const cpu = runs.map((r) => r.cpuMs).sort((a, b) => a - b);
  const cpuMedian = (cpu[Math.floor(mid)] + cpu[Math.ceil(mid)]) / 2;
  return { name, cmd, state: 'ok', status: runs[0].status, median: (ms[Math.floor(mid)] + ms[Math.ceil(mid)]) / 2, min: ms[0],
    cpuMedian: Number.isNaN(cpuMedian) ? null : cpuMedian,
    runs: runs.map((r) => r.ms), peakMiB: Number.isNaN(mib) ? null : mib, note: runs[0].status === 0 ? '' : `exit ${runs[0].status}` };
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [n, r] of rows.entries()) {
    console.log(r.map((v, i) => (i === 0 || i === r.length - 1 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ').trimEnd());
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const cpu = cpus();
const machine = { cpus: cpu.length, model: cpu[0]?.model?.trim() ?? 'unknown', node: process.version, os: `${platform()} ${arch()}` };
const date = new Date().toISOString();
console.log(`kam benchmark, ${date.slice(0, 16).replace('T', ' ')} UTC`);
console.log(`${machine.cpus} × ${machine.model}, node ${machine.node}, ${machine.os}${TIME ? '' : ', no GNU /usr/bin/time (no memory figures)'}`);
console.log(`${FILES} account files in ${WORK}${EVERY_PERFORMANCE ? ', performance data in every file' : ''}, median of ${RUNS} run${RUNS === 1 ? '' : 's'}\n`);

const results = measureAll(CASES.filter((c) => selected(c.name)));
const byName = new Map(results.map((r) => [r.name, r]));
const fmt = (v, d = 0) => (v == null ? '' : v.toFixed(d));
table([['case', 'median ms', 'min ms', 'peak MiB', 'note'],
  ...results.map((r) => [r.name, fmt(r.median), fmt(r.min), fmt(r.peakMiB), r.state === 'ok' ? r.note : `FAILED: ${r.note}`])]);

// Targets: a miss, or a failed case, makes the exit status 1 so CI can gate on it.
const targets = [];
for (const c of CASES) {
  for (const t of [c.target ?? []].flat()) {
    const [r, base] = [byName.get(c.name), byName.get(t.against)];
    if (!r || !base) continue;
    const ratio = r.state === 'ok' && base.state === 'ok' ? r.median / base.median : null;
    targets.push({ case: c.name, against: t.against, factor: t.factor, ratio, met: ratio == null ? null : ratio <= t.factor });
  }
}
if (targets.length) console.log('\ntargets');
for (const t of targets) {
  const mark = t.met == null ? 'n/a ' : t.met ? 'met ' : 'MISS';
  console.log(`  ${mark}  ${t.case} / ${t.against} = ${t.ratio == null ? '(not measured)' : `${t.ratio.toFixed(2)}×`}  (target ≤ ${t.factor}×)`);
}

// Every output format, at both sizes: linear output means each costs at most
// FORMAT_FACTOR × `kam score --format json` on the same files, and stays under
// the memory limit (the issue allows HTML 600 MiB, for its charts and inline data; it is now written in pieces too).
const FORMAT_FACTOR = 1.3;
const FORMATS = [
  ['score table', (d) => ['score', d]],
  ['score --sort file', (d) => ['score', d, '--sort', 'file']],
  ['score --sort name', (d) => ['score', d, '--sort', 'name']],
  ['score --format markdown', (d) => ['score', '--format', 'markdown', d]],
  ['score --format csv', (d) => ['score', '--format', 'csv', d]],
  ['score --format html', (d) => ['score', '--format', 'html', d], 600],
  ['check (stylish)', (d) => ['check', d]],
  ...['json', 'github', 'junit', 'sarif', 'gitlab', 'markdown'].map((f) => [`check --format ${f}`, (d) => ['check', '--format', f, d]]),
  ['validate (stylish)', (d) => ['validate', d]],
  ['validate --format json', (d) => ['validate', '--format', 'json', d]],
  ['report -o review.html', (d) => ['report', d, '-o', join(WORK, 'review.html')], 600],
  ['report -o review.md', (d) => ['report', d, '-o', join(WORK, 'review.md')]],
  ['report -o accounts.csv', (d) => ['report', d, '-o', join(WORK, 'accounts.csv')]],
  ['report -o report.json', (d) => ['report', d, '-o', join(WORK, 'report.json')]],
];
const formatRuns = [];
if (selected('formats')) {
  const sizes = [[FILES, accounts, RUNS], ...(MEMORY_FILES > 0 ? [[MEMORY_FILES, () => portfolio(join(WORK, 'memory-files'), MEMORY_FILES), 1]] : [])];
  for (const [n, dir, runs] of sizes) {
    // On a shared machine wall time swings with the load; CPU time (user + system) much less: the time target is judged on CPU when measured.
    console.log(`\nformats at ${n} accounts (median of ${runs}; target ≤ ${FORMAT_FACTOR}× score --format json in CPU time, or wall time without GNU time; peak < 300 MiB, HTML < 600 MiB)`);
    const time = (name, cmd, ok = [0, 1]) => measure({ name, cmd: () => cmd, ok, runs });
    const json = time('kam score --format json', [node, KAM, 'score', '--format', 'json', dir()]);
    const yaml = time('bare js-yaml', [node, join(ROOT, 'bench/baselines/js-yaml-parse.js'), dir()], [0]);
    const rows = [['format', 'median ms', 'CPU ms', 'peak MiB', '× json', '× json CPU', '× js-yaml', 'time', 'memory']];
    const row = (r, limit, isJson = false) => {
      const ratio = r.state === 'ok' && json.state === 'ok' ? r.median / json.median : null;
      const cpuRatio = r.state === 'ok' && json.state === 'ok' && r.cpuMedian != null && json.cpuMedian != null ? r.cpuMedian / json.cpuMedian : null;
      const overYaml = r.state === 'ok' && yaml.state === 'ok' ? r.median / yaml.median : null;
      const judged = cpuRatio ?? ratio;
      const timeMet = isJson ? null : judged == null ? null : judged <= FORMAT_FACTOR;
      const memMet = r.peakMiB == null ? null : r.peakMiB < limit;
      const mark = (m) => (m == null ? '' : m ? 'met' : 'MISS');
      formatRuns.push({ files: n, name: r.name, state: r.state, note: r.note, median: r.median, cpuMedian: r.cpuMedian, peakMiB: r.peakMiB, ratio, cpuRatio, overYaml, timeMet, memoryLimitMiB: limit, memMet });
      rows.push([r.name, r.state === 'ok' ? fmt(r.median) : `FAILED: ${r.note}`, fmt(r.cpuMedian), fmt(r.peakMiB), ratio == null ? '' : `${ratio.toFixed(2)}×`,
        cpuRatio == null ? '' : `${cpuRatio.toFixed(2)}×`, overYaml == null ? '' : `${overYaml.toFixed(2)}×`, mark(timeMet), mark(memMet)]);
    };
    row(json, 300, true);
    for (const [name, args, limit = 300] of FORMATS) {
      if (process.stdout.isTTY) process.stdout.write(`running ${name} at ${n} ...\r`);
      row(time(name, [node, KAM, ...args(dir())]), limit);
      if (process.stdout.isTTY) process.stdout.write(`${' '.repeat(name.length + 24)}\r`);
    }
    if (yaml.state === 'ok') console.log(`bare js-yaml: ${fmt(yaml.median)} ms`);
    table(rows);
  }
}

let memory = null;
if (MEMORY_FILES > 0 && selected('memory')) {
  console.log(`\nmemory: kam score --format json on ${MEMORY_FILES} files (target < 300 MiB peak RSS)`);
  memory = { files: MEMORY_FILES, targetMiB: 300, note: null, ms: null, peakMiB: null };
  // Check for a build before generating: 100,000 files take a while to write.
  if (!existsSync(KAM)) memory.note = 'not built';
  else {
    memory.cmd = [node, KAM, 'score', '--format', 'json', portfolio(join(WORK, 'memory-files'), MEMORY_FILES)];
    const r = once(memory.cmd, ROOT);
    Object.assign(memory, { status: r.status, note: failure(r, [0, 1]) });
    if (!memory.note) Object.assign(memory, { ms: r.ms, peakMiB: TIME ? r.mib : null });
  }
  memory.met = memory.peakMiB == null ? null : memory.peakMiB < 300;
  if (memory.note) console.log(`  FAILED  ${memory.note}`);
  else if (!TIME) console.log(`  n/a   ${(memory.ms / 1000).toFixed(1)} s; no GNU /usr/bin/time to measure peak RSS`);
  else console.log(`  ${memory.met ? 'met ' : 'MISS'}  ${memory.peakMiB.toFixed(0)} MiB peak RSS, ${(memory.ms / 1000).toFixed(1)} s`);
}

const quote = (s) => (/^[\w./,=-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
const repeat = ['npm run bench --', '--files', FILES, '--memory-files', MEMORY_FILES, '--runs', RUNS,
  ...(opts.dir ? ['--dir', quote(WORK)] : []), ...(opts.only ? ['--only', quote(opts.only)] : []), ...(EVERY_PERFORMANCE ? ['--every-performance'] : [])].join(' ');
const out = join(WORK, 'results.json');
writeFileSync(out, `${JSON.stringify({ date, machine, files: FILES, everyPerformance: EVERY_PERFORMANCE, runs: RUNS, dir: WORK, results, targets, memory, formats: formatRuns, repeat }, null, 2)}\n`);
console.log(`\nresults: ${out}\nrepeat:  ${repeat}`);
const bad = results.some((r) => r.state !== 'ok') || targets.some((t) => t.met === false) || memory?.met === false || Boolean(memory?.note)
  || formatRuns.some((f) => f.state !== 'ok' || f.timeMet === false || f.memMet === false);
process.exitCode = bad ? 1 : 0;
