import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  stdinAccount,
  stdinSearchPaths
} from "./chunk-GXQQIL6H.js";
import {
  formatStylish
} from "./chunk-BXZR3P5U.js";
import {
  streamJson
} from "./chunk-G5TDRKZT.js";
import {
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import {
  VALIDATION_RULES
} from "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-RWHB5HOV.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
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

// src/cli/commands/validate.ts
async function validateCommand(paths, options, ctx) {
  const { io } = ctx;
  const stdin = await stdinAccount(paths, options.stdinFilename, ctx);
  const runOptions = {
    ...ctx.runOptions(stdin ? stdinSearchPaths(stdin) : paths, options),
    ...stdin ? { stdin } : {},
    rules: VALIDATION_RULES
  };
  if (options.format === "json") return exitCodeFor((await streamJson(runOptions, ctx)).diagnostics, options.maxWarnings);
  const run = await runPortfolio({ ...runOptions, retainAccounts: false });
  const shown = ctx.shown(run.diagnostics);
  const width = ctx.widthFor(io.stdout);
  ctx.progress.end();
  io.stdout.write(formatStylish(shown, { colors: await ctx.colorsFor(io.stdout), files: run.files.length, hidden: run.diagnostics.length - shown.length, ...width !== void 0 ? { width } : {} }));
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}
export {
  validateCommand
};
