import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";

// src/io/schema/schema-copies.ts
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
var SCHEMA_FOLDER = "schemas";
var schemaFileName = (name) => `${name}.schema.json`;
var schemaJson = (schema) => `${JSON.stringify(schema, null, 2)}
`;
function findSchemaCopy(dir) {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, SCHEMA_FOLDER, schemaFileName("account"));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (existsSync(join(at, ".git")) || dirname(at) === at) return void 0;
  }
}
function schemaLine(file, schemaFile) {
  const path = relative(dirname(file), schemaFile).split("\\").join("/");
  return `# yaml-language-server: $schema=${path}`;
}
function writeSchemaCopies(folder, schemas) {
  mkdirSync(folder, { recursive: true });
  return Object.keys(schemas).map((name) => {
    const file = join(folder, schemaFileName(name));
    const text = schemaJson(schemas[name]);
    const before = existsSync(file) ? readFileSync(file, "utf8") : void 0;
    if (before === text) return [file, "unchanged"];
    writeFileAtomic(file, text);
    return [file, before === void 0 ? "created" : "updated"];
  });
}

export {
  SCHEMA_FOLDER,
  schemaFileName,
  schemaJson,
  findSchemaCopy,
  schemaLine,
  writeSchemaCopies
};
