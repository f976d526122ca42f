// Builds dist/: one ES module bundle of kam and its runtime dependencies, split
// at the dynamic imports so each command still loads only what it needs.
// The bundle is committed, so a git-URL install, the GitHub Action and the
// pre-commit hook run kam without a compiler and without the npm registry.
// Deterministic: the same sources give the same bytes (CI checks this).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

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
  // Bundled CommonJS dependencies (ajv) call require() for Node's own modules.
  banner: { js: "import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);" },
}).catch(() => process.exit(1)); // esbuild has printed the errors
