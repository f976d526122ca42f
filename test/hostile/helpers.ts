/** Shared by the standing hostile suite: a scratch repository with the example accounts and config. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, runKam, tempDir, type KamResult } from '../helpers/run-kam.js';

export interface Scratch {
  path: string;
  file(name: string): string;
  kam(...args: string[]): Promise<KamResult>;
  remove(): void;
}

export function scratch(prefix = 'kam-hostile-'): Scratch {
  const dir = tempDir(prefix);
  mkdirSync(join(dir.path, 'accounts'));
  copyFileSync(join(EXAMPLES, 'accounts', 'acme-industrial.yaml'), join(dir.path, 'accounts', 'acme-industrial.yaml'));
  copyFileSync(join(EXAMPLES, 'kam.config.yaml'), join(dir.path, 'kam.config.yaml'));
  return {
    path: dir.path,
    file: (name) => join(dir.path, name),
    kam: (...args) => runKam(args, { cwd: dir.path }),
    remove: dir.remove,
  };
}

/** No stack trace, no "internal error", nothing raw for a terminal: what every hostile outcome must hold. */
export function expectClean(r: KamResult): void {
  const both = r.stdout + r.stderr;
  if (/internal error|\n\s+at .*:\d+:\d+\)?\n|undefined/.test(both)) throw new Error(`unclean output:\n${both}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(both)) throw new Error(`raw control character in output:\n${JSON.stringify(both)}`);
}
