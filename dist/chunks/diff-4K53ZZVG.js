import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  loadSnapshot
} from "./chunk-O5NBD7TC.js";
import "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import {
  diffPortfolios
} from "./chunk-ITG53ZV7.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import {
  round
} from "./chunk-36A7K6WI.js";
import "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";

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
    const rounded = {
      base: before.label,
      head: after.label,
      ...diff,
      quadrantMoves: diff.quadrantMoves.map((m) => ({
        ...m,
        from: { ...m.from, attractiveness: round(m.from.attractiveness), strength: round(m.from.strength) },
        to: { ...m.to, attractiveness: round(m.to.attractiveness), strength: round(m.to.strength) },
        drivers: m.drivers.map((d) => ({ ...d, contribution: round(d.contribution, 4) }))
      }))
    };
    io.stdout.write(`${JSON.stringify(rounded, null, 2)}
`);
  } else if (options.format === "markdown") {
    const { formatDiffMarkdown } = await import("./diff-markdown-4IKLR6DL.js");
    io.stdout.write(formatDiffMarkdown(diff, { config: after.config, base: before.label, head: after.label }));
  } else {
    const { formatDiffText } = await import("./diff-text-QW7CLEFI.js");
    io.stdout.write(formatDiffText(diff, { colors: await ctx.colorsFor(io.stdout), config: after.config, base: before.label, head: after.label }));
  }
  return 0;
}
export {
  diffCommand
};
