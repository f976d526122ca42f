/**
 * Where a report may be written: never over a file kam reads. Files are
 * compared by device and inode, so a symlinked folder, a hard link or
 * "./a/../a.yaml" cannot get around it; and no report is ever written to a
 * .yaml/.yml file, so account files outside the scanned paths are safe too
 * (kam writes no YAML reports).
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkWritable } from './atomic-write.js';
import { UsageError } from '../errors.js';

const YAML = /\.ya?ml$/i;

function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function refuseYaml(target: string, full: string, what: string): void {
  let real = full;
  try {
    real = realpathSync.native(full);
  } catch {
    /* does not exist yet: its name is all there is to check */
  }
  if (YAML.test(full) || YAML.test(real)) {
    throw new UsageError(`refusing to write the ${what} to ${target}: reports never go to a .yaml or .yml file, where account and config files live`);
  }
}

/**
 * Before any work: each target (as given, relative to cwd) can be written,
 * and is no YAML file. The files kam will read are known only once it runs:
 * checkOutputTarget checks those before writing.
 */
export function checkOutputTargets(targets: readonly { file: string; what: string }[], cwd: string): void {
  const taken = new Map<string, string>();
  for (const { file, what } of targets) {
    const full = resolve(cwd, file);
    const other = taken.get(full);
    if (other !== undefined) throw new UsageError(`the ${other} and the ${what} would both be written to ${file}; give each its own file`);
    taken.set(full, what);
    refuseYaml(file, full, what);
    checkWritable(full, file);
  }
}

/** Throws a UsageError when `target` (as given, relative to cwd) would replace one of `inputs` or a YAML file. */
export function checkOutputTarget(target: string, inputs: readonly string[], cwd: string, what: string): void {
  const full = resolve(cwd, target);
  refuseYaml(target, full, what);
  const id = identity(full);
  if (id === undefined) return;
  if (inputs.some((f) => identity(resolve(cwd, f)) === id)) throw new UsageError(`refusing to write the ${what} over ${target}, which kam reads`);
}
