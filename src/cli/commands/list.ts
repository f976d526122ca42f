import type { AccountResult } from '../../core/analyze.js';
import { recordSpellings, showingLine, type FilterOptions, type TextField } from '../../core/filter.js';
import { matchesText } from '../../core/find.js';
import { runPortfolio } from '../../pipeline/portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ListOptions extends FilterOptions {
  format: 'table' | 'json' | 'ids';
  config?: string;
  in?: string[];
  /** Hidden, for shell completion: the distinct values of a field, one a line. */
  values?: TextField;
}

/** `kam list [text]`: the accounts whose id or name contains the text, in file order. */
export async function listCommand(text: string | undefined, options: ListOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (options.values !== undefined) return listValues(options.values, text, options, ctx);
  const accounts: AccountResult[] = [];
  const run = await runPortfolio({
    ...ctx.runOptions(options.in ?? [], options),
    retainAccounts: false,
    onAccount: (a) => void (text === undefined || matchesText(a, text) ? accounts.push(a) : undefined),
  });
  ctx.progress.end();
  if (options.format === 'ids') {
    io.stdout.write(accounts.map((a) => `${a.id}\n`).join(''));
  } else if (options.format === 'json') {
    const rows = accounts.map((a) => ({ id: a.id, name: a.name, manager: a.manager, quadrant: a.quadrant, file: a.file }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const { formatList } = await import('../../format/terminal/list.js');
    const colors = await ctx.colorsFor(io.stdout);
    const of = run.showing?.of ?? run.portfolio.accounts;
    const note = accounts.length < of ? `${colors.dim(showingLine({ accounts: accounts.length, of }))}\n` : '';
    io.stdout.write(`${formatList(accounts, { colors, config: run.config })}${note}`);
  }
  return 0;
}

/**
 * `kam list --values manager|tag|industry`: each value once (in its first
 * spelling), sorted, for shell completion. A value with a control character
 * (a line break would split it) is left out: no shell word could carry it.
 */
async function listValues(field: TextField, text: string | undefined, options: ListOptions, ctx: CommandContext): Promise<number> {
  const spellings = new Map<string, string>();
  await runPortfolio({
    ...ctx.runOptions(options.in ?? [], options),
    retainAccounts: false,
    onAccount: (a) => void (text === undefined || matchesText(a, text) ? recordSpellings(spellings, a, field) : undefined),
  });
  ctx.progress.end();
  const values = [...spellings.values()].filter((v) => !/\p{Cc}/u.test(v)).sort((a, b) => a.localeCompare(b, 'en'));
  ctx.io.stdout.write(values.map((v) => `${v}\n`).join(''));
  return 0;
}
