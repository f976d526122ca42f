import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  MAX_FILE_BYTES
} from "./chunk-V5UQSIXE.js";

// src/cli/stdin.ts
import { dirname } from "node:path";
async function stdinAccount(paths, filename, ctx) {
  if (!paths.includes("-")) {
    if (filename !== void 0) throw new UsageError("--stdin-filename names the account read from standard input: give - as the path");
    return void 0;
  }
  if (paths.length > 1) throw new UsageError("- reads one account from standard input; give no other paths with it");
  const input = ctx.io.stdin;
  if (!input || input.isTTY) throw new UsageError("- reads an account from standard input, which is a terminal: pipe a file in (kam check - < accounts/acme.yaml)");
  const chunks = [];
  let length = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
    if (length > MAX_FILE_BYTES) break;
  }
  return { file: filename ?? "<stdin>", bytes: Buffer.concat(chunks) };
}
function stdinSearchPaths(stdin) {
  return stdin.file === "<stdin>" ? [] : [dirname(stdin.file)];
}

export {
  stdinAccount,
  stdinSearchPaths
};
