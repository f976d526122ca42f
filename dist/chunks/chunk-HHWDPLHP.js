import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  checkWritable
} from "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";

// src/io/files/output-guard.ts
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
var YAML = /\.ya?ml$/i;
function identity(path) {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return void 0;
  }
}
function refuseYaml(target, full, what) {
  let real = full;
  try {
    real = realpathSync.native(full);
  } catch {
  }
  if (YAML.test(full) || YAML.test(real)) {
    throw new UsageError(`refusing to write the ${what} to ${target}: reports never go to a .yaml or .yml file, where account and config files live`);
  }
}
function checkOutputTargets(targets, cwd) {
  const taken = /* @__PURE__ */ new Map();
  for (const { file, what } of targets) {
    const full = resolve(cwd, file);
    const other = taken.get(full);
    if (other !== void 0) throw new UsageError(`the ${other} and the ${what} would both be written to ${file}; give each its own file`);
    taken.set(full, what);
    refuseYaml(file, full, what);
    checkWritable(full, file);
  }
}
function checkOutputTarget(target, inputs, cwd, what) {
  const full = resolve(cwd, target);
  refuseYaml(target, full, what);
  const id = identity(full);
  if (id === void 0) return;
  if (inputs.some((f) => identity(resolve(cwd, f)) === id)) throw new UsageError(`refusing to write the ${what} over ${target}, which kam reads`);
}

export {
  checkOutputTargets,
  checkOutputTarget
};
