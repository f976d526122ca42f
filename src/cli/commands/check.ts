import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { counted } from '../../core/accept.js';
import { exitCodeFor, tooManyWarnings } from '../../core/exit-code.js';
import { showingLine, type FilterOptions } from '../../core/filter.js';
import type { PortfolioDiff } from '../../core/diff.js';
import type { Config, Diagnostic } from '../../core/types.js';
import type { JunitOptions } from '../../format/check/junit.js';
import type { ReportInput } from '../../format/report-object.js';
import { ruleCatalog } from '../../format/check/rule-catalog.js';
import { writeFileAtomic } from '../../io/files/atomic-write.js';
import { UsageError } from '../../io/errors.js';
import { checkOutputTarget, checkOutputTargets } from '../../io/files/output-guard.js';
import { runPortfolio, type PortfolioRun } from '../../pipeline/portfolio-run.js';
import type { CommandContext } from '../context.js';
import { streamJson } from '../json-stream.js';
import { stdinAccount, stdinSearchPaths } from '../stdin.js';
import { writeAll, writeFileChunks } from '../io.js';
import { REPOSITORY_URL, RULES_DOCS } from '../project.js';
import { VERSION } from '../version.js';

export const CHECK_FORMATS = ['stylish', 'json', 'jsonl', 'github', 'junit', 'sarif', 'gitlab', 'markdown'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions extends FilterOptions {
  format: string[];
  output?: string;
  config?: string;
  asOf?: string;
  maxWarnings?: number;
  /** A git revision (or directory, or kam score JSON) whose moves are added to the summary. */
  baseline?: string;
  stdinFilename?: string;
}

/** GitHub refuses step summaries above 1 MiB. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** The text cut to at most `limit` bytes of UTF-8 (GitHub counts bytes), never inside a character. */
export function withinBytes(text: string, limit: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= limit) return text;
  const note = '\n\n… (cut at GitHub\'s size limit for a step summary)\n';
  let end = limit - Buffer.byteLength(note);
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back to the start of a character
  return bytes.subarray(0, end).toString('utf8') + note;
}

/** `--format NAME` or `--format NAME=FILE`; a lone `-o FILE` belongs to the last format. */
export function parseOutputs(formats: string[], output: string | undefined): { format: CheckFormat; file?: string }[] {
  const specs = (formats.length > 0 ? formats : ['stylish']).map((spec) => {
    const [name, ...rest] = spec.split('=');
    if (!CHECK_FORMATS.includes(name as CheckFormat)) {
      throw new UsageError(`unknown format "${name}": use one of ${CHECK_FORMATS.join(', ')}`);
    }
    return { format: name as CheckFormat, ...(rest.length > 0 ? { file: rest.join('=') } : {}) };
  });
  if (output !== undefined) {
    const last = specs[specs.length - 1]!;
    if (last.file !== undefined) throw new UsageError('-o names a file for a format that already has one (--format NAME=FILE)');
    last.file = output;
  }
  if (specs.filter((s) => s.file === undefined).length > 1) {
    throw new UsageError('only one format can go to standard output; give the others a file (--format NAME=FILE)');
  }
  return specs;
}

/** Code scanning, GitLab and GitHub resolve paths against the repository, not against where kam ran. */
async function repositoryPaths(diagnostics: readonly Diagnostic[], cwd: string): Promise<Diagnostic[]> {
  const { ciPath, findRepoRoot } = await import('../../io/git/repo-root.js');
  const root = findRepoRoot(cwd);
  const mapped = new Map<string, string>();
  return diagnostics.map((d) => {
    let file = mapped.get(d.file);
    if (file === undefined) mapped.set(d.file, (file = ciPath(d.file, cwd, root)));
    return { ...d, file };
  });
}

/** What the formats need to know about the run beyond its results. */
interface RunFacts {
  settings: Parameters<typeof ruleCatalog>[0];
  /** Warnings hidden by --quiet. */
  hidden: number;
  /** The run fails on its warnings (--max-warnings). */
  warningsFail: boolean;
  started: Date;
}

/** The formats written as one text (the others go out in pieces, see checkCommand); json here only with --baseline's moves. */
type TextFormat = Exclude<CheckFormat, 'jsonl' | 'junit' | 'sarif' | 'gitlab'>;

