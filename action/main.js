// The GitHub Action's entry point (action.yml): turns the action's inputs into
// a `kam check` command line and runs kam's bundle in this process. The github
// format writes the annotations and, with GITHUB_STEP_SUMMARY set, the summary.
import { actionArguments } from './arguments.js';
import { main } from '../dist/kam.js';

const args = actionArguments(process.env);
process.stdout.write(`kam ${args.join(' ')}\n`);
process.exitCode = await main(args, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
  env: process.env,
  now: () => new Date(),
});
