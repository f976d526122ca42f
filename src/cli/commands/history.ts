/**
 * `kam history [paths…]`: each account's trail and the portfolio's
 * composition across git snapshots (tags, months or quarters, or named
 * revisions). Each snapshot is scored as of its commit date; each distinct
 * blob is parsed once for the whole run.
 */
import { resolve } from 'node:path';
import type { FilterOptions } from '../../core/filter.js';
import { buildHistory, filterHistory, type History, type ScoredSnapshot } from '../../core/history.js';
import { label } from '../../core/labels.js';
import type { QuadrantId } from '../../core/types.js';
import { writeFileAtomic } from '../../io/files/atomic-write.js';
import { selectSnapshots, type Every } from '../../io/git/git-history.js';
import type { LoadedFile } from '../../io/yaml/load-account.js';
import { loadSnapshot, type LabelledSnapshot } from '../../pipeline/snapshot.js';
import { checkOutputTarget, checkOutputTargets } from '../../io/files/output-guard.js';
import { filterUsage, type CommandContext } from '../context.js';
import { UsageError } from '../../io/errors.js';

export interface HistoryOptions extends FilterOptions {
  format: 'table' | 'json' | 'csv' | 'markdown' | 'html';
  every?: Every;
  revs?: string;
  since?: string;
  config?: string;
  output?: string;
}

/** The health status of an account result, when the health computation is present. */
const healthOf = (a: object): string | null => (a as { health?: { status?: string } }).health?.status ?? null;

export async function historyCommand(paths: string[], options: HistoryOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (options.output !== undefined) {
    if (options.output.startsWith('-')) throw new UsageError(`"${options.output}" is not a file name`);
    checkOutputTargets([{ file: options.output, what: 'history' }], io.cwd);
  }
  const filter = ctx.filter(options);
  const refs = selectSnapshots(io.cwd, {
    ...(options.every ? { every: options.every } : {}),
    ...(options.revs !== undefined ? { revs: options.revs.split(',').map((r) => r.trim()).filter(Boolean) } : {}),
    ...(options.since !== undefined ? { since: options.since } : {}),
  });
  const loadCache = new Map<string, LoadedFile>();
  const scored: ScoredSnapshot[] = [];
  let last: LabelledSnapshot | undefined;
  for (const ref of refs) {
    last = await loadSnapshot(ref.commit!, {
      cwd: io.cwd, paths: ctx.defaultPaths(paths), today: ctx.today, asOf: ref.date, loadCache,
      ...(options.config !== undefined ? { configFile: options.config } : {}),
    });
    scored.push({ ref, accounts: last.accounts.map((a) => ({ ...a, healthStatus: healthOf(a) })), invalid: last.invalid ?? [] });
  }
  const all = buildHistory(scored);
  const history = filter ? filterUsage(() => filterHistory(all, scored, filter)) : all;
  const config = last!.config;
  const quadrantName = (id: string) => label(id as QuadrantId, config);
  // `-o history.html` implies the HTML page.
  const format = options.output?.toLowerCase().endsWith('.html') && options.format === 'table' ? 'html' : options.format;
  const text = format === 'html'
    ? (await import('../../format/history/html.js')).formatHistoryHtml(history, { quadrantName, thresholds: config.thresholds })
    : await render(history, format, quadrantName, loadCache.size);
  if (options.output) {
    checkOutputTarget(options.output, [...new Set(scored.flatMap((s) => s.accounts.map((a) => a.file)))], io.cwd, 'history');
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    io.stderr.write(`Wrote ${options.output}: ${history.accounts.length}${history.showing ? ` of ${history.showing.of}` : ''} accounts over ${history.snapshots.length} snapshots (${loadCache.size} distinct files parsed)\n`);
  } else io.stdout.write(text);
  for (const p of history.portfolio) {
    if (p.invalid > 0) io.stderr.write(`${history.snapshots[p.at]!.label}: ${p.invalid} invalid file(s) left out of that snapshot (shown in the trails)\n`);
  }
  return 0;
}

async function render(history: History, format: Exclude<HistoryOptions['format'], 'html'>, quadrantName: (id: string) => string, parsed: number): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ kam: { history: 1 }, parsed, ...history }, null, 2)}\n`;
    case 'csv':
      return (await import('../../format/history/csv.js')).formatHistoryCsv(history);
    case 'markdown':
      return (await import('../../format/history/markdown.js')).formatHistoryMarkdown(history, { quadrantName });
    default:
      return (await import('../../format/history/text.js')).formatHistoryText(history, { quadrantName });
  }
}
