import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3VKN5XRU.js";

// src/io/output-guard.ts
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
function checkOutputTarget(target, inputs, cwd, what) {
  const full = resolve(cwd, target);
  let real = full;
  try {
    real = realpathSync.native(full);
  } catch {
  }
  if (YAML.test(full) || YAML.test(real)) {
    throw new UsageError(`refusing to write the ${what} to ${target}: reports never go to a .yaml or .yml file, where account and config files live`);
  }
  const id = identity(full);
  if (id === void 0) return;
  if (inputs.some((f) => identity(resolve(cwd, f)) === id)) throw new UsageError(`refusing to write the ${what} over ${target}, which kam reads`);
}

export {
  checkOutputTarget
};
