/**
 * The account validator's code, generated from schemas/ with ajv's standalone
 * output, for scripts/build.mjs to put in the bundle in place of
 * account-validator.ts. Same options as the run-time yes/no validator but
 * for ajv's code optimiser, which simplifies the code without changing answers.
 */
import { _ } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { makeAjv, readSchema } from './schema.js';

/** An ES module (resolved from src/io) exporting `precompiledAccountValidator`. */
export function accountValidatorSource(): string {
  // Optimised code: the optimiser's time, paid here, is not paid by a run.
  const ajv = makeAjv(false, { source: true, esm: true, formats: _`kamFormats`, optimize: true });
  const code = standalone.default(ajv, ajv.compile(readSchema('account')));
  return `import { isDate } from './date-format.js';\nconst kamFormats = { date: isDate };\n${code}\nexport { validate as precompiledAccountValidator };\n`;
}
