import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { accountDetail } from '../../format/account-detail.js';
import { UsageError } from '../../io/errors.js';
import { runPortfolio } from '../../portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ShowOptions {
  config?: string;
  asOf?: string;
  in?: string[];
  format?: 'text' | 'json';
}

/** `kam show <id|file>`: an account found by id in the portfolio, or a file named directly. */
export async function showCommand(target: string, options: ShowOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const isFile = existsSync(resolve(io.cwd, target)) && statSync(resolve(io.cwd, target)).isFile();
  const paths = options.in && options.in.length > 0 ? options.in : ctx.defaultPaths([]);
  const run = await runPortfolio({ ...ctx.runOptions(isFile && !options.in ? [target] : paths, options), keepAccounts: true, freshness: true });
  const result = run.accounts.find((a) => (isFile ? resolve(io.cwd, a.file) === resolve(io.cwd, target) : a.id === target));
  if (!result) {
    const problems = run.diagnostics.filter((d) => d.severity === 'error' && (isFile || d.account === target));
    if (problems.length > 0) {
      const { formatStylish } = await import('../../format/stylish.js');
      const width = ctx.widthFor(io.stdout);
      io.stdout.write(formatStylish(problems, { colors: await ctx.colorsFor(io.stdout), ...(width !== undefined ? { width } : {}) }));
      return 1;
    }
    throw new UsageError(`no account "${target}" in ${paths.join(', ')} (give its id or its file)`);
  }
  const detail = accountDetail(result, run.data.get(result.file)!, run.config, run.asOf, run.diagnostics);
  if (options.format === 'json') {
    const { accountObject, diagnosticObject } = await import('../../format/report-object.js');
    io.stdout.write(`${JSON.stringify({ asOf: run.asOf, account: accountObject(result), diagnostics: detail.diagnostics.map(diagnosticObject) }, null, 2)}\n`);
  } else {
    const [{ formatShow }, { managerLoadOf }] = await Promise.all([import('../../format/show.js'), import('../../core/portfolio.js')]);
    io.stdout.write(formatShow(detail, { colors: await ctx.colorsFor(io.stdout), config: run.config, asOf: run.asOf, manager: managerLoadOf(run.portfolio, result.manager) }));
  }
  return detail.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
