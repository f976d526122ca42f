#!/usr/bin/env node
// Fuzzing kam with mutated example files: `npm run fuzz -- --minutes N [--seed S]`.
// Not part of `npm test` (it runs for minutes). Each round writes a batch of
// mutated account files (and sometimes a mutated config) to a scratch folder
// and checks, through the real binary:
//   - the exit code is 0 or 1 (2 only for a config the round broke on purpose),
//   - JSON output parses, no stack trace and no "internal error" anywhere,
//   - no raw control character reaches the terminal (colour forced on; kam's
//     own colour codes are the only escape sequences allowed),
//   - every run ends within a time bound per file,
// and, in process, that the fast and the careful loading paths agree on every
// file (same validity, same data). Failing inputs are kept in .scratch/fuzz/failures/.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const minutes = option('minutes', 1);
let seed = option('seed', Date.now() % 2 ** 31);
const BATCH = option('batch', 24);
/**
 * The time bound is on CPU time (prlimit), so a loaded machine does not make
 * a slow run look like a hang; a wall-clock bound catches runs that wait.
 */
const CPU_SECONDS_PER_FILE = 1;
const WALL_MS = 600_000;

const work = join(ROOT, '.scratch', 'fuzz');
const failures = join(work, 'failures');
rmSync(join(work, 'round'), { recursive: true, force: true });
mkdirSync(failures, { recursive: true });

