/**
 * Packages loaded on first use instead of at start-up: ajv, js-yaml and yaml
 * are needed only when a file leaves the fast path (or a schema must be
 * compiled), and evaluating them costs tens of milliseconds on every run.
 *
 * Each caller writes `require('pkg')` literally: in the bundle (dist/),
 * scripts/build.mjs turns it into `require('#vendor/pkg')`, a file of its own
 * (dist/vendor/pkg.cjs, found through package.json "imports"), so the
 * package is neither parsed nor run until then. From source (the tests) an
 * ES module has no `require`, and Node's own loads the package.
 */
import { createRequire } from 'node:module';

export const sourceRequire: NodeJS.Require = createRequire(import.meta.url);

/** `load()` once, when the value is first asked for. */
export function onFirstUse<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
