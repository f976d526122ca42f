import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import "./chunk-SA2IJZVG.js";

// src/io/git/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function findRepoRoot(dir) {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, ".git"))) return at;
    if (dirname(at) === at) return void 0;
  }
}
function ciPath(file, cwd, root) {
  const absolute = resolve(cwd, file);
  const base = root ?? resolve(cwd);
  const inside = relative(base, absolute);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) return absolute.split(sep).join("/");
  return inside.split(sep).join("/");
}
export {
  ciPath,
  findRepoRoot
};
