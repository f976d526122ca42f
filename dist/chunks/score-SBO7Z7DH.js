import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  runPortfolio
} from "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import {
  sortAccounts
} from "./chunk-ZU5RQQ34.js";
import {
  batchedWriter
} from "./chunk-QST4GCAC.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import {
  exitCodeFor
} from "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";

// src/cli/commands/score.ts
async function scoreCommand(paths, options, ctx) {
  const { io } = ctx;
  if (options.format === "json") {
    const { jsonStart, jsonAccount, jsonEnd } = await import("./json-CIXMDIAL.js");
    const out = batchedWriter(io.stdout);
    let count = 0;
    const run2 = await runPortfolio({
      ...ctx.runOptions(paths, options),
      // JSON scrolling past on the terminal is progress enough: no line to draw over it.
      ...io.stdout.isTTY ? { progress: void 0 } : {},
      ...options.freshness ? { freshness: true } : {},
      retainAccounts: false,
      onStart: ({ asOf }) => out.add(jsonStart(asOf)),
      onAccount: (a) => out.add(jsonAccount(a, count++))
    });
    for (const chunk of jsonEnd({ ...run2, diagnostics: ctx.shown(run2.diagnostics) }, count)) await out.add(chunk);
    out.flush();
    return exitCodeFor(run2.diagnostics, options.maxWarnings);
  }
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    ...options.freshness ? { freshness: true } : {},
    keepAccounts: options.format === "html" || options.format === "markdown"
  });
  const shown = ctx.shown(run.diagnostics);
  ctx.progress.phase(options.format === "table" ? "laying out the table" : `writing the ${options.format} report`);
  if (options.format !== "table") {
    const { renderReport } = await import("./report-5II3UJPT.js");
    const text = renderReport(options.format, { ...run, diagnostics: shown }, { bubble: options.bubble ?? "revenue" });
    ctx.progress.end();
    io.stdout.write(text);
  } else {
    const [{ formatTable, formatSummary }, { formatChart }, { formatStylish }] = await Promise.all([
      import("./table-5UDXLOMR.js"),
      import("./terminal-chart-P7LWMR3B.js"),
      import("./stylish-LPFPJCY2.js")
    ]);
    const colors = await ctx.colorsFor(io.stdout);
    const width = ctx.widthFor(io.stdout);
    const layout = { colors, width: width ?? 80, config: run.config, layout: io.stdout.isTTY ? "fit" : "full" };
    const chart = formatChart(run.accounts, layout);
    if (options.chart) {
      ctx.progress.end();
      io.stdout.write(chart);
    } else {
      const table = formatTable(sortAccounts(run.accounts, options.sort), layout);
      ctx.progress.end();
      io.stdout.write(`${table}
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
