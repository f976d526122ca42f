import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  reportRun
} from "./chunk-25PWG6FE.js";
import "./chunk-UMBV7UVR.js";
import {
  streamJson
} from "./chunk-QB7NRNWX.js";
import {
  runPortfolio
} from "./chunk-PM6DRYCY.js";
import "./chunk-2LM7DQNE.js";
import "./chunk-U7J3TI66.js";
import "./chunk-CDJ7GAAG.js";
import {
  sortAccounts
} from "./chunk-DSZVSRCK.js";
import {
  batchedWriter,
  writeAll
} from "./chunk-I6ED35KJ.js";
import "./chunk-WGPO3TYV.js";
import {
  showingLine
} from "./chunk-PYU6DH7U.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-4Q6632EH.js";
import "./chunk-UGSV62AK.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-KRRVDRP5.js";
import "./chunk-ONOCOLYI.js";
import {
  exitCodeFor
} from "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/score.ts
async function scoreCommand(paths, options, ctx) {
  const { io } = ctx;
  const runOptions = { ...ctx.runOptions(paths, options), ...options.freshness ? { freshness: true } : {} };
  if (options.format === "jsonl") {
    const { jsonlAccount } = await import("./jsonl-RQ5XOT62.js");
    const waiting = runOptions.filter?.checksAfterRun ? [] : void 0;
    const out = batchedWriter(io.stdout);
    const run2 = await runPortfolio({
      ...runOptions,
      retainAccounts: false,
      onAccount: (a) => waiting ? void waiting.push(jsonlAccount(a)) : out.add(jsonlAccount(a))
    });
    if (waiting) await writeAll(io.stdout, waiting);
    out.flush();
    return exitCodeFor(run2.diagnostics, options.maxWarnings);
  }
  if (options.format === "json" && runOptions.filter) {
    const { formatJson } = await import("./json-ENGE3B6C.js");
    const accounts = [];
    const run2 = await runPortfolio({ ...runOptions, retainAccounts: false, onAccount: (a) => void accounts.push(a) });
    ctx.progress.end();
    io.stdout.write(formatJson({ ...run2, accounts, diagnostics: ctx.shown(run2.diagnostics) }));
    return exitCodeFor(run2.diagnostics, options.maxWarnings);
  }
  if (options.format === "json") {
    const run2 = await streamJson(runOptions, ctx);
    return exitCodeFor(run2.diagnostics, options.maxWarnings);
  }
  const csv = options.format === "csv" ? (await import("./csv-FKOFIG57.js")).csvCollector() : void 0;
  const run = csv ? await runPortfolio({ ...runOptions, retainAccounts: false, onAccount: csv.add }) : await reportRun(runOptions, options.format === "html" || options.format === "markdown");
  const shown = ctx.shown(run.diagnostics);
  ctx.progress.phase(options.format === "table" ? "laying out the table" : `writing the ${options.format} report`);
  if (options.format !== "table") {
    const { renderReport } = await import("./report-V24ZJRJA.js");
    const text = csv ? csv.text() : renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? "revenue" });
    ctx.progress.end();
    io.stdout.write(text);
  } else {
    const [{ formatTable, formatSummary }, { formatChart }, { formatStylish }] = await Promise.all([
      import("./table-US3TXFIL.js"),
      import("./terminal-chart-TT27TUBU.js"),
      import("./stylish-VTIR6YSR.js")
    ]);
    const colors = await ctx.colorsFor(io.stdout);
    const width = ctx.widthFor(io.stdout);
    const layout = { colors, width: width ?? 80, config: run.config, layout: io.stdout.isTTY ? "fit" : "full" };
    const chart = formatChart(run.accounts, layout);
    if (options.chart) {
      ctx.progress.end();
      io.stdout.write(run.showing ? `${chart}
${colors.dim(showingLine(run.showing))}
` : chart);
    } else {
      const table = formatTable(sortAccounts(run.accounts, options.sort, options.reverse), layout);
      ctx.progress.end();
      const showing = run.showing ? `${colors.dim(showingLine(run.showing))}
` : "";
      io.stdout.write(`${table}${showing}
${chart}
${formatSummary(run.accounts, run.portfolio, layout)}`);
      if (shown.length > 0) io.stdout.write(`
${formatStylish(shown, { colors, ...width !== void 0 ? { width } : {} })}`);
    }
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
export {
  scoreCommand
};