async function render(format: TextFormat, input: ReportInput, ctx: CommandContext, facts: RunFacts, toTerminal: boolean): Promise<string> {
  const { files } = input;
  const { hidden } = facts;
  const diagnostics = format === 'github' ? await repositoryPaths(input.diagnostics, ctx.io.cwd) : input.diagnostics;
  switch (format) {
    case 'stylish': {
      const { formatStylish } = await import('../../format/check/stylish.js');
      const colors = toTerminal ? await ctx.colorsFor(ctx.io.stdout) : (await import('../../format/colors.js')).NO_COLORS;
      const width = toTerminal ? ctx.widthFor(ctx.io.stdout) : undefined;
      return formatStylish(diagnostics, { colors, files: files.length, hidden, ...(width !== undefined ? { width } : {}) });
    }
    case 'json':
      return (await import('../../format/report/json.js')).formatJson(input);
    // Annotations are for what still counts: accepted findings are left out (as from JUnit and Code Quality).
    case 'github':
      return (await import('../../format/check/github.js')).formatGithub(counted(diagnostics));
    case 'markdown':
      return (await import('../../format/check/markdown.js')).formatCheckMarkdown(diagnostics, { files: files.length });
  }
}

/** SARIF and GitLab Code Quality, a finding at a time; `diagnostics` with repository paths. */
async function codeScanningChunks(format: 'sarif' | 'gitlab', diagnostics: readonly Diagnostic[], settings: RunFacts['settings']): Promise<Iterable<string>> {
  if (format === 'gitlab') return (await import('../../format/check/gitlab.js')).gitlabChunks(counted(diagnostics));
  return (await import('../../format/check/sarif.js')).sarifChunks(diagnostics, {
    rules: ruleCatalog(settings), version: VERSION, informationUri: REPOSITORY_URL, rulesDocs: RULES_DOCS,
  });
}

function junitOptions(input: ReportInput, ctx: CommandContext, facts: RunFacts): JunitOptions {
  return { files: input.files, rules: ruleCatalog(facts.settings), warningsFail: facts.warningsFail, seconds: (ctx.io.now().getTime() - facts.started.getTime()) / 1000 };
}

interface Moves {
  diff: PortfolioDiff;
  base: string;
}

async function baselineMoves(baseline: string, run: PortfolioRun, paths: string[], options: CheckOptions, ctx: CommandContext): Promise<Moves> {
  const { loadSnapshot } = await import('../../pipeline/snapshot.js');
  const { diffPortfolios } = await import('../../core/diff.js');
  const before = await loadSnapshot(baseline, {
    cwd: ctx.io.cwd, paths: ctx.defaultPaths(paths), today: ctx.today,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.config !== undefined ? { configFile: options.config } : {}),
  });
  return { diff: diffPortfolios(before, run), base: before.label };
}

/** The moves since the baseline, in the summary of the formats people read. */
async function withMoves(format: CheckFormat, text: string, moves: Moves, config: Config, ctx: CommandContext, toTerminal: boolean): Promise<string> {
  if (format === 'stylish') {
    const { formatDiffText } = await import('../../format/diff/text.js');
    const colors = toTerminal ? await ctx.colorsFor(ctx.io.stdout) : (await import('../../format/colors.js')).NO_COLORS;
    return `${text}\n${formatDiffText(moves.diff, { colors, config, base: moves.base, head: 'working tree' })}`;
  }
  if (format === 'markdown') {
    const { formatDiffMarkdown } = await import('../../format/diff/markdown.js');
    return `${text}\n${formatDiffMarkdown(moves.diff, { config, base: moves.base, head: 'this change' })}`;
  }
  if (format === 'json') {
    const object = JSON.parse(text) as Record<string, unknown>;
    const { diffObject } = await import('../../format/diff/json.js');
    return `${JSON.stringify({ ...object, moves: { base: moves.base, ...diffObject(moves.diff) } }, null, 2)}\n`;
  }
  return text;
}

