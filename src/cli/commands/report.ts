import { resolve } from 'node:path';
import { terminalSafe } from '../../format/terminal-text.js';
import { exitCodeFor } from '../../core/exit-code.js';
import type { FilterOptions } from '../../core/filter.js';
import { formatFromFile, REPORT_FORMATS, renderReport, reportChunks, type ReportFormat } from '../../format/report/formats.js';
import { openFileAtomic, writeFileAtomic } from '../../io/files/atomic-write.js';
import { UsageError } from '../../io/errors.js';
import { checkOutputTarget, checkOutputTargets } from '../../io/files/output-guard.js';
import { runPortfolio } from '../../pipeline/portfolio-run.js';
import { reportRun } from '../../pipeline/report-run.js';
import { streamJson } from '../json-stream.js';
import type { CommandContext } from '../context.js';
import { batchedWriter, writeAll, writeFileChunks } from '../io.js';

export interface ReportOptions extends FilterOptions {
  output?: string;
  format?: ReportFormat | 'xlsx';
  config?: string;
  asOf?: string;
  bubble: 'revenue' | 'potential';
}

/** `kam report`: the portfolio review as HTML, Markdown, CSV, JSON or an Excel workbook, written atomically. */
export async function reportCommand(paths: string[], options: ReportOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const format = options.format ?? (options.output ? workbookOrFormat(options.output) : undefined);
  if (!format) {
    throw new UsageError(options.output
      ? `cannot tell the format from "${options.output}": use .html, .md, .csv, .json or .xlsx, or --format ${[...REPORT_FORMATS, 'xlsx'].join('|')}`
      : 'say where to write the report (-o review.html) or which format to print (--format html)');
  }
  if (format === 'xlsx' && options.output === undefined && io.stdout.isTTY) {
    throw new UsageError('a workbook is binary: write it to a file (-o review.xlsx) or redirect the output');
  }
  if (options.output !== undefined) checkOutputTargets([{ file: options.output, what: 'report' }], io.cwd);
  const runOptions = ctx.runOptions(paths, options);
  // JSON as accounts are scored (with a filter, nothing is written before its values are known to exist).
  const json = format === 'json' && runOptions.filter === undefined;
  if (json && options.output === undefined) return exitCodeFor((await streamJson(runOptions, ctx)).diagnostics);
  // CSV lines are made as accounts are scored (none is kept) and written as they come, but for the same filters.
  const csvStreamed = format === 'csv' && !runOptions.filter?.checksAfterRun;
  // For a file: written to its temporary file as accounts are scored, renamed into place at the end.
  const atomic = (json || csvStreamed) && options.output !== undefined ? openFileAtomic(resolve(io.cwd, options.output), { shown: options.output }) : undefined;
  const out = atomic ? batchedWriter(atomic) : csvStreamed ? batchedWriter(io.stdout) : undefined;
  try {
    const csv = format === 'csv' ? (await import('../../format/report/csv.js')).csvCollector(out) : undefined;
    const run = csv ? await runPortfolio({ ...runOptions, ...(!atomic && out && io.stdout.isTTY ? { progress: undefined } : {}), retainAccounts: false, onAccount: csv.add })
      : atomic ? await streamJson(runOptions, ctx, out)
      : format === 'html' || format === 'markdown' ? await reportRun(runOptions, true)
      : await runPortfolio(runOptions);
    ctx.progress.phase(`writing the ${format} report`);
    const data = { ...run, diagnostics: ctx.shown(run.diagnostics) };
    const lines = format === 'markdown' || format === 'html' ? reportChunks(format, data, { bubble: options.bubble }) : undefined;
    const text = csv ? csv.text() : atomic || lines ? '' : format === 'xlsx'
      ? await (await import('../../format/report/xlsx.js')).formatXlsx(data)
      : renderReport(format, data, { bubble: options.bubble });
    ctx.progress.end();
    out?.flush();
    if (options.output === undefined) {
      if (lines) await writeAll(io.stdout, lines);
      else if (!out) io.stdout.write(text);
    } else {
      checkOutputTarget(options.output, [...run.files, ...(run.config.file ? [run.config.file] : [])], io.cwd, 'report');
      if (atomic) atomic.commit();
      else if (lines) await writeFileChunks(resolve(io.cwd, options.output), lines, options.output);
      else writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
      // Counted by the run: CSV and JSON keep no accounts.
      const written = run.showing?.accounts ?? run.portfolio.accounts;
      if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${written}${run.showing ? ` of ${run.showing.of}` : ''} accounts)\n`);
    }
    return exitCodeFor(run.diagnostics);
  } finally {
    // A failed run or a refused target leaves no temporary file (after commit this does nothing).
    atomic?.abort();
  }
}

function workbookOrFormat(file: string): ReportFormat | 'xlsx' | undefined {
  return file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : formatFromFile(file);
}
