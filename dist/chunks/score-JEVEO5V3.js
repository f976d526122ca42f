import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  reportRun
} from "./chunk-NHC6WSZA.js";
import "./chunk-K5YYUQKW.js";
import {
  streamJson
} from "./chunk-G5TDRKZT.js";
import {
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import {
  sortAccounts
} from "./chunk-5MDDS3WO.js";
import {
  batchedWriter,
  writeAll
} from "./chunk-RWHB5HOV.js";
import "./chunk-WGPO3TYV.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import "./chunk-LLK3OUGP.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import {
  exitCodeFor
} from "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/score.ts
async function scoreCommand(paths, options, ctx) {
  const { io } = ctx;
  const runOptions = { ...ctx.runOptions(paths, options), ...options.freshness ? { freshness: true } : {} };
  if (options.format === "jsonl") {
    const { jsonlAccount } = await import("./jsonl-DZV5XQOR.js");
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
    const { formatJson } = await import("./json-MXLNW3LD.js");
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
  const csvOut = options.format === "csv" && !runOptions.filter?.checksAfterRun ? batchedWriter(io.stdout) : void 0;
  const csv = options.format === "csv" ? (await import("./csv-4MHJFVNF.js")).csvCollector(csvOut) : void 0;
  const run = csv ? await runPortfolio({ ...runOptions, ...csvOut && io.stdout.isTTY ? { progress: void 0 } : {}, retainAccounts: false, onAccount: csv.add }) : await reportRun(runOptions, options.format === "html" || options.format === "markdown");
  const shown = ctx.shown(run.diagnostics);
  ctx.progress.phase(options.format === "table" ? "laying out the table" : `writing the ${options.format} report`);
  if (options.format === "markdown" || options.format === "html") {
    const chunks = (await import("./formats-Y5BMPSPG.js")).reportChunks(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? "revenue" });
    ctx.progress.end();
    await writeAll(io.stdout, chunks);
  } else if (options.format !== "table") {
    const { renderReport } = await import("./formats-Y5BMPSPG.js");
    const text = csv ? csv.text() : renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? "revenue" });
    ctx.progress.end();
    if (csvOut) csvOut.flush();
    else io.stdout.write(text);
  } else {
    const [{ tableLines, formatSummary }, { formatChart }, { stylishLines }] = await Promise.all([
      import("./table-5VFZOJXD.js"),
      import("./chart-XFVG24TI.js"),
      import("./stylish-XPSM6LN4.js")
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
      const table = tableLines(sortAccounts(run.accounts, options.sort, options.reverse), layout);
      ctx.progress.end();
      const showing = run.showing ? `${colors.dim(showingLine(run.showing))}
` : "";
      const rest = `${showing}
${chart}
${formatSummary(run.accounts, run.portfolio, layout)}`;
      await writeAll(io.stdout, table, [rest]);
      if (shown.length > 0) await writeAll(io.stdout, ["\n"], stylishLines(shown, { colors, ...width !== void 0 ? { width } : {} }));
    }
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
export {
  scoreCommand
};
