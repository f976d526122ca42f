import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS
} from "./chunk-BWC5YXEQ.js";
import "./chunk-7RH35IG4.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-HHWDPLHP.js";
import "./chunk-GXQQIL6H.js";
import "./chunk-G5TDRKZT.js";
import "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-RWHB5HOV.js";
import "./chunk-WGPO3TYV.js";
import {
  TEXT_FIELDS
} from "./chunk-EPVBHNQJ.js";
import "./chunk-LLK3OUGP.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import {
  HEALTH_STATUSES
} from "./chunk-IGQNBKN2.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/format/terminal/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
var words = (list) => list.join(" ");
var safe = (s) => {
  if (!/^[\w.,:/=+@%-]*$/.test(s)) throw new Error(`not a shell-safe word: ${s}`);
  return s;
};
function bashCommandCase(c) {
  const valueCases = [];
  for (const o of c.options) {
    const pattern = o.flags.map(safe).join("|");
    if (o.takes === "choice") valueCases.push(`        ${pattern}) COMPREPLY=( $(compgen -W '${words(o.choices.map(safe))}' -- "$cur") ); return ;;`);
    else if (o.takes === "file") valueCases.push(`        ${pattern}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`);
    else if (o.takes === "account-value") valueCases.push(`        ${pattern}) _kam_values ${safe(o.field)}; return ;;`);
    else if (o.takes === "text") valueCases.push(`        ${pattern}) return ;;`);
  }
  const positional = {
    files: `COMPREPLY=( $(compgen -f -- "$cur") )`,
    accounts: `COMPREPLY=( $(compgen -W "$("\${COMP_WORDS[0]}" list --format ids 2>/dev/null)" -- "$cur") )`,
    shells: `COMPREPLY=( $(compgen -W '${words(SHELLS)}' -- "$cur") )`,
    text: `COMPREPLY=()`
  }[c.positional];
  const flags = c.options.flatMap((o) => o.flags).map(safe);
  return [
    `    ${safe(c.name)})`,
    ...valueCases.length > 0 ? ['      case "$prev" in', ...valueCases, "      esac"] : [],
    `      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W '${words(flags)}' -- "$cur") ); return; fi`,
    `      ${positional}`,
    "      ;;"
  ].join("\n");
}
function bashCompletion(spec) {
  const commands = spec.commands.map((c) => safe(c.name));
  const globals = spec.globals.flatMap((o) => o.flags).map(safe);
  return `# kam completion for bash. Load it with:  source <(kam completion bash)
# or save it:  kam completion bash > ~/.local/share/bash-completion/completions/kam

# The values of a field in the account files that start with the word typed,
# each quoted for the shell (a name with spaces is one word). Matched here,
# not with compgen -W, which would expand $(...) in a value.
_kam_values() {
  local value word="$cur" quote=""
  case "$word" in
    \\"*|\\'*) quote="\${word:0:1}"; word="\${word:1}" ;;
    *) word="\${word//\\\\/}" ;;
  esac
  COMPREPLY=()
  while IFS= read -r value; do
    [[ "$value" == "$word"* ]] || continue
    # Inside quotes the value goes in as it is; outside, escaped.
    [[ -n "$quote" ]] || printf -v value '%q' "$value"
    COMPREPLY+=("$value")
  done < <("\${COMP_WORDS[0]}" list --values "$1" 2>/dev/null)
}

_kam() {
  local cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  # The command is the first word that is not an option (global options take no value).
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=( $(compgen -W '${words([...commands, ...globals])}' -- "$cur") )
    return
  fi
  case "$cmd" in
${spec.commands.map(bashCommandCase).join("\n")}
  esac
}
complete -o default -F _kam kam
`;
}
function zshCompletion(spec) {
  return `# kam completion for zsh. Load it with:  source <(kam completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(spec).split("\n").filter((l) => !l.startsWith("# ")).join("\n")}`;
}
var fishQuote = (s) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
function fishOption(o, condition) {
  const parts = [`complete -c kam -n ${fishQuote(condition)}`];
  for (const f of o.flags) parts.push(f.startsWith("--") ? `-l ${safe(f.slice(2))}` : `-s ${safe(f.slice(1))}`);
  if (o.takes === "choice") parts.push(`-x -a ${fishQuote(words(o.choices.map(safe)))}`);
  else if (o.takes === "account-value") parts.push(`-x -a ${fishQuote(`(kam list --values ${safe(o.field)} 2>/dev/null)`)}`);
  else if (o.takes === "file") parts.push("-r -F");
  else if (o.takes === "text") parts.push("-x");
  parts.push(`-d ${fishQuote(o.description)}`);
  return parts.join(" ");
}
function fishCompletion(spec) {
  const lines = [
    "# kam completion for fish. Load it with:  kam completion fish | source",
    "# or save it:  kam completion fish > ~/.config/fish/completions/kam.fish",
    "complete -c kam -f",
    ...spec.globals.map((o) => fishOption(o, "__fish_use_subcommand")),
    ...spec.commands.map((c) => `complete -c kam -n '__fish_use_subcommand' -a ${safe(c.name)} -d ${fishQuote(c.description)}`)
  ];
  for (const c of spec.commands) {
    const when = `__fish_seen_subcommand_from ${safe(c.name)}`;
    lines.push(...c.options.map((o) => fishOption(o, when)));
    if (c.positional === "files") lines.push(`complete -c kam -n ${fishQuote(when)} -F`);
    if (c.positional === "accounts") lines.push(`complete -c kam -n ${fishQuote(when)} -a '(kam list --format ids 2>/dev/null)'`);
    if (c.positional === "shells") lines.push(`complete -c kam -n ${fishQuote(when)} -a ${fishQuote(words(SHELLS))}`);
  }
  return `${lines.join("\n")}
`;
}
function completionScript(shell, spec) {
  return shell === "bash" ? bashCompletion(spec) : shell === "zsh" ? zshCompletion(spec) : fishCompletion(spec);
}

// src/cli/commands/completion.ts
var FILE_OPTIONS = /* @__PURE__ */ new Set(["--config", "--output", "--answers", "--in", "--stdin-filename"]);
var CHECKED_VALUES = { "--quadrant": QUADRANTS, "--health": HEALTH_STATUSES, "check --format": CHECK_FORMATS };
var ACCOUNT_VALUES = new Map(TEXT_FIELDS.map((f) => [`--${f}`, f]));
var POSITIONAL = { show: "accounts", completion: "shells", list: "text", diff: "text" };
function optionSpec(o, command) {
  const flags = [o.short, o.long].filter((f) => f !== void 0);
  const choices = o.argChoices ?? CHECKED_VALUES[`${command} ${o.long}`] ?? CHECKED_VALUES[o.long ?? ""];
  const field = ACCOUNT_VALUES.get(o.long);
  const takes = !(o.required || o.optional) ? "nothing" : choices ? "choice" : field ? "account-value" : FILE_OPTIONS.has(o.long ?? "") ? "file" : "text";
  return { flags, description: o.description, takes, ...choices ? { choices } : {}, ...field ? { field } : {} };
}
function completionSpec(program) {
  const help = (c) => c.createHelp();
  return {
    globals: help(program).visibleOptions(program).map((o) => optionSpec(o, "")),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: help(c).visibleOptions(c).map((o) => optionSpec(o, c.name())),
      positional: POSITIONAL[c.name()] ?? "files"
    }))
  };
}
async function completionCommand(shell, program, ctx) {
  ctx.io.stdout.write(completionScript(shell, completionSpec(program)));
  return 0;
}
export {
  completionCommand,
  completionSpec
};
