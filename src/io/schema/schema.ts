/**
 * The JSON Schemas in schemas/ and ajv validators built from them. A config
 * that redefines an axis's factors gets a derived account schema whose
 * factor set is exactly the config's (SPEC 4).
 */
import type { Ajv, AnySchemaObject, CodeOptions, ErrorObject, ValidateFunction } from 'ajv';
import { onFirstUse, sourceRequire } from '../lazy-module.js';
import type { Axis, Config, DocPath } from '../../core/types.js';
import { nearest } from '../../core/suggest.js';
import { isDate } from './date-format.js';
import { precompiledAccountValidator } from './account-validator.js';
// Imported, not read from disk: the bundle in dist/ carries them wherever kam is installed.
import accountSchema from '../../../schemas/account.schema.json' with { type: 'json' };
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };

export type SchemaName = 'account' | 'config';
const SCHEMAS: Record<SchemaName, AnySchemaObject> = { account: accountSchema, config: configSchema };

export function readSchema(name: SchemaName): AnySchemaObject {
  return SCHEMAS[name];
}

export { isDate };

// Only compiling a schema needs ajv: the default account schema's yes/no validator comes precompiled.
const ajvModule = onFirstUse(() => (typeof require === 'function' ? require('ajv') : sourceRequire('ajv')) as typeof import('ajv'));

export function makeAjv(full: boolean, code: CodeOptions = {}, options: { inlineRefs?: boolean } = {}): Ajv {
  // `full` reports every error with the offending data and schema, for messages;
  // the fast validator only answers "valid or not".
  // The schemas ship with kam and are checked in strict mode by the tests, so
  // validating them again at every start (validateSchema) would only cost time.
  const ajv = new (ajvModule().Ajv)({ ...options, allErrors: full, verbose: full, strict: false, strictNumbers: true, validateSchema: false, code: { optimize: false, ...code } });
  ajv.addFormat('date', isDate);
  return ajv;
}

/** The account schema with the config's factor sets swapped in where it defines them. */
export function accountSchemaFor(config: Pick<Config, 'factors' | 'customAxes'>): AnySchemaObject {
  const base = readSchema('account');
  if (config.customAxes.length === 0) return base;
  const schema = structuredClone(base);
  for (const axis of config.customAxes) {
    const axisSchema = schema.properties[axis] as AnySchemaObject;
    axisSchema.properties = Object.fromEntries(
      config.factors[axis].map((f) => [f.id, { description: f.help ?? f.label, allOf: [{ $ref: '#/definitions/score' }] }]),
    );
  }
  return schema;
}

export interface Validators {
  /** Quick yes/no. */
  isValid: ValidateFunction;
  /** Every error, with data; compiled on first use. */
  full(): ValidateFunction;
}

export function accountValidators(config: Pick<Config, 'factors' | 'customAxes'>): Validators {
  const schema = accountSchemaFor(config);
  let full: ValidateFunction | undefined;
  return {
    // The bundle carries the default schema's yes/no validator compiled at build
    // time (scripts/build.mjs): compiling it here cost ~0.1 s of CPU per run.
    isValid: config.customAxes.length === 0 && precompiledAccountValidator ? precompiledAccountValidator : makeAjv(false).compile(schema),
    full: () => (full ??= makeAjv(true).compile(schema)),
  };
}

export function compileConfigValidator(): ValidateFunction {
  return makeAjv(true).compile(readSchema('config'));
}

// ---------------------------------------------------------------------------
// Turning ajv errors into messages a key account manager can act on.

export interface SchemaProblem {
  message: string;
  path: DocPath;
  /** Point at the key rather than its value (unknown keys). */
  atKey: boolean;
  /** The field concerned, for Diagnostic.subject: the missing key for `required`, else `path`. */
  subject: string;
}

export function pointerToPath(pointer: string): DocPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export function displayPath(path: DocPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number', integer: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a mapping', null: 'nothing',
};

