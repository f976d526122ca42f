import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  nearestAccounts
} from "./chunk-6BQ2MJE3.js";
import {
  accountDetail
} from "./chunk-2WSVE2U7.js";
import {
  gitFreshness,
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-WGPO3TYV.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/show.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function showCommand(target, options, ctx) {
  const { io } = ctx;
  const paths = options.in && options.in.length > 0 ? options.in : ctx.defaultPaths([]);
  const runOptions = ctx.runOptions(paths, options);
  if (target === void 0) {
    if (!runOptions.filter) throw new UsageError("say which account to show (its id or its file), or filter (--manager, --quadrant, --health, --tag, --industry, --where)");
    return showMany(runOptions, ctx);
  }
  if (runOptions.filter) throw new UsageError("give an account or filters, not both");
  const isFile = existsSync(resolve(io.cwd, target)) && statSync(resolve(io.cwd, target)).isFile();
  const showOptions = ctx.runOptions(isFile && !options.in ? [target] : paths, options);
  const run = await runPortfolio({ ...showOptions, keepAccounts: true });
  const result = run.accounts.find((a) => isFile ? resolve(io.cwd, a.file) === resolve(io.cwd, target) : a.id === target);
  if (!result) {
    const problems = run.diagnostics.filter((d) => d.severity === "error" && (isFile || d.account === target));
    if (problems.length > 0) {
      const { formatStylish } = await import("./stylish-XPSM6LN4.js");
      const width = ctx.widthFor(io.stdout);
      io.stdout.write(formatStylish(problems, { colors: await ctx.colorsFor(io.stdout), ...width !== void 0 ? { width } : {} }));
      return 1;
    }
    const near = nearestAccounts(target, run.accounts);
    const hint = near.length > 0 ? `; did you mean ${near.map((a) => `${a.id} (${a.name})`).join(", ")}?` : " (give its id or its file; kam list finds ids)";
    throw new UsageError(`no account "${target}" in ${paths.join(", ")}${hint}`);
  }
  const account = run.data.get(result.file);
  result.freshness = gitFreshness(showOptions, run.config, run.asOf, /* @__PURE__ */ new Set([result.file]))(result.file, account) ?? null;
  const detail = accountDetail(result, account, run.config, run.asOf, run.diagnostics);
  if (options.format === "json") {
    const { accountObject, diagnosticObject } = await import("./report-object-F7D4NOJ3.js");
    io.stdout.write(`${JSON.stringify({ asOf: run.asOf, account: accountObject(result), diagnostics: detail.diagnostics.map(diagnosticObject) }, null, 2)}
`);
  } else {
    const [{ formatShow }, { managerLoadOf }] = await Promise.all([import("./show-IRIA3YQ4.js"), import("./portfolio-GSH7EMVI.js")]);
    io.stdout.write(formatShow(detail, { colors: await ctx.colorsFor(io.stdout), config: run.config, asOf: run.asOf, manager: managerLoadOf(run.portfolio, result.manager) }));
  }
  return detail.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
async function showMany(runOptions, ctx) {
  const { io } = ctx;
  const run = await runPortfolio({ ...runOptions, keepAccounts: true });
  const { formatShow } = await import("./show-IRIA3YQ4.js");
  const colors = await ctx.colorsFor(io.stdout);
  ctx.progress.end();
  let errors = false;
  for (const result of run.accounts) {
    const detail = accountDetail(result, run.data.get(result.file), run.config, run.asOf, run.diagnostics);
    errors ||= detail.diagnostics.some((d) => d.severity === "error");
    io.stdout.write(`${formatShow(detail, { colors, config: run.config })}
`);
  }
  io.stdout.write(`${colors.dim(showingLine(run.showing))}
`);
  return errors ? 1 : 0;
}
export {
  showCommand
};
