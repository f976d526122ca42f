import { exitCodeFor } from '../../core/exit-code.js';
import { VALIDATION_RULES } from '../../core/rules/index.js';
import { formatStylish } from '../../format/check/stylish.js';
import { runPortfolio } from '../../pipeline/portfolio-run.js';
import type { CommandContext } from '../context.js';
import { streamJson } from '../json-stream.js';
import { stdinAccount, stdinSearchPaths } from '../stdin.js';

export interface ValidateOptions {
  format: 'stylish' | 'json';
  config?: string;
  maxWarnings?: number;
  stdinFilename?: string;
}

/** Validation is the `schema` and `duplicate-id` rules: is every file a well-formed account? */
export async function validateCommand(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const stdin = await stdinAccount(paths, options.stdinFilename, ctx);
  const runOptions = {
    ...ctx.runOptions(stdin ? stdinSearchPaths(stdin) : paths, options),
    ...(stdin ? { stdin } : {}),
    rules: VALIDATION_RULES,
  };
  // JSON is written as accounts are scored; findings alone need no accounts: memory stays flat either way.
  if (options.format === 'json') return exitCodeFor((await streamJson(runOptions, ctx)).diagnostics, options.maxWarnings);
  const run = await runPortfolio({ ...runOptions, retainAccounts: false });
  const shown = ctx.shown(run.diagnostics);
  const width = ctx.widthFor(io.stdout);
  ctx.progress.end();
  io.stdout.write(formatStylish(shown, { colors: await ctx.colorsFor(io.stdout), files: run.files.length, hidden: run.diagnostics.length - shown.length, ...(width !== undefined ? { width } : {}) }));
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
