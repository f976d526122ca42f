// Builds dist/: one ES module bundle of kam and its runtime dependencies, split
// at the dynamic imports so each command still loads only what it needs.
// The bundle is committed, so a git-URL install, the GitHub Action and the
// pre-commit hook run kam without a compiler and without the npm registry.
// Deterministic: the same sources give the same bytes (CI checks this).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Bundled CommonJS dependencies (ajv) call require() for Node's own modules.
const banner = { js: "import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);" };

// The account schema's yes/no validator is compiled here, from schemas/ as
// they are now, so a run does not compile it (src/io/schema/precompile.ts).
const generator = await build({ entryPoints: ['src/io/schema/precompile.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', banner })
  .catch(() => process.exit(1));
const scratch = mkdtempSync(join(tmpdir(), 'kam-build-'));
writeFileSync(join(scratch, 'precompile.mjs'), generator.outputFiles[0].text);
const { accountValidatorSource } = await import(pathToFileURL(join(scratch, 'precompile.mjs')).href);
rmSync(scratch, { recursive: true, force: true });
const precompiled = {
  name: 'precompiled-account-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]io[\\/]schema[\\/]account-validator\.ts$/ }, () => ({ contents: accountValidatorSource(), loader: 'ts', resolveDir: 'src/io/schema' }));
  },
};

// The parsers and ajv are needed only off the fast path (a file the plain
// reader leaves, a schema to compile, a file to edit). Bundled into the chunks,
// their ~1 MB of code would be parsed on every start, used or not: each is a
// file of its own instead, loaded when first required. Node finds it through
// package.json "imports" (#vendor/...), wherever the chunk requiring it lies.
// Their exports are named one by one so that Node's CommonJS-to-ESM bridge
// sees them (`import { parse } from '#vendor/yaml'` in the commands that edit).
const VENDORED = ['ajv', 'js-yaml', 'yaml'];
const vendored = {
  name: 'vendored-packages',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join('|')})$`) }, (args) => ({ path: `#vendor/${args.path}`, external: true }));
  },
};

rmSync('dist', { recursive: true, force: true });
for (const name of VENDORED) {
  const names = Object.keys(await import(name)).filter((n) => n !== 'default').sort();
  await build({
    stdin: { contents: `export { ${names.join(', ')} } from '${name}';`, resolveDir: '.', loader: 'js', sourcefile: `vendor-${name}.js` },
    outfile: `dist/vendor/${name}.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.17',
    legalComments: 'linked',
    logLevel: 'warning',
  }).catch(() => process.exit(1));
}
await build({
  entryPoints: { kam: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  banner,
  plugins: [precompiled, vendored],
}).catch(() => process.exit(1)); // esbuild has printed the errors
