import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  checkOutputTarget,
  checkOutputTargets
} from "./chunk-NSC2QICX.js";
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-FENWPBAZ.js";
import "./chunk-Q6R6WNX3.js";
import "./chunk-4NQ6FCNR.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-E4YL7CVQ.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import {
  runPortfolio
} from "./chunk-ZIRY3Z6R.js";
import "./chunk-SXZCZVHU.js";
import "./chunk-HZSPLG3T.js";
import "./chunk-CDJ7GAAG.js";
import {
  writeFileAtomic
} from "./chunk-FXI7BCZW.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EKMQWVSN.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-PW5BOUXJ.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-N24P5VX3.js";
import "./chunk-PQTQPDBU.js";
import "./chunk-N75JVWZT.js";
import "./chunk-N6QECX3L.js";
import {
  exitCodeFor
} from "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/report.ts
import { resolve } from "node:path";
async function reportCommand(paths, options, ctx) {
  const { io } = ctx;
  const format = options.format ?? (options.output ? workbookOrFormat(options.output) : void 0);
  if (!format) {
    throw new UsageError(options.output ? `cannot tell the format from "${options.output}": use .html, .md, .csv, .json or .xlsx, or --format ${[...REPORT_FORMATS, "xlsx"].join("|")}` : "say where to write the report (-o review.html) or which format to print (--format html)");
  }
  if (format === "xlsx" && options.output === void 0 && io.stdout.isTTY) {
    throw new UsageError("a workbook is binary: write it to a file (-o review.xlsx) or redirect the output");
  }
  if (options.output !== void 0) checkOutputTargets([{ file: options.output, what: "report" }], io.cwd);
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    keepAccounts: format === "html" || format === "markdown"
  });
  ctx.progress.phase(`writing the ${format} report`);
  const data = { ...run, diagnostics: ctx.shown(run.diagnostics) };
  const text = format === "xlsx" ? await (await import("./xlsx-LSKDS7TK.js")).formatXlsx(data) : renderReport(format, data, { bubble: options.bubble });
  ctx.progress.end();
  if (options.output === void 0) {
    io.stdout.write(text);
  } else {
    checkOutputTarget(options.output, [...run.files, ...run.config.file ? [run.config.file] : []], io.cwd, "report");
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${run.accounts.length}${run.showing ? ` of ${run.showing.of}` : ""} accounts)
`);
  }
  return exitCodeFor(run.diagnostics);
}
function workbookOrFormat(file) {
  return file.toLowerCase().endsWith(".xlsx") ? "xlsx" : formatFromFile(file);
}
export {
  reportCommand
};
