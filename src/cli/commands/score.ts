import { exitCodeFor } from '../../core/exit-code.js';
import { sortAccounts, type SortKey } from '../../core/sort.js';
import { runPortfolio } from '../../portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ScoreOptions {
  format: 'table' | 'json';
  config?: string;
  asOf?: string;
  sort: SortKey;
  maxWarnings?: number;
}

export async function scoreCommand(paths: string[], options: ScoreOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const run = await runPortfolio({
    paths: ctx.defaultPaths(paths),
    cwd: io.cwd,
    today: ctx.today,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  const shown = ctx.shown(run.diagnostics);
  // Each format's module is loaded only when it is the one asked for.
  if (options.format === 'json') {
    const { formatJson } = await import('../../format/json.js');
    io.stdout.write(formatJson({ ...run, diagnostics: shown }));
  } else {
    const [{ formatTable }, { formatStylish }] = await Promise.all([import('../../format/table.js'), import('../../format/stylish.js')]);
    const colors = await ctx.colorsFor(io.stdout);
    io.stdout.write(formatTable(sortAccounts(run.accounts, options.sort), run.portfolio, {
      colors, width: io.stdout.columns ?? 80, config: run.config,
    }));
    if (shown.length > 0) io.stdout.write(`\n${formatStylish(shown, { colors })}`);
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
