import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  checkOutputTarget
} from "./chunk-IJHWXXFU.js";
import {
  runPortfolio
} from "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import {
  writeFileAtomic
} from "./chunk-XXCZGDQM.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-MMFVYLVT.js";
import "./chunk-VHHVPENU.js";
import "./chunk-3TAJNFT6.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-KC734WXJ.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-GOVVWQEU.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-H3VRS2WE.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-36A7K6WI.js";
import {
  exitCodeFor
} from "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";

// src/cli/commands/report.ts
import { resolve } from "node:path";
async function reportCommand(paths, options, ctx) {
  const { io } = ctx;
  const format = options.format ?? (options.output ? formatFromFile(options.output) : void 0);
  if (!format) {
    throw new UsageError(options.output ? `cannot tell the format from "${options.output}": use .html, .md, .csv or .json, or --format ${REPORT_FORMATS.join("|")}` : "say where to write the report (-o review.html) or which format to print (--format html)");
  }
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    keepAccounts: format === "html" || format === "markdown"
  });
  ctx.progress.phase(`writing the ${format} report`);
  const text = renderReport(format, { ...run, diagnostics: ctx.shown(run.diagnostics) }, { bubble: options.bubble });
  ctx.progress.end();
  if (options.output === void 0) {
    io.stdout.write(text);
  } else {
    checkOutputTarget(options.output, [...run.files, ...run.config.file ? [run.config.file] : []], io.cwd, "report");
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    if (!ctx.globals.quiet) io.stderr.write(`kam: wrote ${terminalSafe(options.output)} (${run.accounts.length} accounts)
`);
  }
  return exitCodeFor(run.diagnostics);
}
export {
  reportCommand
};
