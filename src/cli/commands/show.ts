import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { showingLine, type FilterOptions } from '../../core/filter.js';
import { nearestAccounts } from '../../core/find.js';
import { accountDetail } from '../../format/account-detail.js';
import { UsageError } from '../../io/errors.js';
import { gitFreshness, runPortfolio } from '../../pipeline/portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ShowOptions extends FilterOptions {
  config?: string;
  asOf?: string;
  in?: string[];
  format?: 'text' | 'json';
}

/**
 * `kam show <id|file>`: an account found by id in the portfolio, or a file
 * named directly. Without an account but with filters, every account they
 * choose, one after the other.
 */
export async function showCommand(target: string | undefined, options: ShowOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const paths = options.in && options.in.length > 0 ? options.in : ctx.defaultPaths([]);
  const runOptions = ctx.runOptions(paths, options);
  if (target === undefined) {
    if (!runOptions.filter) throw new UsageError('say which account to show (its id or its file), or filter (--manager, --quadrant, --health, --tag, --industry, --where)');
    return showMany(runOptions, ctx);
  }
  if (runOptions.filter) throw new UsageError('give an account or filters, not both');
  const isFile = existsSync(resolve(io.cwd, target)) && statSync(resolve(io.cwd, target)).isFile();
  const showOptions = ctx.runOptions(isFile && !options.in ? [target] : paths, options);
  const run = await runPortfolio({ ...showOptions, keepAccounts: true });
  const result = run.accounts.find((a) => (isFile ? resolve(io.cwd, a.file) === resolve(io.cwd, target) : a.id === target));
  if (!result) {
    const problems = run.diagnostics.filter((d) => d.severity === 'error' && (isFile || d.account === target));
    if (problems.length > 0) {
      const { formatStylish } = await import('../../format/check/stylish.js');
      const width = ctx.widthFor(io.stdout);
      io.stdout.write(formatStylish(problems, { colors: await ctx.colorsFor(io.stdout), ...(width !== undefined ? { width } : {}) }));
      return 1;
    }
    const near = nearestAccounts(target, run.accounts);
    const hint = near.length > 0 ? `; did you mean ${near.map((a) => `${a.id} (${a.name})`).join(', ')}?` : ' (give its id or its file; kam list finds ids)';
    throw new UsageError(`no account "${target}" in ${paths.join(', ')}${hint}`);
  }
  const account = run.data.get(result.file)!;
  // Each score's age from git: only this account's history is read.
  result.freshness = gitFreshness(showOptions, run.config, run.asOf, new Set([result.file]))(result.file, account) ?? null;
  const detail = accountDetail(result, account, run.config, run.asOf, run.diagnostics);
  if (options.format === 'json') {
    const { accountObject, diagnosticObject } = await import('../../format/report-object.js');
    io.stdout.write(`${JSON.stringify({ asOf: run.asOf, account: accountObject(result), diagnostics: detail.diagnostics.map(diagnosticObject) }, null, 2)}\n`);
  } else {
    const [{ formatShow }, { managerLoadOf }] = await Promise.all([import('../../format/terminal/show.js'), import('../../core/portfolio.js')]);
    io.stdout.write(formatShow(detail, { colors: await ctx.colorsFor(io.stdout), config: run.config, asOf: run.asOf, manager: managerLoadOf(run.portfolio, result.manager) }));
  }
  return detail.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function showMany(runOptions: ReturnType<CommandContext['runOptions']>, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const run = await runPortfolio({ ...runOptions, keepAccounts: true });
  const { formatShow } = await import('../../format/terminal/show.js');
  const colors = await ctx.colorsFor(io.stdout);
  ctx.progress.end();
  let errors = false;
  for (const result of run.accounts) {
    const detail = accountDetail(result, run.data.get(result.file)!, run.config, run.asOf, run.diagnostics);
    errors ||= detail.diagnostics.some((d) => d.severity === 'error');
    io.stdout.write(`${formatShow(detail, { colors, config: run.config })}\n`);
  }
  io.stdout.write(`${colors.dim(showingLine(run.showing!))}\n`);
  return errors ? 1 : 0;
}
