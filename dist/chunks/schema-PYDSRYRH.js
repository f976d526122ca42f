import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  SCHEMA_FOLDER,
  schemaFileName,
  schemaJson,
  writeSchemaCopies
} from "./chunk-UKTSYZX6.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  findConfig,
  loadConfigFile
} from "./chunk-V5UQSIXE.js";
import {
  accountSchemaFor,
  readSchema
} from "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/schema.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function currentSchemas(ctx, configOption) {
  const configFile = configOption !== void 0 ? resolve(ctx.io.cwd, configOption) : findConfig(ctx.io.cwd);
  const config = configFile ? loadConfigFile(configFile, relative(ctx.io.cwd, configFile) || configFile) : void 0;
  return {
    schemas: { account: config ? accountSchemaFor(config) : readSchema("account"), config: readSchema("config") },
    ...configFile ? { configFile } : {}
  };
}
async function schemaCommand(name, options, ctx) {
  if (name !== void 0 && name !== "account" && name !== "config") throw new UsageError(`unknown schema "${name}": account or config`);
  const { schemas, configFile } = currentSchemas(ctx, options.config);
  const folderOf = (option) => typeof option === "string" ? resolve(ctx.io.cwd, option) : join(configFile ? dirname(configFile) : ctx.io.cwd, SCHEMA_FOLDER);
  const shown = (file) => relative(ctx.io.cwd, file) || file;
  if (options.write !== void 0 && options.write !== false) {
    for (const [file, status] of writeSchemaCopies(folderOf(options.write), schemas)) ctx.io.stdout.write(`${status.padEnd(9)}${terminalSafe(shown(file))}
`);
    return 0;
  }
  if (options.check !== void 0 && options.check !== false) {
    const folder = folderOf(options.check);
    const stale = Object.keys(schemas).filter((n) => {
      const file = join(folder, schemaFileName(n));
      return !existsSync(file) || readFileSync(file, "utf8") !== schemaJson(schemas[n]);
    });
    for (const n of stale) ctx.io.stderr.write(`${terminalSafe(shown(join(folder, schemaFileName(n))))} is missing or out of date: run kam schema --write
`);
    return stale.length > 0 ? 1 : 0;
  }
  ctx.io.stdout.write(schemaJson(schemas[name ?? "account"]));
  return 0;
}
export {
  schemaCommand
};
