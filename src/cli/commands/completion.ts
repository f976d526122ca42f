import type { Command, Option } from 'commander';
import { completionScript, type CommandSpec, type OptionSpec, type Shell } from '../../format/terminal/completion.js';
import { TEXT_FIELDS, type TextField } from '../../core/filter.js';
import { HEALTH_STATUSES } from '../../core/health.js';
import { QUADRANTS } from '../../core/portfolio.js';
import type { CommandContext } from '../context.js';
import { CHECK_FORMATS } from './check.js';

/** Options whose value is a path: the shell completes file names for them. */
const FILE_OPTIONS = new Set(['--config', '--output', '--answers', '--in', '--stdin-filename']);

/** Values kam checks itself (for a did-you-mean), so commander does not know them as choices. */
const CHECKED_VALUES: Record<string, readonly string[]> = { '--quadrant': QUADRANTS, '--health': HEALTH_STATUSES, 'check --format': CHECK_FORMATS };

/** Options whose values are in the account files: asked of `kam list --values FIELD` as you type. */
const ACCOUNT_VALUES = new Map<string | undefined, TextField>(TEXT_FIELDS.map((f) => [`--${f}`, f]));

const POSITIONAL: Record<string, CommandSpec['positional']> = { show: 'accounts', completion: 'shells', list: 'text', diff: 'text' };

function optionSpec(o: Option, command: string): OptionSpec {
  const flags = [o.short, o.long].filter((f): f is string => f !== undefined);
  const choices = o.argChoices ?? CHECKED_VALUES[`${command} ${o.long}`] ?? CHECKED_VALUES[o.long ?? ''];
  const field = ACCOUNT_VALUES.get(o.long);
  const takes = !(o.required || o.optional) ? 'nothing' : choices ? 'choice' : field ? 'account-value' : FILE_OPTIONS.has(o.long ?? '') ? 'file' : 'text';
  return { flags, description: o.description, takes, ...(choices ? { choices } : {}), ...(field ? { field } : {}) };
}

/** The completion spec read off the command line's own definition. */
export function completionSpec(program: Command): { globals: OptionSpec[]; commands: CommandSpec[] } {
  const help = (c: Command) => c.createHelp();
  return {
    globals: help(program).visibleOptions(program).map((o) => optionSpec(o, '')),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: help(c).visibleOptions(c).map((o) => optionSpec(o, c.name())),
      positional: POSITIONAL[c.name()] ?? 'files',
    })),
  };
}

export async function completionCommand(shell: Shell, program: Command, ctx: CommandContext): Promise<number> {
  ctx.io.stdout.write(completionScript(shell, completionSpec(program)));
  return 0;
}
