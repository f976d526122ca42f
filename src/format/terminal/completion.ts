/**
 * `kam completion bash|zsh|fish`: shell scripts that complete commands,
 * options, option values and, for `kam show`, account ids (asked of
 * `kam list --format ids` as you type, so they are always current).
 * Managers, tags and industries are asked of `kam list --values FIELD`.
 * Built from a description of the command line, never written by hand,
 * so a new option completes without anyone remembering to add it.
 *
 * Values from account files are data, never shell code: bash matches them
 * itself (compgen -W would expand `$(...)` in a manager's name) and quotes
 * each with printf %q, so "Dana Reyes" completes to Dana\ Reyes.
 */

export interface OptionSpec {
  /** "-f", "--format". */
  flags: string[];
  description: string;
  /** What follows the option: nothing, a file, free text, one of the choices, or a value found in the account files. */
  takes: 'nothing' | 'file' | 'text' | 'choice' | 'account-value';
  choices?: readonly string[];
  /** For account-value: the field (`kam list --values FIELD`). */
  field?: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** What the command's arguments are. */
  positional: 'files' | 'accounts' | 'shells' | 'text';
}

export interface CompletionSpec {
  globals: OptionSpec[];
  commands: CommandSpec[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const words = (list: readonly string[]) => list.join(' ');
/** Our own words (commands, flags, choices) only ever contain these characters. */
const safe = (s: string) => {
  if (!/^[\w.,:/=+@%-]*$/.test(s)) throw new Error(`not a shell-safe word: ${s}`);
  return s;
};

function bashCommandCase(c: CommandSpec): string {
  const valueCases: string[] = [];
  for (const o of c.options) {
    const pattern = o.flags.map(safe).join('|');
    if (o.takes === 'choice') valueCases.push(`        ${pattern}) COMPREPLY=( $(compgen -W '${words(o.choices!.map(safe))}' -- "$cur") ); return ;;`);
    else if (o.takes === 'file') valueCases.push(`        ${pattern}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`);
    else if (o.takes === 'account-value') valueCases.push(`        ${pattern}) _kam_values ${safe(o.field!)}; return ;;`);
    else if (o.takes === 'text') valueCases.push(`        ${pattern}) return ;;`);
  }
  const positional = {
    files: `COMPREPLY=( $(compgen -f -- "$cur") )`,
    accounts: `COMPREPLY=( $(compgen -W "$("\${COMP_WORDS[0]}" list --format ids 2>/dev/null)" -- "$cur") )`,
    shells: `COMPREPLY=( $(compgen -W '${words(SHELLS)}' -- "$cur") )`,
    text: `COMPREPLY=()`,
  }[c.positional];
  const flags = c.options.flatMap((o) => o.flags).map(safe);
  return [
    `    ${safe(c.name)})`,
    ...(valueCases.length > 0 ? ['      case "$prev" in', ...valueCases, '      esac'] : []),
    `      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W '${words(flags)}' -- "$cur") ); return; fi`,
    `      ${positional}`,
    '      ;;',
  ].join('\n');
}

export function bashCompletion(spec: CompletionSpec): string {
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
${spec.commands.map(bashCommandCase).join('\n')}
  esac
}
complete -o default -F _kam kam
`;
}

/** zsh runs the bash completion through its bashcompinit layer: one script to keep right, not two. */
export function zshCompletion(spec: CompletionSpec): string {
  return `# kam completion for zsh. Load it with:  source <(kam completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(spec).split('\n').filter((l) => !l.startsWith('# ')).join('\n')}`;
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fishOption(o: OptionSpec, condition: string): string {
  const parts = [`complete -c kam -n ${fishQuote(condition)}`];
  for (const f of o.flags) parts.push(f.startsWith('--') ? `-l ${safe(f.slice(2))}` : `-s ${safe(f.slice(1))}`);
  if (o.takes === 'choice') parts.push(`-x -a ${fishQuote(words(o.choices!.map(safe)))}`);
  // fish reads one candidate a line and escapes it when inserting: spaces need nothing more.
  else if (o.takes === 'account-value') parts.push(`-x -a ${fishQuote(`(kam list --values ${safe(o.field!)} 2>/dev/null)`)}`);
  else if (o.takes === 'file') parts.push('-r -F');
  else if (o.takes === 'text') parts.push('-x');
  parts.push(`-d ${fishQuote(o.description)}`);
  return parts.join(' ');
}

export function fishCompletion(spec: CompletionSpec): string {
  const lines = [
    '# kam completion for fish. Load it with:  kam completion fish | source',
    '# or save it:  kam completion fish > ~/.config/fish/completions/kam.fish',
    'complete -c kam -f',
    ...spec.globals.map((o) => fishOption(o, '__fish_use_subcommand')),
    ...spec.commands.map((c) => `complete -c kam -n '__fish_use_subcommand' -a ${safe(c.name)} -d ${fishQuote(c.description)}`),
  ];
  for (const c of spec.commands) {
    const when = `__fish_seen_subcommand_from ${safe(c.name)}`;
    lines.push(...c.options.map((o) => fishOption(o, when)));
    if (c.positional === 'files') lines.push(`complete -c kam -n ${fishQuote(when)} -F`);
    if (c.positional === 'accounts') lines.push(`complete -c kam -n ${fishQuote(when)} -a '(kam list --format ids 2>/dev/null)'`);
    if (c.positional === 'shells') lines.push(`complete -c kam -n ${fishQuote(when)} -a ${fishQuote(words(SHELLS))}`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === 'bash' ? bashCompletion(spec) : shell === 'zsh' ? zshCompletion(spec) : fishCompletion(spec);
}
