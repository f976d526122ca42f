import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  matchesText
} from "./chunk-6BQ2MJE3.js";
import {
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-WGPO3TYV.js";
import {
  recordSpellings,
  showingLine
} from "./chunk-EPVBHNQJ.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/list.ts
async function listCommand(text, options, ctx) {
  const { io } = ctx;
  if (options.values !== void 0) return listValues(options.values, text, options, ctx);
  const accounts = [];
  const run = await runPortfolio({
    ...ctx.runOptions(options.in ?? [], options),
    retainAccounts: false,
    onAccount: (a) => void (text === void 0 || matchesText(a, text) ? accounts.push(a) : void 0)
  });
  ctx.progress.end();
  if (options.format === "ids") {
    io.stdout.write(accounts.map((a) => `${a.id}
`).join(""));
  } else if (options.format === "json") {
    const rows = accounts.map((a) => ({ id: a.id, name: a.name, manager: a.manager, quadrant: a.quadrant, file: a.file }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
  } else {
    const { formatList } = await import("./list-L6F4VIRA.js");
    const colors = await ctx.colorsFor(io.stdout);
    const of = run.showing?.of ?? run.portfolio.accounts;
    const note = accounts.length < of ? `${colors.dim(showingLine({ accounts: accounts.length, of }))}
` : "";
    io.stdout.write(`${formatList(accounts, { colors, config: run.config })}${note}`);
  }
  return 0;
}
async function listValues(field, text, options, ctx) {
  const spellings = /* @__PURE__ */ new Map();
  await runPortfolio({
    ...ctx.runOptions(options.in ?? [], options),
    retainAccounts: false,
    onAccount: (a) => void (text === void 0 || matchesText(a, text) ? recordSpellings(spellings, a, field) : void 0)
  });
  ctx.progress.end();
  const values = [...spellings.values()].filter((v) => !new RegExp("\\p{Cc}", "u").test(v)).sort((a, b) => a.localeCompare(b, "en"));
  ctx.io.stdout.write(values.map((v) => `${v}
`).join(""));
  return 0;
}
export {
  listCommand
};
