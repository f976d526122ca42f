/**
 * `kam schema`: the JSON Schemas for editors. Printed, or copied into the
 * account-plan repository so `$schema=` lines resolve for every colleague.
 * With a config that redefines an axis's factors, the account schema copied
 * is the team's (SPEC 4), so editors complete exactly the team's factors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { terminalSafe } from '../../format/terminal-text.js';
import type { AnySchemaObject } from 'ajv';
import { findConfig, loadConfigFile } from '../../io/config.js';
import { UsageError } from '../../io/errors.js';
import { SCHEMA_FOLDER, schemaFileName, schemaJson, writeSchemaCopies } from '../../io/schema/schema-copies.js';
import { accountSchemaFor, readSchema, type SchemaName } from '../../io/schema/schema.js';
import type { CommandContext } from '../context.js';

export interface SchemaOptions {
  write?: string | boolean;
  check?: string | boolean;
  config?: string;
}

/** kam's schemas, the account one derived from the config in force. */
function currentSchemas(ctx: CommandContext, configOption: string | undefined): { schemas: Record<SchemaName, AnySchemaObject>; configFile?: string } {
  const configFile = configOption !== undefined ? resolve(ctx.io.cwd, configOption) : findConfig(ctx.io.cwd);
  const config = configFile ? loadConfigFile(configFile, relative(ctx.io.cwd, configFile) || configFile) : undefined;
  return {
    schemas: { account: config ? accountSchemaFor(config) : readSchema('account'), config: readSchema('config') },
    ...(configFile ? { configFile } : {}),
  };
}

export async function schemaCommand(name: string | undefined, options: SchemaOptions, ctx: CommandContext): Promise<number> {
  if (name !== undefined && name !== 'account' && name !== 'config') throw new UsageError(`unknown schema "${name}": account or config`);
  const { schemas, configFile } = currentSchemas(ctx, options.config);
  const folderOf = (option: string | boolean) =>
    typeof option === 'string' ? resolve(ctx.io.cwd, option) : join(configFile ? dirname(configFile) : ctx.io.cwd, SCHEMA_FOLDER);
  const shown = (file: string) => relative(ctx.io.cwd, file) || file;

  if (options.write !== undefined && options.write !== false) {
    for (const [file, status] of writeSchemaCopies(folderOf(options.write), schemas)) ctx.io.stdout.write(`${status.padEnd(9)}${terminalSafe(shown(file))}\n`);
    return 0;
  }
  if (options.check !== undefined && options.check !== false) {
    const folder = folderOf(options.check);
    const stale = (Object.keys(schemas) as SchemaName[]).filter((n) => {
      const file = join(folder, schemaFileName(n));
      return !existsSync(file) || readFileSync(file, 'utf8') !== schemaJson(schemas[n]);
    });
    for (const n of stale) ctx.io.stderr.write(`${terminalSafe(shown(join(folder, schemaFileName(n))))} is missing or out of date: run kam schema --write\n`);
    return stale.length > 0 ? 1 : 0;
  }
  ctx.io.stdout.write(schemaJson(schemas[(name as SchemaName | undefined) ?? 'account']));
  return 0;
}
