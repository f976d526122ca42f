import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  runPortfolio
} from "./chunk-B6Y3255Y.js";
import {
  batchedWriter
} from "./chunk-EYCLHUBO.js";

// src/cli/json-stream.ts
async function streamJson(options, ctx, sink) {
  const { jsonStart, jsonAccount, jsonEnd } = await import("./json-GIRCLWMZ.js");
  const out = sink ?? batchedWriter(ctx.io.stdout);
  let count = 0;
  const run = await runPortfolio({
    ...options,
    // JSON scrolling past on the terminal is progress enough: no line to draw over it.
    ...!sink && ctx.io.stdout.isTTY ? { progress: void 0 } : {},
    retainAccounts: false,
    onStart: ({ asOf }) => out.add(jsonStart(asOf)),
    onAccount: (a) => out.add(jsonAccount(a, count++))
  });
  const diagnostics = ctx.shown(run.diagnostics);
  for (const chunk of jsonEnd({ ...run, diagnostics }, count)) await out.add(chunk);
  out.flush();
  return run;
}

export {
  streamJson
};
