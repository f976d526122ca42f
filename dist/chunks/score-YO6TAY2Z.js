import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  reportRun
} from "./chunk-VKDQ4VRM.js";
import "./chunk-LZTTLQAO.js";
import {
  streamJson
} from "./chunk-SKECXF2I.js";
import {
  runPortfolio
} from "./chunk-RYPAM42N.js";
import "./chunk-SXZCZVHU.js";
import "./chunk-HZSPLG3T.js";
import "./chunk-CDJ7GAAG.js";
import {
  sortAccounts
} from "./chunk-K3LVXKD7.js";
import {
  batchedWriter,
  writeAll
} from "./chunk-I6ED35KJ.js";
import "./chunk-WGPO3TYV.js";
import {
  showingLine
} from "./chunk-EKMQWVSN.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-PW5BOUXJ.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-PQTQPDBU.js";
import "./chunk-N75JVWZT.js";
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
    const { formatJson } = await import("./json-MWGDRDWZ.js");
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
    const { renderReport } = await import("./report-L67DS6ZT.js");
    const text = csv ? csv.text() : renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? "revenue" });
    ctx.progress.end();
    io.stdout.write(text);
  } else {
    const [{ formatTable, formatSummary }, { formatChart }, { formatStylish }] = await Promise.all([
      import("./table-KN7JINN5.js"),
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
