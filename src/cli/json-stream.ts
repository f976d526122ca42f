/**
 * The SPEC 5 JSON object written to standard output while the portfolio is
 * read: each account as it is scored, then the portfolio and the findings.
 * No account is kept, so memory stays flat for any portfolio size
 * (kam score, kam check and kam validate --format json). For a file, the
 * pieces go to `sink`, a batchedWriter over the file's temporary copy
 * (openFileAtomic), which is renamed into place at the end.
 */
import type { Diagnostic } from '../core/types.js';
import { runPortfolio, type PortfolioRun, type RunOptions } from '../pipeline/portfolio-run.js';
import type { CommandContext } from './context.js';
import { batchedWriter } from './io.js';

/** Where the pieces go: standard output or a file's temporary copy, in 64 KiB writes. */
type Sink = ReturnType<typeof batchedWriter>;

export async function streamJson(options: RunOptions, ctx: CommandContext, sink?: Sink): Promise<PortfolioRun> {
  const { jsonStart, jsonAccount, jsonEnd } = await import('../format/report/json.js');
  const out = sink ?? batchedWriter(ctx.io.stdout);
  let count = 0;
  const run = await runPortfolio({
    ...options,
    // JSON scrolling past on the terminal is progress enough: no line to draw over it.
    ...(!sink && ctx.io.stdout.isTTY ? { progress: undefined } : {}),
    retainAccounts: false,
    onStart: ({ asOf }) => out.add(jsonStart(asOf)),
    onAccount: (a) => out.add(jsonAccount(a, count++)),
  });
  const diagnostics: Diagnostic[] = ctx.shown(run.diagnostics);
  for (const chunk of jsonEnd({ ...run, diagnostics }, count)) await out.add(chunk);
  out.flush();
  return run;
}
