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
// they are now, so a run does not compile it (src/io/precompile.ts).
const generator = await build({ entryPoints: ['src/io/precompile.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', banner })
  .catch(() => process.exit(1));
const scratch = mkdtempSync(join(tmpdir(), 'kam-build-'));
writeFileSync(join(scratch, 'precompile.mjs'), generator.outputFiles[0].text);
const { accountValidatorSource } = await import(pathToFileURL(join(scratch, 'precompile.mjs')).href);
rmSync(scratch, { recursive: true, force: true });
const precompiled = {
  name: 'precompiled-account-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]io[\\/]account-validator\.ts$/ }, () => ({ contents: accountValidatorSource(), loader: 'ts', resolveDir: 'src/io' }));
  },
};

rmSync('dist', { recursive: true, force: true });
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
  plugins: [precompiled],
}).catch(() => process.exit(1)); // esbuild has printed the errors
