import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import {
  batchedWriter
} from "./chunk-RWHB5HOV.js";

// src/cli/json-stream.ts
async function streamJson(options, ctx, sink) {
  const { jsonStart, jsonAccount, jsonEnd } = await import("./json-MXLNW3LD.js");
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
