import { diffPortfolios } from '../../core/diff.js';
import { diffObject } from '../../format/diff/json.js';
import { loadSnapshot } from '../../pipeline/snapshot.js';
import type { CommandContext } from '../context.js';

export interface DiffOptions {
  format: 'table' | 'markdown' | 'json';
  config?: string;
  asOf?: string;
  in?: string[];
}

/** `kam diff <base> [<head>]`: what moved between two snapshots, and why. */
export async function diffCommand(base: string, head: string | undefined, options: DiffOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const snapshotOptions = {
    cwd: io.cwd,
    paths: ctx.defaultPaths(options.in ?? []),
    today: ctx.today,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    // Files unchanged between the two revisions are parsed once.
    loadCache: new Map(),
  };
  const [before, after] = await Promise.all([loadSnapshot(base, snapshotOptions), loadSnapshot(head, snapshotOptions)]);
  const diff = diffPortfolios(before, after);
  if (options.format === 'json') {
    const rounded = { base: before.label, head: after.label, ...diffObject(diff) };
    io.stdout.write(`${JSON.stringify(rounded, null, 2)}\n`);
  } else if (options.format === 'markdown') {
    const { formatDiffMarkdown } = await import('../../format/diff/markdown.js');
    io.stdout.write(formatDiffMarkdown(diff, { config: after.config, base: before.label, head: after.label }));
  } else {
    const { formatDiffText } = await import('../../format/diff/text.js');
    io.stdout.write(formatDiffText(diff, { colors: await ctx.colorsFor(io.stdout), config: after.config, base: before.label, head: after.label }));
  }
  return 0;
}
