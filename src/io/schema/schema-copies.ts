/**
 * Copies of kam's JSON Schemas inside an account-plan repository, so the
 * `# yaml-language-server: $schema=…` line of every file resolves for every
 * colleague, whatever way (or whether) they installed kam. `kam init` writes
 * them, `kam schema --write` refreshes them after an upgrade, `kam new` points
 * at them.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AnySchemaObject } from 'ajv';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { SchemaName } from './schema.js';

/** The folder, relative to the repository root, that `kam init` creates. */
export const SCHEMA_FOLDER = 'schemas';

export const schemaFileName = (name: SchemaName) => `${name}.schema.json`;

export const schemaJson = (schema: AnySchemaObject) => `${JSON.stringify(schema, null, 2)}\n`;

/** The first `schemas/account.schema.json` in `dir` or a folder above it, up to the repository root. */
export function findSchemaCopy(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, SCHEMA_FOLDER, schemaFileName('account'));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (existsSync(join(at, '.git')) || dirname(at) === at) return undefined;
  }
}

/** The editor line for a file: the schema's path relative to the file, with forward slashes. */
export function schemaLine(file: string, schemaFile: string): string {
  const path = relative(dirname(file), schemaFile).split('\\').join('/');
  return `# yaml-language-server: $schema=${path}`;
}

export type CopyStatus = 'created' | 'updated' | 'unchanged';

/** Writes (atomically) the schemas into `folder`; says for each file what happened. */
export function writeSchemaCopies(folder: string, schemas: Record<SchemaName, AnySchemaObject>): [string, CopyStatus][] {
  mkdirSync(folder, { recursive: true });
  return (Object.keys(schemas) as SchemaName[]).map((name) => {
    const file = join(folder, schemaFileName(name));
    const text = schemaJson(schemas[name]);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (before === text) return [file, 'unchanged'];
    writeFileAtomic(file, text);
    return [file, before === undefined ? 'created' : 'updated'];
  });
}
