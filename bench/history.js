// npm run bench:history [-- --files N --snapshots S --runs K]
// kam history and score freshness on a generated git repository: S quarterly
// tags, 10 % of the files re-scored between two tags. Targets (issue 15):
// kam history ≤ 3 × kam score --format json of the working tree, and
// kam score --freshness ≤ 2 ×. Prints how many distinct blobs history parsed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { files: { type: 'string', default: '10000' }, snapshots: { type: 'string', default: '8' }, runs: { type: 'string', default: '3' } } });
const FILES = Number(opts.files);
const SNAPSHOTS = Number(opts.snapshots);
const RUNS = Number(opts.runs);
const KAM = join(ROOT, 'bin/kam.js');
const repo = join(ROOT, '.kam-bench', `history-${FILES}-${SNAPSHOTS}`);

if (!existsSync(join(repo, 'done'))) {
  rmSync(repo, { recursive: true, force: true });
  process.stdout.write(`building ${repo}: ${FILES} accounts, ${SNAPSHOTS} quarterly tags, 10 % changed between tags ...`);
  generate(repo, FILES);
  const git = (date, ...a) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a],
    { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  git('2024-01-01T12:00:00Z', 'init', '-q', '-b', 'main');
  for (let q = 0; q < SNAPSHOTS; q++) {
    const date = `${2024 + Math.floor(q / 4)}-${String(3 * (q % 4) + 3).padStart(2, '0')}-28T12:00:00Z`;
    if (q > 0) {
      // A different tenth of the accounts each quarter: re-score size and trust.
      for (let i = 1 + q; i <= FILES; i += 10) {
        const file = join(repo, 'accounts', String(Math.floor((i - 1) / 1000)).padStart(3, '0'), `acct-${String(i).padStart(6, '0')}.yaml`);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {2}size: [0-9.]+/, `\n  size: ${q % 10}`).replace(/\n {2}trust: [0-9.]+/, `\n  trust: ${9 - (q % 10)}`));
      }
    }
    git(date, 'add', '-A');
    git(date, 'commit', '-qm', `Q${q + 1} review`, '--no-verify');
    git(date, 'tag', `review-${q + 1}`);
  }
  writeFileSync(join(repo, 'done'), '');
  console.log(' done');
}

function time(args) {
  const ms = [];
  let out = '';
  for (let k = 0; k < RUNS; k++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [KAM, ...args], { cwd: repo, maxBuffer: 1 << 30, encoding: 'utf8' });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`kam ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    out = r.stdout;
  }
  return { ms: ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)], out };
}

const score = time(['score', '--format', 'json', 'accounts']);
const history = time(['history', '--format', 'json', 'accounts']);
const freshness = time(['score', '--freshness', '--format', 'json', 'accounts']);
const parsed = JSON.parse(history.out).parsed;
console.log(`\n${FILES} accounts, ${SNAPSHOTS} snapshots, median of ${RUNS}`);
console.log(`kam score --format json            ${score.ms.toFixed(0).padStart(7)} ms`);
console.log(`kam history --format json          ${history.ms.toFixed(0).padStart(7)} ms  (${parsed} distinct blobs parsed of ${FILES * SNAPSHOTS} file versions)`);
console.log(`kam score --freshness --format json ${freshness.ms.toFixed(0).padStart(6)} ms`);
const check = (name, value, target) => console.log(`  ${value <= target ? 'met ' : 'MISS'}  ${name} = ${value.toFixed(2)}×  (target ≤ ${target}×)`);
check('history / score', history.ms / score.ms, 3);
check('score --freshness / score', freshness.ms / score.ms, 2);
