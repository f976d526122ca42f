import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  diffObject
} from "./chunk-FMUSOYNA.js";
import {
  loadSnapshot
} from "./chunk-FFLVHJDU.js";
import {
  diffPortfolios
} from "./chunk-X5SBUWEX.js";
import "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/diff.ts
async function diffCommand(base, head, options, ctx) {
  const { io } = ctx;
  const snapshotOptions = {
    cwd: io.cwd,
    paths: ctx.defaultPaths(options.in ?? []),
    today: ctx.today,
    ...options.asOf !== void 0 ? { asOf: options.asOf } : {},
    ...options.config !== void 0 ? { configFile: options.config } : {},
    // Files unchanged between the two revisions are parsed once.
    loadCache: /* @__PURE__ */ new Map()
  };
  const [before, after] = await Promise.all([loadSnapshot(base, snapshotOptions), loadSnapshot(head, snapshotOptions)]);
  const diff = diffPortfolios(before, after);
  if (options.format === "json") {
    const rounded = { base: before.label, head: after.label, ...diffObject(diff) };
    io.stdout.write(`${JSON.stringify(rounded, null, 2)}
`);
  } else if (options.format === "markdown") {
    const { formatDiffMarkdown } = await import("./markdown-JGA23SC5.js");
    io.stdout.write(formatDiffMarkdown(diff, { config: after.config, base: before.label, head: after.label }));
  } else {
    const { formatDiffText } = await import("./text-OE5J2DTM.js");
    io.stdout.write(formatDiffText(diff, { colors: await ctx.colorsFor(io.stdout), config: after.config, base: before.label, head: after.label }));
  }
  return 0;
}
export {
  diffCommand
};
