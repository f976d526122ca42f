#!/usr/bin/env node
// The only place that touches process exit state; everything else returns codes.
import { main } from '../dist/kam.js';

// A reader that goes away (`kam score | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
});
process.exitCode = code;
