// node bench/locate.js DIR [--runs K] [--against SRC_ROOT]
// CPU cost of placing rule findings (positionDiagnostics) on the account files
// under DIR, in process: each file is read, loaded and checked once (not
// timed), then the findings of every file that has any are placed, K times
// over; the median CPU time of a pass is printed. --against bundles
// positionDiagnostics from another source tree too (say a `git archive` of
// main) and times the two in alternation, so both see the same machine load.
// The first pass is shown apart: it includes compiling the code, as a real run does.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '9' }, against: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/locate.js DIR [--runs K] [--against SRC_ROOT]');
  process.exit(2);
}

/** Bundles `source` (an ES module importing from `root`/src) and imports it. */
async function load(root, source) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', nodePaths: [join(ROOT, 'node_modules')],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const scratch = mkdtempSync(join(tmpdir(), 'kam-locate-'));
  writeFileSync(join(scratch, 'entry.mjs'), out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(join(scratch, 'entry.mjs')).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const here = await load(ROOT, `
  export { analyzeAccount } from './src/core/analyze.js';
  export { runAccountRules } from './src/core/rules/index.js';
  export { defaultConfig } from './src/core/factors.js';
  export { decodeSource } from './src/io/files/source-text.js';
  export { loadAccountSource, positionDiagnostics } from './src/io/yaml/load-account.js';
  export { accountValidators } from './src/io/schema/schema.js';
`);
const variants = [['this tree', here.positionDiagnostics]];
if (opts.against) {
  const other = await load(resolve(opts.against), "export { positionDiagnostics } from './src/io/yaml/load-account.js';");
  variants.push([opts.against, other.positionDiagnostics]);
}

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else if (/\.ya?ml$/.test(e.name)) yield join(dir, e.name);
  }
}

const config = here.defaultConfig();
const asOf = new Date().toISOString().slice(0, 10);
const validators = here.accountValidators(config);
const cases = [];
let count = 0;
for (const file of files(resolve(positionals[0]))) {
  count += 1;
  // As src/pipeline/file-processor.ts does it, up to placing the findings.
  const source = here.decodeSource(readFileSync(file));
  const { loaded, plainText } = here.loadAccountSource(file, source, { validators, config });
  if (!loaded.ok) continue;
  const unplaced = here.runAccountRules(loaded.account, here.analyzeAccount(loaded.account, file, config, asOf), { config, asOf });
  if (unplaced.length > 0) cases.push({ text: source.text, unplaced, plainText });
}
const findings = cases.reduce((n, c) => n + c.unplaced.length, 0);
console.log(`${count} files, ${cases.length} with findings, ${findings} findings`);

const runs = Number(opts.runs);
const times = variants.map(() => []);
for (let r = 0; r < runs; r++) {
  variants.forEach(([, place], v) => {
    const start = process.cpuUsage();
    for (const c of cases) place(c.text, c.unplaced, c.plainText);
    const used = process.cpuUsage(start);
    times[v].push((used.user + used.system) / 1000);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
variants.forEach(([name], v) => {
  const ms = median(times[v]);
  console.log(`${name.padEnd(24)} first pass ${times[v][0].toFixed(1).padStart(6)} ms, then ${ms.toFixed(1).padStart(6)} ms CPU per pass (median of ${runs})  ${((ms * 1000) / cases.length).toFixed(1)} µs per file with findings`);
});
