/**
 * The account validator's code, generated from schemas/ with ajv's standalone
 * output, for scripts/build.mjs to put in the bundle in place of
 * account-validator.ts. Same options as the run-time yes/no validator but
 * for ajv's code optimiser, which simplifies the code without changing answers.
 */
import { _, type AnySchemaObject } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { makeAjv, readSchema } from './schema.js';

/**
 * The same schema with each top-level property's subschema behind a $ref, so
 * that (with refs not inlined) each is a function of its own. One function
 * for the whole schema took V8's optimising compiler about half a second of
 * CPU per run; several small ones cost it a fraction of that.
 */
export function splitSchema(schema: AnySchemaObject): AnySchemaObject {
  const copy = structuredClone(schema);
  for (const [key, sub] of Object.entries(copy.properties as Record<string, AnySchemaObject>)) {
    if (sub.type !== 'object' && sub.type !== 'array') continue;
    const name = `property-${key}`;
    copy.definitions[name] = sub;
    copy.properties[key] = { $ref: `#/definitions/${name}` };
  }
  return copy;
}

/** An ES module (resolved from src/io) exporting `precompiledAccountValidator`. */
export function accountValidatorSource(): string {
  // Optimised code: the optimiser's time, paid here, is not paid by a run.
  const ajv = makeAjv(false, { source: true, esm: true, formats: _`kamFormats`, optimize: true }, { inlineRefs: false });
  const code = standalone.default(ajv, ajv.compile(splitSchema(readSchema('account'))));
  return `import { isDate } from './date-format.js';\nconst kamFormats = { date: isDate };\n${code}\nexport { validate as precompiledAccountValidator };\n`;
}
