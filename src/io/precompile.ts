/**
 * The account validator's code, generated from schemas/ with ajv's standalone
 * output, for scripts/build.mjs to put in the bundle in place of
 * account-validator.ts. Same options as the run-time yes/no validator.
 */
import { _ } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { makeAjv, readSchema } from './schema.js';

/** An ES module (resolved from src/io) exporting `precompiledAccountValidator`. */
export function accountValidatorSource(): string {
  const ajv = makeAjv(false, { source: true, esm: true, formats: _`kamFormats` });
  const code = standalone.default(ajv, ajv.compile(readSchema('account')));
  return `import { isDate } from './date-format.js';\nconst kamFormats = { date: isDate };\n${code}\nexport { validate as precompiledAccountValidator };\n`;
}
