/**
 * The SPEC 5 JSON object written to standard output while the portfolio is
 * read: each account as it is scored, then the portfolio and the findings.
 * No account is kept, so memory stays flat for any portfolio size
 * (kam score, kam check and kam validate --format json).
 */
import type { Diagnostic } from '../core/types.js';
import { runPortfolio, type PortfolioRun, type RunOptions } from '../portfolio-run.js';
import type { CommandContext } from './context.js';
import { batchedWriter } from './io.js';

export async function streamJson(options: RunOptions, ctx: CommandContext): Promise<PortfolioRun> {
  const { jsonStart, jsonAccount, jsonEnd } = await import('../format/json.js');
  const out = batchedWriter(ctx.io.stdout);
  let count = 0;
  const run = await runPortfolio({
    ...options,
    // JSON scrolling past on the terminal is progress enough: no line to draw over it.
    ...(ctx.io.stdout.isTTY ? { progress: undefined } : {}),
    retainAccounts: false,
    onStart: ({ asOf }) => out.add(jsonStart(asOf)),
    onAccount: (a) => out.add(jsonAccount(a, count++)),
  });
  const diagnostics: Diagnostic[] = ctx.shown(run.diagnostics);
  for (const chunk of jsonEnd({ ...run, diagnostics }, count)) await out.add(chunk);
  out.flush();
  return run;
}
