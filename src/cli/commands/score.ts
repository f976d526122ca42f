import { exitCodeFor } from '../../core/exit-code.js';
import { sortAccounts, type SortKey } from '../../core/sort.js';
import { runPortfolio } from '../../portfolio-run.js';
import type { CommandContext } from '../context.js';
import { batchedWriter } from '../io.js';

export interface ScoreOptions {
  format: 'table' | 'json' | 'markdown' | 'csv' | 'html';
  chart?: boolean;
  bubble?: 'revenue' | 'potential';
  config?: string;
  asOf?: string;
  sort: SortKey;
  maxWarnings?: number;
  freshness?: boolean;
}

export async function scoreCommand(paths: string[], options: ScoreOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (options.format === 'json') {
    // Accounts are written as they are scored: memory stays flat for any portfolio size.
    const { jsonStart, jsonAccount, jsonEnd } = await import('../../format/json.js');
    const out = batchedWriter(io.stdout);
    let count = 0;
    const run = await runPortfolio({
      ...ctx.runOptions(paths, options),
      // JSON scrolling past on the terminal is progress enough: no line to draw over it.
      ...(io.stdout.isTTY ? { progress: undefined } : {}),
      ...(options.freshness ? { freshness: true } : {}),
      retainAccounts: false,
      onStart: ({ asOf }) => out.add(jsonStart(asOf)),
      onAccount: (a) => out.add(jsonAccount(a, count++)),
    });
    for (const chunk of jsonEnd({ ...run, diagnostics: ctx.shown(run.diagnostics) }, count)) await out.add(chunk);
    out.flush();
    return exitCodeFor(run.diagnostics, options.maxWarnings);
  }
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    ...(options.freshness ? { freshness: true } : {}),
    keepAccounts: options.format === 'html' || options.format === 'markdown',
  });
  const shown = ctx.shown(run.diagnostics);
  ctx.progress.phase(options.format === 'table' ? 'laying out the table' : `writing the ${options.format} report`);
  // Each format's module is loaded only when it is the one asked for.
  if (options.format !== 'table') {
    const { renderReport } = await import('../../format/report.js');
    const text = renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? 'revenue' });
    ctx.progress.end();
    io.stdout.write(text);
  } else {
    const [{ formatTable, formatSummary }, { formatChart }, { formatStylish }] = await Promise.all([
      import('../../format/table.js'), import('../../format/terminal-chart.js'), import('../../format/stylish.js'),
    ]);
    const colors = await ctx.colorsFor(io.stdout);
    const width = ctx.widthFor(io.stdout);
    // On a terminal the table fits its width; piped, nothing is cut (a script or a colleague reads every name).
    const layout = { colors, width: width ?? 80, config: run.config, layout: io.stdout.isTTY ? 'fit' as const : 'full' as const };
    const chart = formatChart(run.accounts, layout);
    if (options.chart) {
      ctx.progress.end();
      io.stdout.write(chart);
    } else {
      const table = formatTable(sortAccounts(run.accounts, options.sort), layout);
      ctx.progress.end();
      io.stdout.write(`${table}\n${chart}\n${formatSummary(run.accounts, run.portfolio, layout)}`);
      if (shown.length > 0) io.stdout.write(`\n${formatStylish(shown, { colors, ...(width !== undefined ? { width } : {}) })}`);
    }
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
