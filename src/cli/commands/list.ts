import type { AccountResult } from '../../core/analyze.js';
import { showingLine, type FilterOptions } from '../../core/filter.js';
import { matchesText } from '../../core/find.js';
import { runPortfolio } from '../../portfolio-run.js';
import type { CommandContext } from '../context.js';

export interface ListOptions extends FilterOptions {
  format: 'table' | 'json' | 'ids';
  config?: string;
  in?: string[];
}

/** `kam list [text]`: the accounts whose id or name contains the text, in file order. */
export async function listCommand(text: string | undefined, options: ListOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
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
    const { formatList } = await import('../../format/list.js');
    const colors = await ctx.colorsFor(io.stdout);
    const of = run.showing?.of ?? run.portfolio.accounts;
    const note = accounts.length < of ? `${colors.dim(showingLine({ accounts: accounts.length, of }))}\n` : '';
    io.stdout.write(`${formatList(accounts, { colors, config: run.config })}${note}`);
  }
  return 0;
}
