import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-AVV4CH2Q.js";
import {
  runPortfolio
} from "./chunk-UO3XXP57.js";
import {
  VALIDATION_RULES
} from "./chunk-ZS5HRSH3.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EQWHRGNW.js";
import {
  formatJson
} from "./chunk-H3VRS2WE.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-36A7K6WI.js";
import {
  exitCodeFor
} from "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";

// src/cli/commands/validate.ts
async function validateCommand(paths, options, ctx) {
  const { io } = ctx;
  const run = await runPortfolio({
    ...ctx.runOptions(paths, options),
    rules: VALIDATION_RULES
  });
  const shown = ctx.shown(run.diagnostics);
  const width = ctx.widthFor(io.stdout);
  ctx.progress.end();
  io.stdout.write(
    options.format === "json" ? formatJson({ ...run, diagnostics: shown }) : formatStylish(shown, { colors: await ctx.colorsFor(io.stdout), files: run.files.length, hidden: run.diagnostics.length - shown.length, ...width !== void 0 ? { width } : {} })
  );
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
export {
  validateCommand
};
