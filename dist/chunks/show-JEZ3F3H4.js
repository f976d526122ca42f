import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  runPortfolio
} from "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  accountDetail
} from "./chunk-3TAJNFT6.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-AQOK7LRR.js";

// src/cli/commands/show.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function showCommand(target, options, ctx) {
  const { io } = ctx;
  const isFile = existsSync(resolve(io.cwd, target)) && statSync(resolve(io.cwd, target)).isFile();
  const paths = options.in && options.in.length > 0 ? options.in : ctx.defaultPaths([]);
  const run = await runPortfolio({ ...ctx.runOptions(isFile && !options.in ? [target] : paths, options), keepAccounts: true, freshness: true });
  const result = run.accounts.find((a) => isFile ? resolve(io.cwd, a.file) === resolve(io.cwd, target) : a.id === target);
  if (!result) {
    const problems = run.diagnostics.filter((d) => d.severity === "error" && (isFile || d.account === target));
    if (problems.length > 0) {
      const { formatStylish } = await import("./stylish-LPFPJCY2.js");
      const width = ctx.widthFor(io.stdout);
      io.stdout.write(formatStylish(problems, { colors: await ctx.colorsFor(io.stdout), ...width !== void 0 ? { width } : {} }));
      return 1;
    }
    throw new UsageError(`no account "${target}" in ${paths.join(", ")} (give its id or its file)`);
  }
  const detail = accountDetail(result, run.data.get(result.file), run.config, run.asOf, run.diagnostics);
  if (options.format === "json") {
    const { accountObject, diagnosticObject } = await import("./report-object-ELNDTHP3.js");
    io.stdout.write(`${JSON.stringify({ asOf: run.asOf, account: accountObject(result), diagnostics: detail.diagnostics.map(diagnosticObject) }, null, 2)}
`);
  } else {
    const [{ formatShow }, { managerLoadOf }] = await Promise.all([import("./show-4PARROTM.js"), import("./portfolio-22GQA62Q.js")]);
    io.stdout.write(formatShow(detail, { colors: await ctx.colorsFor(io.stdout), config: run.config, asOf: run.asOf, manager: managerLoadOf(run.portfolio, result.manager) }));
  }
  return detail.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
export {
  showCommand
};
