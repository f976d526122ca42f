import type { AccountResult } from '../../core/analyze.js';
import { exitCodeFor } from '../../core/exit-code.js';
import { showingLine, type FilterOptions } from '../../core/filter.js';
import { sortAccounts, type SortKey } from '../../core/sort.js';
import { runPortfolio } from '../../pipeline/portfolio-run.js';
import { reportRun } from '../../pipeline/report-run.js';
import { streamJson } from '../json-stream.js';
import type { CommandContext } from '../context.js';
import { batchedWriter, writeAll } from '../io.js';

export interface ScoreOptions extends FilterOptions {
  format: 'table' | 'json' | 'jsonl' | 'markdown' | 'csv' | 'html';
  chart?: boolean;
  bubble?: 'revenue' | 'potential';
  config?: string;
  asOf?: string;
  sort: SortKey;
  reverse?: boolean;
  maxWarnings?: number;
  freshness?: boolean;
}

export async function scoreCommand(paths: string[], options: ScoreOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const runOptions = { ...ctx.runOptions(paths, options), ...(options.freshness ? { freshness: true } : {}) };
  if (options.format === 'jsonl') {
    // One account per line, written as it is scored; when a filter's values
    // are known to exist only once every account is read, the lines wait for
    // that, so a run that ends in a usage error prints nothing.
    const { jsonlAccount } = await import('../../format/report/jsonl.js');
    const waiting: string[] | undefined = runOptions.filter?.checksAfterRun ? [] : undefined;
    const out = batchedWriter(io.stdout);
    const run = await runPortfolio({
      ...runOptions, retainAccounts: false,
      onAccount: (a) => (waiting ? void waiting.push(jsonlAccount(a)) : out.add(jsonlAccount(a))),
    });
    if (waiting) await writeAll(io.stdout, waiting);
    out.flush();
    return exitCodeFor(run.diagnostics, options.maxWarnings);
  }
  if (options.format === 'json' && runOptions.filter) {
    // Filtered: only the accounts shown are kept, and nothing is written
    // before the filter's values are known to exist.
    const { formatJson } = await import('../../format/report/json.js');
    const accounts: AccountResult[] = [];
    const run = await runPortfolio({ ...runOptions, retainAccounts: false, onAccount: (a) => void accounts.push(a) });
    ctx.progress.end();
    io.stdout.write(formatJson({ ...run, accounts, diagnostics: ctx.shown(run.diagnostics) }));
    return exitCodeFor(run.diagnostics, options.maxWarnings);
  }
  if (options.format === 'json') {
    // Accounts are written as they are scored: memory stays flat for any portfolio size.
    const run = await streamJson(runOptions, ctx);
    return exitCodeFor(run.diagnostics, options.maxWarnings);
  }
  // CSV lines are made as accounts are scored, none is kept; they are written as they come
  // unless a filter's values are known to exist only once every account is read.
  const csvOut = options.format === 'csv' && !runOptions.filter?.checksAfterRun ? batchedWriter(io.stdout) : undefined;
  const csv = options.format === 'csv' ? (await import('../../format/report/csv.js')).csvCollector(csvOut) : undefined;
  const run = csv ? await runPortfolio({ ...runOptions, ...(csvOut && io.stdout.isTTY ? { progress: undefined } : {}), retainAccounts: false, onAccount: csv.add })
    : await reportRun(runOptions, options.format === 'html' || options.format === 'markdown');
  const shown = ctx.shown(run.diagnostics);
  ctx.progress.phase(options.format === 'table' ? 'laying out the table' : `writing the ${options.format} report`);
  // Each format's module is loaded only when it is the one asked for.
  if (options.format === 'markdown' || options.format === 'html') {
    const chunks = (await import('../../format/report/formats.js')).reportChunks(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? 'revenue' });
    ctx.progress.end();
    await writeAll(io.stdout, chunks);
  } else if (options.format !== 'table') {
    const { renderReport } = await import('../../format/report/formats.js');
    const text = csv ? csv.text() : renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? 'revenue' });
    ctx.progress.end();
    if (csvOut) csvOut.flush();
    else io.stdout.write(text);
  } else {
    const [{ tableLines, formatSummary }, { formatChart }, { stylishLines }] = await Promise.all([
      import('../../format/terminal/table.js'), import('../../format/terminal/chart.js'), import('../../format/check/stylish.js'),
    ]);
    const colors = await ctx.colorsFor(io.stdout);
    const width = ctx.widthFor(io.stdout);
    // On a terminal the table fits its width; piped, nothing is cut (a script or a colleague reads every name).
    const layout = { colors, width: width ?? 80, config: run.config, layout: io.stdout.isTTY ? 'fit' as const : 'full' as const };
    const chart = formatChart(run.accounts, layout);
    if (options.chart) {
      ctx.progress.end();
      io.stdout.write(run.showing ? `${chart}\n${colors.dim(showingLine(run.showing))}\n` : chart);
    } else {
      const table = tableLines(sortAccounts(run.accounts, options.sort, options.reverse), layout);
      ctx.progress.end();
      const showing = run.showing ? `${colors.dim(showingLine(run.showing))}\n` : '';
      const rest = `${showing}\n${chart}\n${formatSummary(run.accounts, run.portfolio, layout)}`;
      await writeAll(io.stdout, table, [rest]);
      if (shown.length > 0) await writeAll(io.stdout, ['\n'], stylishLines(shown, { colors, ...(width !== undefined ? { width } : {}) }));
    }
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
