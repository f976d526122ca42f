/**
 * git itself, for the commands that read history (kam diff, kam history,
 * freshness): nothing is checked out, the working tree is never touched.
 */
import { execFileSync } from 'node:child_process';

/** Whole repositories' listings and logs are big; a gigabyte is far above any account-plan repository. */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

/** Runs git; throws (with git's stderr on the error) when git fails. */
export function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
}

export interface Blobs {
  /** Content by object id, for each blob of at most maxBytes. */
  content: Map<string, Buffer>;
  /** Size by object id, for each blob above maxBytes: never read into memory. */
  tooLarge: Map<string, number>;
}

/**
 * Many blobs in one git process, by object id. Sizes first (`--batch-check`),
 * so a huge file in history costs nothing but its entry in `tooLarge`; ids
 * that are not blobs are left out.
 */
export function readBlobs(root: string, ids: readonly string[], maxBytes: number): Blobs {
  const content = new Map<string, Buffer>();
  const tooLarge = new Map<string, number>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { content, tooLarge };
  const sizes = git(root, ['cat-file', '--batch-check'], `${unique.join('\n')}\n`).toString().split('\n');
  const wanted: string[] = [];
  unique.forEach((id, i) => {
    const size = Number(/^\S+ blob (\d+)$/.exec(sizes[i] ?? '')?.[1] ?? NaN);
    if (!Number.isFinite(size)) return;
    if (size > maxBytes) tooLarge.set(id, size);
    else wanted.push(id);
  });
  if (wanted.length === 0) return { content, tooLarge };
  const raw = git(root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  let at = 0;
  for (const id of wanted) {
    const eol = raw.indexOf(0x0a, at);
    const m = /^\S+ blob (\d+)$/.exec(raw.subarray(at, eol).toString());
    at = eol + 1;
    if (!m) continue;
    const size = Number(m[1]);
    content.set(id, raw.subarray(at, at + size));
    at += size + 1;
  }
  return { content, tooLarge };
}
