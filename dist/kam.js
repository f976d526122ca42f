import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-TT5CPOI6.js";
import {
  Argument,
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
  addFilterOptions,
  createContext
} from "./chunks/chunk-UQCP6HTU.js";
import {
  SORT_KEYS
} from "./chunks/chunk-5MDDS3WO.js";
import {
  terminalLines
} from "./chunks/chunk-FH4AGJX7.js";
import "./chunks/chunk-RWHB5HOV.js";
import "./chunks/chunk-WGPO3TYV.js";
import {
  TEXT_FIELDS
} from "./chunks/chunk-EPVBHNQJ.js";
import "./chunks/chunk-LLK3OUGP.js";
import "./chunks/chunk-3VKN5XRU.js";
import "./chunks/chunk-OQJI7S7I.js";
import "./chunks/chunk-QGK4WI7H.js";
import "./chunks/chunk-HY52YVVC.js";
import "./chunks/chunk-IGQNBKN2.js";
import "./chunks/chunk-C65SMAYF.js";
import "./chunks/chunk-TJVWHHNT.js";
import "./chunks/chunk-SA2IJZVG.js";

// src/cli/main.ts
function nonNegativeInteger(value) {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}
function date(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError("expected a date YYYY-MM-DD");
  return value;
}
var EXAMPLES = `
Examples:
  $ kam score accounts/                  score every account, with the portfolio summary
  $ kam score --sort revenue --format json > scores.json
  $ kam report accounts/ -o review.html  the portfolio review as one HTML file
  $ kam show acme-industrial             one account in depth
  $ kam validate accounts/               report every problem as file:line:col
  $ kam check --format github --format sarif=kam.sarif   in CI

Exit codes: 0 done, 1 errors found (or too many warnings), 2 bad usage or config.
Docs: README.md and docs/; schemas for editors: kam schema --write.`;
async function main(argv, io) {
  let exitCode = 0;
  let ctx;
  const context = (cmd) => ctx ??= createContext(io, cmd.optsWithGlobals());
  const run = (load) => async (paths, opts, cmd) => {
    exitCode = await load(context(cmd), paths, opts);
  };
  const program = new Command("kam").description("Key account management from the command line: validate, score and report on account plans kept as YAML.").version(VERSION, "-V, --version", "print the version").option("--no-color", "no colour (also when NO_COLOR is set or output is not a terminal)").option("-q, --quiet", "show errors only (the exit code still counts warnings)").option("--debug", "show stack traces of internal errors").helpOption("-h, --help", "show help").showSuggestionAfterError(true).exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // Commander repeats what was typed (an unknown option, a bad value): shown escaped, like all text.
    outputError: (s, write) => write(terminalLines(s.startsWith("error:") ? `kam: ${s.slice(7)}` : s))
  }).addHelpText("after", EXAMPLES);
  const configOption = () => new Option("-c, --config <file>", "config file (default: nearest kam.config.yaml)");
  const stdinFilename = () => new Option("--stdin-filename <name>", "with - as the path: the name of the account read from standard input, in diagnostics and for finding the config");
  const maxWarnings = () => new Option("--max-warnings <n>", "exit 1 when there are more warnings than this").argParser(nonNegativeInteger);
  addFilterOptions(program.command("score").description("score accounts: attractiveness, strength, quadrant, positioning, relationship, opportunities").argument("[paths...]", "account files or directories (default: accounts/ or .)").addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "jsonl", "markdown", "csv", "html"]).default("table")).addOption(configOption()).addOption(new Option("--as-of <date>", "the date to evaluate at (YYYY-MM-DD)").argParser(date)).addOption(new Option("-s, --sort <key>", "table order, by any column (JSON keeps file order)").choices(SORT_KEYS).default("quadrant")).addOption(new Option("-r, --reverse", "the opposite order (accounts without a value stay last)")).addOption(new Option("--chart", "only the attractiveness-vs-strength chart")).addOption(new Option("--bubble <measure>", "bubble area in the HTML chart").choices(["revenue", "potential"]).default("revenue")).addOption(maxWarnings()).addOption(new Option("--freshness", "when each factor score last changed, from git history (JSON: freshness per account)")).addHelpText("after", `
Examples:
  $ kam score examples/accounts --sort attractiveness
  $ kam score --quadrant key --manager "Dana Reyes"
  $ kam score --where 'revenue.current > 1e6 and positioning == "tactical-profit"'`).action(run(async (c, paths, opts) => (await import("./chunks/score-JEVEO5V3.js")).scoreCommand(paths, opts, c))));
  program.command("validate").description("check that every account file is valid YAML and follows the schema; ids unique").argument("[paths...]", "account files or directories (default: accounts/ or .)").addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish")).addOption(configOption()).addOption(maxWarnings()).addOption(stdinFilename()).addHelpText("after", "\nExamples:\n  $ kam validate accounts/ --format json\n  $ kam validate - --stdin-filename accounts/acme.yaml < accounts/acme.yaml").action(run(async (c, paths, opts) => (await import("./chunks/validate-V5HRFMCC.js")).validateCommand(paths, opts, c)));
  addFilterOptions(program.command("report").description("the portfolio review: HTML (charts), Markdown (wiki, pull requests), CSV (spreadsheets) or JSON").argument("[paths...]", "account files or directories (default: accounts/ or .)").addOption(new Option("-o, --output <file>", "where to write it; the extension picks the format (.html, .md, .csv, .json, .xlsx)")).addOption(new Option("-f, --format <format>", "the format, whatever the file name").choices(["html", "markdown", "csv", "json", "xlsx"])).addOption(new Option("--bubble <measure>", "bubble area in the HTML matrix").choices(["revenue", "potential"]).default("revenue")).addOption(configOption()).addOption(new Option("--as-of <date>", "the date to evaluate at (YYYY-MM-DD)").argParser(date)).addHelpText("after", "\nExamples:\n  $ kam report accounts/ -o review.html\n  $ kam report --quadrant key -o review.xlsx\n  $ kam report -o review.md\n  $ kam report --format csv > accounts.csv").action(run(async (c, paths, opts) => (await import("./chunks/report-FFQOAGEG.js")).reportCommand(paths, opts, c))));
  program.command("diff").description("what moved between two snapshots (git revisions, directories or kam score JSON), and why").argument("<base>", "a git revision (HEAD~1, main, a tag), a directory, or a kam score JSON file").argument("[head]", "the same kinds (default: the working tree)").addOption(new Option("-f, --format <format>", "output format").choices(["table", "markdown", "json"]).default("table")).addOption(new Option("--in <paths...>", "the account paths in the repository (default: accounts/ or .)")).addOption(configOption()).addOption(new Option("--as-of <date>", "the date to evaluate at (YYYY-MM-DD)").argParser(date)).addHelpText("after", "\nExamples:\n  $ kam diff HEAD~1\n  $ kam diff v2026-q3 main --format markdown\n  $ kam diff last-quarter.json").action(async (base, head, opts, cmd) => {
    exitCode = await (await import("./chunks/diff-CRIYEWGN.js")).diffCommand(base, head, opts, context(cmd));
  });
  const answersOption = () => new Option("--answers <file>", "take the answers from a YAML file instead of asking (for scripts)");
  const yesOption = () => new Option("-y, --yes", "write without asking for confirmation (an answers file without a terminal writes anyway)");
  program.command("init").description("scaffold an account-plan repository: config, an example account, a CI workflow, a pre-commit hook").argument("[dir]", "where (default: the current directory)").addOption(new Option("--ci <system>", "which CI configuration to write").choices(["github", "gitlab", "both", "none"]).default("github")).addOption(new Option("--ref <ref>", "the kam tag or commit that CI and pre-commit use").default("main")).addOption(new Option("--sarif", "also upload SARIF to GitHub code scanning (needs Advanced Security on private repositories)")).action(async (dir, opts, cmd) => {
    exitCode = await (await import("./chunks/init-P7NRORVS.js")).initCommand(dir, opts, context(cmd));
  });
  program.command("new").description("create an account file by answering questions").argument("[file]", "where to write it (default: accounts/<id>.yaml)").addOption(answersOption()).addOption(new Option("--force", "overwrite an existing file")).addOption(yesOption()).addOption(configOption()).addHelpText("after", "\nExamples:\n  $ kam new\n  $ kam new accounts/acme.yaml --answers acme-answers.yaml").action(async (file, opts, cmd) => {
    exitCode = await (await import("./chunks/new-6LNH7UNO.js")).newCommand(file, opts, context(cmd));
  });
  program.command("assess").description("re-score an existing account; only the values that change are written").argument("<file>", "the account file").addOption(new Option("--section <name...>", "only these sections").choices(["attractiveness", "strength", "positioning", "relationship", "plan", "contacts", "performance", "opportunities"])).addOption(new Option("--dry-run", "print the change instead of writing it")).addOption(yesOption()).addOption(answersOption()).addOption(configOption()).addHelpText("after", "\nExamples:\n  $ kam assess accounts/acme.yaml --section strength\n  $ kam assess accounts/acme.yaml --answers q4.yaml --dry-run").action(async (file, opts, cmd) => {
    exitCode = await (await import("./chunks/assess-N3UKTYLL.js")).assessCommand(file, opts, context(cmd));
  });
  program.command("qualify").description("the four go/no-go questions for one opportunity").argument("<file>", "the account file").addOption(new Option("--opportunity <id>", "the opportunity (a new one if the id is not in the file)")).addOption(new Option("--dry-run", "print the change instead of writing it")).addOption(yesOption()).addOption(answersOption()).addOption(configOption()).action(async (file, opts, cmd) => {
    exitCode = await (await import("./chunks/qualify-4UVCGHYL.js")).qualifyCommand(file, opts, context(cmd));
  });
  addFilterOptions(program.command("list").description("list accounts (id, name, manager, quadrant, file) whose id or name contains the text").argument("[text]", "part of the id or the name; case and accents do not matter").addOption(new Option("-f, --format <format>", "output format (ids: one id per line)").choices(["table", "json", "ids"]).default("table")).addOption(new Option("--in <paths...>", "where to look (default: accounts/ or .)")).addOption(new Option("--values <field>", "each value of the field once, one a line (for shell completion)").choices(TEXT_FIELDS).hideHelp()).addOption(configOption()).addHelpText("after", '\nExamples:\n  $ kam list nord\n  $ kam list --manager "Dana Reyes" --format ids').action(async (text, opts, cmd) => {
    exitCode = await (await import("./chunks/list-LY4Y6DIA.js")).listCommand(text, opts, context(cmd));
  }));
  addFilterOptions(program.command("show").description("one account in depth: factors, quadrant, positioning, relationship, opportunities, plan").argument("[account]", "the account id, or its file (without it, every account the filters choose)").addOption(new Option("--in <paths...>", "where to look for the id (default: accounts/ or .)")).addOption(configOption()).addOption(new Option("--as-of <date>", "the date to evaluate at (YYYY-MM-DD)").argParser(date)).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).addHelpText("after", '\nExamples:\n  $ kam show acme-industrial\n  $ kam show examples/accounts/acme-industrial.yaml\n  $ kam show --quadrant key --manager "Dana Reyes"').action(async (target, opts, cmd) => {
    exitCode = await (await import("./chunks/show-4GOEYWJP.js")).showCommand(target, opts, context(cmd));
  }));
  addFilterOptions(program.command("history").description("each account's trail and the portfolio across git snapshots: tags, months or quarters").argument("[paths...]", "account files or directories (default: accounts/ or .)").addOption(new Option("-f, --format <format>", "output format (html: the comet matrix and the composition over time)").choices(["table", "json", "csv", "markdown", "html"]).default("table")).addOption(new Option("--every <period>", "the last commit of each period instead of the tags").choices(["quarter", "month"])).addOption(new Option("--revs <list>", "these revisions, comma-separated, in this order")).addOption(new Option("--since <date>", "leave out snapshots before this date (YYYY-MM-DD)").argParser(date)).addOption(new Option("-o, --output <file>", "write to this file")).addOption(configOption()).addHelpText("after", `
Each snapshot is scored as of its commit date, with the config as it was then.
Examples:
  $ kam history                         the tags, oldest first
  $ kam history --every quarter --since 2025-01-01
  $ kam history --revs v2026.1,v2026.2,HEAD --format csv -o trails.csv
  $ kam history --every quarter -o history.html
  $ kam history --manager "Dana Reyes" --quadrant key   the trails of Dana's key accounts (as they are now)`).action(run(async (c, paths, opts) => (await import("./chunks/history-I3E3SVXI.js")).historyCommand(paths, opts, c))));
  program.command("schema").description("the JSON Schemas for editors: print one, or copy both into the repository").argument("[name]", "account or config (default: account)").addOption(new Option("--write [dir]", "write both schemas into DIR (default: schemas/ beside kam.config.yaml)")).addOption(new Option("--check [dir]", "exit 1 when the copies in DIR are missing or differ from this kam version's")).addOption(configOption()).addHelpText("after", `
Editors with the YAML language server read the first line of each file:
  # yaml-language-server: $schema=../schemas/account.schema.json
kam init writes the copies; run kam schema --write after upgrading kam.`).action(async (name, opts, cmd) => {
    exitCode = await (await import("./chunks/schema-PYDSRYRH.js")).schemaCommand(name, opts, context(cmd));
  });
  addFilterOptions(program.command("check").description("the CI gate: validation and the KAM policy rules, in formats for CI systems").argument("[paths...]", "account files or directories (default: accounts/ or .)").addOption(new Option("-f, --format <name[=file]>", `output format, repeatable: ${["stylish", "json", "jsonl", "github", "junit", "sarif", "gitlab", "markdown"].join(", ")}; NAME=FILE writes to a file`).argParser((value, previous) => [...previous ?? [], value])).addOption(new Option("-o, --output <file>", "write the (last) format to this file instead of standard output")).addOption(configOption()).addOption(new Option("--as-of <date>", "the date to evaluate at (YYYY-MM-DD); default as_of in the config, else today").argParser(date)).addOption(maxWarnings()).addOption(new Option("--baseline <rev>", "add the accounts that moved since this git revision to the summary")).addOption(stdinFilename()).addHelpText("after", `
Examples:
  $ kam check accounts/ --max-warnings 0
  $ kam check --baseline origin/main --format markdown -o comment.md
  $ kam check --format github --format sarif=kam.sarif --format junit=kam.xml
  $ kam check --format markdown -o pr-comment.md`).action(run(async (c, paths, opts) => (await import("./chunks/check-ZCUZBMID.js")).checkCommand(paths, { format: [], ...opts }, c))));
  program.command("completion").description("print a shell script that completes kam commands, options, their values and account ids").addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"])).addHelpText("after", "\nExamples:\n  $ source <(kam completion bash)        # in ~/.bashrc\n  $ source <(kam completion zsh)         # in ~/.zshrc\n  $ kam completion fish > ~/.config/fish/completions/kam.fish").action(async (shell, _opts, cmd) => {
    exitCode = await (await import("./chunks/completion-AP54M434.js")).completionCommand(shell, program, context(cmd));
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    ctx?.progress.end();
    return handleError(e, io, argv.includes("--debug"));
  } finally {
    ctx?.progress.end();
  }
}
async function handleError(e, io, debug) {
  if (e instanceof CommanderError) {
    return e.exitCode === 0 ? 0 : 2;
  }
  const say = (text) => io.stderr.write(`${terminalLines(text)}
`);
  const { UsageError } = await import("./chunks/errors-EQY2K4AU.js");
  const { Cancelled } = await import("./chunks/asker-VTD45QGK.js");
  if (e instanceof Cancelled) {
    say("\nkam: cancelled; nothing was written");
    return 130;
  }
  const { ConfigError } = await import("./chunks/config-6V5UQO5T.js");
  const { WriteConflict } = await import("./chunks/atomic-write-QYRDXG5N.js");
  if (e instanceof WriteConflict) {
    say(`kam: ${e.message}`);
    return 1;
  }
  if (e instanceof UsageError) {
    say(`kam: ${e.message}`);
    return 2;
  }
  if (e instanceof ConfigError) {
    say(`kam: invalid config file
${e.problems.map((p) => `  ${p}`).join("\n")}`);
    return 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  say(debug ? err.stack ?? err.message : `kam: internal error: ${err.message} (run again with --debug for details)`);
  return 2;
}
export {
  main
};
