/** `kam validate -` and `kam check -`: one account file piped in, as editors and scripts do. */
import { dirname } from 'node:path';
import { UsageError } from '../io/errors.js';
import { MAX_FILE_BYTES } from '../io/files/source-text.js';
import type { CommandContext } from './context.js';

export interface StdinAccount {
  /** The name diagnostics give it: --stdin-filename, else "<stdin>". */
  file: string;
  bytes: Buffer;
}

/** Undefined unless the paths are exactly "-". */
export async function stdinAccount(paths: readonly string[], filename: string | undefined, ctx: CommandContext): Promise<StdinAccount | undefined> {
  if (!paths.includes('-')) {
    if (filename !== undefined) throw new UsageError('--stdin-filename names the account read from standard input: give - as the path');
    return undefined;
  }
  if (paths.length > 1) throw new UsageError('- reads one account from standard input; give no other paths with it');
  const input = ctx.io.stdin;
  if (!input || input.isTTY) throw new UsageError('- reads an account from standard input, which is a terminal: pipe a file in (kam check - < accounts/acme.yaml)');
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    // One byte past the limit is enough for the loader to refuse it; the rest is not kept.
    if (length > MAX_FILE_BYTES) break;
  }
  return { file: filename ?? '<stdin>', bytes: Buffer.concat(chunks) };
}

/** Where the config is looked for: beside the name the account was given, else as without paths. */
export function stdinSearchPaths(stdin: StdinAccount): string[] {
  return stdin.file === '<stdin>' ? [] : [dirname(stdin.file)];
}