export async function checkCommand(paths: string[], options: CheckOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const started = io.now();
  const outputs = parseOutputs(options.format, options.output);
  const targets = outputs.flatMap((o) => (o.file === undefined ? [] : [{ file: o.file, what: `${o.format} report` }]));
  checkOutputTargets(targets, io.cwd);
  const stdin = await stdinAccount(paths, options.stdinFilename, ctx);
  if (stdin && options.baseline !== undefined) throw new UsageError('--baseline compares portfolios: it does not go with - (standard input)');
  const runOptions = {
    ...ctx.runOptions(stdin ? stdinSearchPaths(stdin) : paths, options),
    ...(stdin ? { stdin } : {}),
    keepAccounts: options.baseline !== undefined,
    // Only the JSON object and the moves since a baseline need the accounts: the findings alone keep memory flat.
    retainAccounts: options.baseline !== undefined || outputs.some((o) => o.format === 'json'),
  };
  // The JSON object alone on standard output is written as accounts are scored, as kam score does
  // (with a filter, nothing is written before its values are known to exist).
  const streamed = outputs.length === 1 && outputs[0]!.format === 'json' && outputs[0]!.file === undefined
    && options.baseline === undefined && runOptions.filter === undefined;
  const run = streamed ? await streamJson(runOptions, ctx) : await runPortfolio(runOptions);
  const moves = options.baseline === undefined ? undefined : await baselineMoves(options.baseline, run, paths, options, ctx);
  const inputs = [...run.files, ...(run.config.file ? [run.config.file] : [])];
  for (const t of targets) checkOutputTarget(t.file, inputs, io.cwd, t.what);
  const shown: Diagnostic[] = ctx.shown(run.diagnostics);
  const input: ReportInput = { ...run, diagnostics: shown };
  if (!streamed) ctx.progress.phase('writing the findings');
  const facts: RunFacts = {
    settings: run.config.rules, hidden: run.diagnostics.length - shown.length, warningsFail: tooManyWarnings(run.diagnostics, options.maxWarnings), started,
  };
  for (const o of outputs) {
    if (streamed) break;
    if (o.file === undefined) ctx.progress.end();
    // The SPEC 5 object (of the accounts a filter shows), the JSON lines, the JUnit XML (a testsuite at a time),
    // SARIF and Code Quality (a finding at a time) go out in 64 KiB writes: at 100,000 files the whole text would be hundreds of MiB.
    if (o.format === 'jsonl' || o.format === 'junit' || o.format === 'sarif' || o.format === 'gitlab' || (o.format === 'json' && !moves)) {
      const chunks = o.format === 'json' ? (await import('../../format/report/json.js')).jsonChunks(input)
        : o.format === 'jsonl' ? (await import('../../format/report/jsonl.js')).jsonlDiagnostics(shown)
        : o.format === 'junit' ? (await import('../../format/check/junit.js')).junitChunks(counted(shown), junitOptions(input, ctx, facts))
        : await codeScanningChunks(o.format, await repositoryPaths(shown, io.cwd), facts.settings);
      if (o.file === undefined) await writeAll(io.stdout, chunks);
      else await writeFileChunks(resolve(io.cwd, o.file), chunks, o.file);
      continue;
    }
    let text = await render(o.format, input, ctx, facts, o.file === undefined);
    if (run.showing && (o.format === 'stylish' || o.format === 'markdown')) text += `\n${o.format === 'markdown' ? `_${showingLine(run.showing)}_` : showingLine(run.showing)}\n`;
    if (moves) text = await withMoves(o.format, text, moves, run.config, ctx, o.file === undefined);
    if (o.file === undefined) io.stdout.write(text);
    else writeFileAtomic(resolve(io.cwd, o.file), text, { shown: o.file });
  }
  // In GitHub Actions, the annotations come with a readable summary on the run's page.
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary && outputs.some((o) => o.format === 'github')) {
    const { formatCheckMarkdown } = await import('../../format/check/markdown.js');
    let text = formatCheckMarkdown(shown, { files: run.files.length, maxBytes: STEP_SUMMARY_LIMIT });
    if (moves) text = await withMoves('markdown', text, moves, run.config, ctx, false);
    appendFileSync(summary, withinBytes(text, STEP_SUMMARY_LIMIT));
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
