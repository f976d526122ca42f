import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  checkOutputTarget,
  checkOutputTargets
} from "./chunk-HHWDPLHP.js";
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport,
  reportChunks
} from "./chunk-OZ64MXNM.js";
import "./chunk-2WSVE2U7.js";
import "./chunk-WF2LZKKU.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-W75QBZTN.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
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
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  batchedWriter,
  writeAll,
  writeFileChunks
} from "./chunk-RWHB5HOV.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import {
  openFileAtomic,
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-INXRK7NB.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-C65SMAYF.js";
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
  const runOptions = ctx.runOptions(paths, options);
  const json = format === "json" && runOptions.filter === void 0;
  if (json && options.output === void 0) return exitCodeFor((await streamJson(runOptions, ctx)).diagnostics);
  const csvStreamed = format === "csv" && !runOptions.filter?.checksAfterRun;
  const atomic = (json || csvStreamed) && options.output !== void 0 ? openFileAtomic(resolve(io.cwd, options.output), { shown: options.output }) : void 0;
  const out = atomic ? batchedWriter(atomic) : csvStreamed ? batchedWriter(io.stdout) : void 0;
  try {
    const csv = format === "csv" ? (await import("./csv-4MHJFVNF.js")).csvCollector(out) : void 0;
    const run = csv ? await runPortfolio({ ...runOptions, ...!atomic && out && io.stdout.isTTY ? { progress: void 0 } : {}, retainAccounts: false, onAccount: csv.add }) : atomic ? await streamJson(runOptions, ctx, out) : format === "html" || format === "markdown" ? await reportRun(runOptions, true) : await runPortfolio(runOptions);
    ctx.progress.phase(`writing the ${format} report`);
    const data = { ...run, diagnostics: ctx.shown(run.diagnostics) };
    const lines = format === "markdown" || format === "html" ? reportChunks(format, data, { bubble: options.bubble }) : void 0;
    const text = csv ? csv.text() : atomic || lines ? "" : format === "xlsx" ? await (await import("./xlsx-5JQSJYDN.js")).formatXlsx(data) : renderReport(format, data, { bubble: options.bubble });
    ctx.progress.end();
    out?.flush();
    if (options.output === void 0) {
      if (lines) await writeAll(io.stdout, lines);
      else if (!out) io.stdout.write(text);
    } else {
      checkOutputTarget(options.output, [...run.files, ...run.config.file ? [run.config.file] : []], io.cwd, "report");
      if (atomic) atomic.commit();
      else if (lines) await writeFileChunks(resolve(io.cwd, options.output), lines, options.output);
      else writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
      const written = run.showing?.accounts ?? run.portfolio.accounts;
      if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${written}${run.showing ? ` of ${run.showing.of}` : ""} accounts)
`);
    }
    return exitCodeFor(run.diagnostics);
  } finally {
    atomic?.abort();
  }
}
function workbookOrFormat(file) {
  return file.toLowerCase().endsWith(".xlsx") ? "xlsx" : formatFromFile(file);
}
export {
  reportCommand
};
