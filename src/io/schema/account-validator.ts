/**
 * The default account schema's yes/no validator, compiled ahead of time. From
 * source there is none (undefined: schema.ts compiles the schema at run time);
 * scripts/build.mjs replaces this module in the bundle with the code that
 * accountValidatorSource() (precompile.ts) generates from schemas/ at build time.
 */
import type { ValidateFunction } from 'ajv';

export const precompiledAccountValidator: ValidateFunction | undefined = undefined;