// The loader, bundled from source, so both paths can be compared in process.
const loaderFile = join(work, 'loader.mjs');
await build({
  stdin: {
    contents: "export { loadAccountText } from './src/io/yaml/load-account.ts'; export { accountValidators } from './src/io/schema/schema.ts'; export { defaultConfig } from './src/core/factors.ts';",
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: loaderFile, logLevel: 'warning',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const { loadAccountText, accountValidators, defaultConfig } = await import(loaderFile);
const config = defaultConfig();
const validators = accountValidators(config);

// A small deterministic generator (mulberry32), so a failing seed can be replayed.
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const seeds = readdirSync(join(ROOT, 'examples', 'accounts')).map((f) => readFileSync(join(ROOT, 'examples', 'accounts', f), 'utf8'));
const configSeed = readFileSync(join(ROOT, 'examples', 'kam.config.yaml'), 'utf8');

const PIECES = [
  '\r', '\r\n', '\n', '\u0085', '\u2028', '\u2029', '\t', '\u0000', '\u001b', '\u001b]0;title\u0007', '\u001b[2J', '\u009b31m', '\u202e', '\ufeff',
  "''", '\\"', '"', "'", '#', ' #', ': ', '- ', '? ', '[', ']', '{', '}', ',', '&a', '*a', '!', '!!str ', '%YAML 1.2', '---', '...', '<<: ',
  '|', '|-', '|+', '>', '>-', '>+', '|2', '>1-', '1e308', '-1e308', '1e999', '.inf', '-.nan', '0x1F', '0o17', '0b101', '+.5', '-0', '1_000',
  'yes', 'no', 'null', '~', '__proto__', 'constructor', '💥', '\ud83d', '𝕏', '<script>', '=cmd()', '$x$', '@user', '|', '`',
];

/** One mutation of a text: insert a piece, cut, duplicate or swap lines, or change a value. */
function mutate(text) {
  const lines = text.split('\n');
  switch (int(9)) {
    case 0: { // a piece at a random place
      const at = int(text.length + 1);
      return text.slice(0, at) + pick(PIECES) + text.slice(at);
    }
    case 1: { // a piece at the end of a random line (escaped quotes, block indicators, CRs land here)
      const i = int(lines.length);
      lines[i] += pick(PIECES);
      return lines.join('\n');
    }
    case 2: { // a line dropped
      lines.splice(int(lines.length), 1);
      return lines.join('\n');
    }
    case 3: { // a line repeated
      const i = int(lines.length);
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 4: { // cut short
      return text.slice(0, int(text.length + 1));
    }
    case 5: { // a value replaced
      const i = int(lines.length);
      lines[i] = lines[i].replace(/:\s.*$/, `: ${pick(PIECES)}${pick(PIECES)}`);
      return lines.join('\n');
    }
    case 6: { // line endings changed throughout
      return text.replace(/\n/g, pick(['\r\n', '\r', '\u0085', '\n\n']));
    }
    case 7: { // a block scalar with a chomping indicator
      const i = int(lines.length);
      lines[i] = lines[i].replace(/:\s.*$/, `: ${pick(['|', '|-', '|+', '>', '>-', '>+'])}\n  text${pick(['', '\n', '\n\n', ' '])}`);
      return lines.join('\n');
    }
    default: { // a quoted value ending in an escaped quote
      const i = int(lines.length);
      lines[i] = lines[i].replace(/:\s.*$/, pick([": 'it''s'", ': "say \\"hi\\""', ": 'x'''", ': "a\\\\"']));
      return lines.join('\n');
    }
  }
}

function mutated(base) {
  let text = base;
  for (let n = 1 + int(4); n > 0; n--) text = mutate(text);
  return text;
}

function run(cliArgs, cwd, env, cpuSeconds) {
  const timeoutMs = WALL_MS;
  return new Promise((done) => {
    const child = spawn('prlimit', [`--cpu=${cpuSeconds}`, process.execPath, join(ROOT, 'bin', 'kam.js'), ...cliArgs], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const KAM_COLOURS = /\u001b\[[0-9;]*m/g;

function problemsOf(name, r, { json = false, terminal = false, configBroken = false } = {}) {
  const out = [];
  if (r.timedOut) out.push(`${name}: no answer within ${WALL_MS / 1000} s (waiting, not working)`);
  if (r.code === 137 || r.signal === 'SIGKILL' || r.signal === 'SIGXCPU') out.push(`${name}: more CPU time than the bound (${CPU_SECONDS_PER_FILE} s per file)`);
  if (!(r.code === 0 || r.code === 1 || (configBroken && r.code === 2))) out.push(`${name}: exit ${r.code} ${r.signal ?? ''}: ${r.stderr.slice(0, 300)}`);
  const both = r.stdout + r.stderr;
  if (/internal error|\n\s+at .+:\d+:\d+/.test(both)) out.push(`${name}: internal error or stack trace: ${both.slice(0, 300)}`);
  if (json && r.code !== 2) {
    try {
      JSON.parse(r.stdout);
    } catch (e) {
      out.push(`${name}: output is not JSON (${e.message})`);
    }
  }
  if (terminal && RAW_CONTROL.test(both.replace(KAM_COLOURS, '').replace(/\n/g, ''))) out.push(`${name}: raw control character on the terminal`);
  return out;
}

function agreement(file, text) {
  const bytes = Buffer.from(text, 'utf8');
  const ctx = { validators, config };
  const auto = loadAccountText(file, bytes, ctx, 'auto');
  const careful = loadAccountText(file, bytes, ctx, 'careful');
  if (auto.ok !== careful.ok) return [`${file}: paths disagree on validity (fast path ${auto.ok ? 'valid' : 'invalid'})`];
  if (auto.ok && JSON.stringify(auto.account) !== JSON.stringify(careful.account)) return [`${file}: paths read different data`];
  return [];
}

const deadline = Date.now() + minutes * 60_000;
let files = 0;
let rounds = 0;
let failed = 0;
const startSeed = seed;
while (Date.now() < deadline) {
  rounds += 1;
  const roundSeed = seed;
  const dir = join(work, 'round');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'accounts'), { recursive: true });
  const texts = new Map();
  for (let i = 0; i < BATCH; i++) {
    const name = `f${String(i).padStart(2, '0')}.yaml`;
    const text = mutated(pick(seeds));
    texts.set(name, text);
    writeFileSync(join(dir, 'accounts', name), text);
  }
  const configBroken = random() < 0.2;
  writeFileSync(join(dir, 'kam.config.yaml'), configBroken ? mutated(configSeed) : configSeed);
  files += BATCH;

  const found = [];
  for (const [name, text] of texts) found.push(...agreement(`accounts/${name}`, text));
  const bound = CPU_SECONDS_PER_FILE * BATCH + 10;
  const opts = { configBroken };
  const json = await run(['score', '--format', 'json', 'accounts'], dir, {}, bound);
  found.push(...problemsOf('score --format json', json, { ...opts, json: true }));
  const table = await run(['score', 'accounts'], dir, { FORCE_COLOR: '1' }, bound);
  found.push(...problemsOf('score (table, colour)', table, { ...opts, terminal: true }));
  const stylish = await run(['check', 'accounts', '--format', 'stylish', '--format', 'github=gh.txt'], dir, { FORCE_COLOR: '1' }, bound);
  found.push(...problemsOf('check (stylish, colour)', stylish, { ...opts, terminal: true }));
  if (stylish.code !== 2 && !existsSync(join(dir, 'gh.txt'))) found.push(`check: exit ${stylish.code} without writing gh.txt: ${stylish.stderr.slice(0, 300)}`);
  else if (stylish.code !== 2) {
    const annotations = readFileSync(join(dir, 'gh.txt'), 'utf8');
    if (RAW_CONTROL.test(annotations.replace(/\n/g, ''))) found.push('check --format github: raw control character in an annotation');
  }
  // Path agreement through the binary too: what JSON says of each file matches the careful path.
  if (json.code !== 2 && found.length === 0) {
    const out = JSON.parse(json.stdout);
    const scored = new Set(out.accounts.map((a) => a.file));
    for (const [name, text] of texts) {
      const careful = loadAccountText(`accounts/${name}`, Buffer.from(text, 'utf8'), { validators, config }, 'careful');
      const invalidSomewhere = out.diagnostics.some((d) => d.file === `accounts/${name}` && d.rule === 'schema');
      if (!configBroken && careful.ok && invalidSomewhere) found.push(`accounts/${name}: valid in process, invalid through kam`);
      if (!careful.ok && scored.has(`accounts/${name}`)) found.push(`accounts/${name}: invalid in process, scored through kam`);
    }
  }
  if (found.length > 0) {
    failed += 1;
    const keep = join(failures, `seed-${roundSeed}`);
    rmSync(keep, { recursive: true, force: true });
    mkdirSync(join(keep, 'accounts'), { recursive: true });
    for (const f of readdirSync(join(dir, 'accounts'))) copyFileSync(join(dir, 'accounts', f), join(keep, 'accounts', f));
    copyFileSync(join(dir, 'kam.config.yaml'), join(keep, 'kam.config.yaml'));
    writeFileSync(join(keep, 'problems.txt'), `${found.join('\n')}\n`);
    process.stdout.write(`round ${rounds} (seed ${roundSeed}): ${found.length} problem(s), kept in ${keep}\n${found.slice(0, 5).map((f) => `  ${f}`).join('\n')}\n`);
  }
  if (rounds % 10 === 0) process.stdout.write(`${rounds} rounds, ${files} files, ${failed} failing rounds\n`);
}
rmSync(join(work, 'round'), { recursive: true, force: true });
process.stdout.write(`fuzz: ${files} files in ${rounds} rounds (seed ${startSeed}, ${minutes} min): ${failed} failing round(s)${failed ? `; inputs in ${failures}` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;
