import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  checkOutputTarget,
  checkOutputTargets
} from "./chunk-NSC2QICX.js";
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-ZQUHINBI.js";
import "./chunk-6MAEAXTT.js";
import "./chunk-PLC76JNY.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-YYPN44BD.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
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
  writeFileAtomic
} from "./chunk-FXI7BCZW.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import "./chunk-I6ED35KJ.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-PYU6DH7U.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-4Q6632EH.js";
import "./chunk-UGSV62AK.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-2NP2BD2B.js";
import "./chunk-KRRVDRP5.js";
import "./chunk-ONOCOLYI.js";
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
  const csv = format === "csv" ? (await import("./csv-FKOFIG57.js")).csvCollector() : void 0;
  const runOptions = ctx.runOptions(paths, options);
  const json = format === "json" && runOptions.filter === void 0;
  if (json && options.output === void 0) return exitCodeFor((await streamJson(runOptions, ctx)).diagnostics);
  const pieces = [];
  const run = csv ? await runPortfolio({ ...runOptions, retainAccounts: false, onAccount: csv.add }) : json ? await streamJson(runOptions, ctx, { add: (text2) => void pieces.push(Buffer.from(text2)), flush: () => void 0 }) : format === "html" || format === "markdown" ? await reportRun(runOptions, true) : await runPortfolio(runOptions);
  ctx.progress.phase(`writing the ${format} report`);
  const data = { ...run, diagnostics: ctx.shown(run.diagnostics) };
  const text = csv ? csv.text() : json ? Buffer.concat(pieces) : format === "xlsx" ? await (await import("./xlsx-TV6LVLRB.js")).formatXlsx(data) : renderReport(format, data, { bubble: options.bubble });
  ctx.progress.end();
  if (options.output === void 0) {
    io.stdout.write(text);
  } else {
    checkOutputTarget(options.output, [...run.files, ...run.config.file ? [run.config.file] : []], io.cwd, "report");
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    const written = run.showing?.accounts ?? run.portfolio.accounts;
    if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${written}${run.showing ? ` of ${run.showing.of}` : ""} accounts)
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
