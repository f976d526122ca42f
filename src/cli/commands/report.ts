import { resolve } from 'node:path';
import { terminalSafe } from '../../format/terminal-text.js';
import { exitCodeFor } from '../../core/exit-code.js';
import { formatFromFile, REPORT_FORMATS, renderReport, type ReportFormat } from '../../format/report.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { UsageError } from '../../io/errors.js';
import { checkOutputTarget } from '../../io/output-guard.js';
import { runPortfolio } from '../../portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ReportOptions {
  output?: string;
  format?: ReportFormat;
  config?: string;
  asOf?: string;
  bubble: 'revenue' | 'potential';
}

/** `kam report`: the portfolio review as HTML, Markdown, CSV or JSON, written atomically. */
export async function reportCommand(paths: string[], options: ReportOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const format = options.format ?? (options.output ? formatFromFile(options.output) : undefined);
  if (!format) {
    throw new UsageError(options.output
      ? `cannot tell the format from "${options.output}": use .html, .md, .csv or .json, or --format ${REPORT_FORMATS.join('|')}`
      : 'say where to write the report (-o review.html) or which format to print (--format html)');
  }
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    keepAccounts: format === 'html' || format === 'markdown',
  });
  ctx.progress.phase(`writing the ${format} report`);
  const text = renderReport(format, { ...run, diagnostics: ctx.shown(run.diagnostics) }, { bubble: options.bubble });
  ctx.progress.end();
  if (options.output === undefined) {
    io.stdout.write(text);
  } else {
    checkOutputTarget(options.output, [...run.files, ...(run.config.file ? [run.config.file] : [])], io.cwd, 'report');
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${run.accounts.length} accounts)\n`);
  }
  return exitCodeFor(run.diagnostics);
}
