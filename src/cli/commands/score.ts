import { formatJson } from '../../format/json.js';
import { formatStylish } from '../../format/stylish.js';
import { formatTable } from '../../format/table.js';
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
  const run = runPortfolio({
    paths: ctx.defaultPaths(paths),
    cwd: io.cwd,
    today: ctx.today,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  const shown = ctx.shown(run.diagnostics);
  if (options.format === 'json') {
    io.stdout.write(formatJson({ ...run, diagnostics: shown }));
  } else {
    const colors = ctx.colorsFor(io.stdout);
    io.stdout.write(formatTable(sortAccounts(run.accounts, options.sort), run.portfolio, {
      colors, width: io.stdout.columns ?? 80, config: run.config,
    }));
    if (shown.length > 0) io.stdout.write(`\n${formatStylish(shown, { colors })}`);
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