function describeType(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${showValue(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Large bounds grouped in thousands: 1,000,000 reads better than 1000000. */
const bound = (n: number) => (Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n));

const ID_RULE = 'lowercase letters, digits and hyphens, starting with a letter or digit (e.g. "acme-industrial")';

function message(e: ErrorObject, path: DocPath, ctx: { customAxes: readonly Axis[]; configFile?: string }): Omit<SchemaProblem, 'subject'> | null {
  const where = displayPath(path);
  const prefix = where === '' ? '' : `${where}: `;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema as AnySchemaObject | undefined)?.properties ?? {});
      const axis = path.length === 1 ? (path[0] as Axis) : undefined;
      const suggestion = nearest(key, known);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 && known.length <= 12 ? `; expected one of: ${known.join(', ')}` : '';
      const what = axis && ctx.customAxes.includes(axis)
        ? `factor "${key}" is not in the ${axis} factor set of ${ctx.configFile ?? 'the config file'}`
        : `unknown key "${key}"${where ? ` in ${where}` : ''}`;
      return { message: what + hint, path: [...path, key], atKey: true };
    }
    case 'required':
      return { message: `${where ? `${where} is` : 'account is'} missing the required key "${String(p.missingProperty)}"`, path, atKey: path.length > 0 };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).filter((v) => typeof v === 'string') as string[];
      const suggestion = typeof e.data === 'string' ? nearest(e.data, allowed) : undefined;
      return {
        message: `${prefix}${showValue(e.data)} is not one of: ${allowed.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        path,
        atKey: false,
      };
    }
    case 'type': {
      const expected = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      return { message: `${prefix}expected ${expected}, found ${describeType(e.data)}`, path, atKey: false };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const parent = e.parentSchema as AnySchemaObject | undefined;
      const range = parent && typeof parent.minimum === 'number' && typeof parent.maximum === 'number'
        ? `must be between ${parent.minimum} and ${bound(parent.maximum)}`
        : `must be ${e.keyword === 'minimum' ? 'at least' : e.keyword === 'maximum' ? 'at most' : e.keyword === 'exclusiveMinimum' ? 'above' : 'below'} ${String(p.limit)}`;
      return { message: `${prefix}${showValue(e.data)} is out of range: ${range}`, path, atKey: false };
    }
    case 'format':
      return { message: `${prefix}${showValue(e.data)} is not a valid date: use YYYY-MM-DD with a real day of the month`, path, atKey: false };
    case 'pattern':
      return {
        message: where === 'id' || where.endsWith('.id')
          ? `${prefix}${showValue(e.data)} is not a valid id: use ${ID_RULE}`
          : String(p.pattern).startsWith('^[^\\u0000-')
            ? `${prefix}contains a control character or a text-direction override; config text is shown in terminals and reports, so it may not`
            : `${prefix}${showValue(e.data)} does not match the pattern ${String(p.pattern)}`,
        path,
        atKey: false,
      };
    case 'minLength':
    case 'minProperties':
    case 'minItems':
      return { message: `${prefix}must not be empty`, path, atKey: false };
    case 'propertyNames':
      return null; // reported again by the nested pattern error, with the key
    default:
      return { message: `${prefix}${e.message ?? 'is invalid'}`, path, atKey: false };
  }
}

/**
 * ajv reports every branch of a failed oneOf. Keep the errors of the branch
 * whose type fits the data (e.g. the map form of significance), or the
 * oneOf error alone when none fits.
 */
function pruneOneOf(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (oneOfs.length === 0) return errors;
  const drop = new Set<ErrorObject>();
  for (const o of oneOfs) {
    // The same schema can apply at several places (one per factor, one per list item): only errors under this one's data.
    const under = (e: ErrorObject) => e.instancePath === o.instancePath || e.instancePath.startsWith(`${o.instancePath}/`);
    // A branch that is a $ref reports at its definition's path: its own branch.
    const own = (e: ErrorObject) => e.schemaPath.startsWith(`${o.schemaPath}/`);
    const inside = errors.filter((e) => e !== o
      && (own(e) ? under(e) : e.instancePath === o.instancePath && e.schemaPath.startsWith('#/definitions/')));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = own(e) ? e.schemaPath.slice(o.schemaPath.length + 1).split('/')[0]! : e.schemaPath;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const fitting = [...branches.values()].filter((errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === o.instancePath));
    // Errors deeper in the data that a branch's $ref reported (their schema path lies
    // outside the oneOf) mean a branch accepted the data's type: they say what is wrong.
    const deeper = errors.some((e) => e !== o && !inside.includes(e) && e.instancePath.startsWith(`${o.instancePath}/`));
    for (const e of inside) drop.add(e);
    if (fitting.length === 1 || (fitting.length === 0 && deeper)) {
      for (const e of fitting[0] ?? []) drop.delete(e);
      drop.add(o);
    } else {
      // No branch fits the data's type: say in one line which types would.
      const types = inside.filter((e) => e.keyword === 'type').map((e) => TYPE_NAMES[String(e.params.type)] ?? String(e.params.type));
      o.message = `expected ${[...new Set(types)].join(' or ') || 'another form'}, found ${describeType(o.data)}`;
    }
  }
  return errors.filter((e) => !drop.has(e));
}

export function schemaProblems(
  errors: readonly ErrorObject[] | null | undefined,
  ctx: { customAxes: readonly Axis[]; configFile?: string },
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const e of pruneOneOf([...(errors ?? [])])) {
    const path = pointerToPath(e.instancePath);
    const problem = message(e, path, ctx);
    const field = e.keyword === 'required' ? [...path, String((e.params as { missingProperty: string }).missingProperty)] : problem?.path;
    if (problem) out.push({ ...problem, subject: `field:${displayPath(field ?? path)}` });
  }
  return out;
}
