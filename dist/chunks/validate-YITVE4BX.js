import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  stdinAccount,
  stdinSearchPaths
} from "./chunk-7I4VXVWR.js";
import {
  formatStylish
} from "./chunk-LEXJYWWM.js";
import {
  streamJson
} from "./chunk-75ZQKXZW.js";
import {
  runPortfolio
} from "./chunk-B6Y3255Y.js";
import {
  VALIDATION_RULES
} from "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EYCLHUBO.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-F6F6S3TX.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-2AYEJTPV.js";
import "./chunk-2N4MUZR3.js";
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
