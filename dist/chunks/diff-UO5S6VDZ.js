import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  loadSnapshot
} from "./chunk-L43ENWBI.js";
import {
  diffPortfolios
} from "./chunk-ITG53ZV7.js";
import "./chunk-4N4P776B.js";
import "./chunk-MVIQRHAV.js";
import "./chunk-RSZUXVKS.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-EJQF67EU.js";
import "./chunk-VGEMTBDA.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-O7IMBHJA.js";
import "./chunk-USCXXCK4.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-JMEENXHA.js";
import "./chunk-I5XYLVYA.js";
import {
  round
} from "./chunk-JMTYS2QR.js";
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
    const { formatDiffMarkdown } = await import("./diff-markdown-PGZDL6EY.js");
    io.stdout.write(formatDiffMarkdown(diff, { config: after.config, base: before.label, head: after.label }));
  } else {
    const { formatDiffText } = await import("./diff-text-YWCMERWC.js");
    io.stdout.write(formatDiffText(diff, { colors: await ctx.colorsFor(io.stdout), config: after.config, base: before.label, head: after.label }));
  }
  return 0;
}
export {
  diffCommand
};
