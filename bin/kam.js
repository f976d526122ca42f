#!/usr/bin/env node
// The only place that touches process exit state; everything else returns codes.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
});
process.exitCode = code;
