/**
 * Who answers the questions: a person at a terminal (Inquirer.js) or an
 * answers file. Both go through parseAnswer, so both are validated alike.
 */
import { terminalSafe } from '../format/terminal-text.js';
import { UsageError } from '../io/errors.js';
import { parseAnswer, type Answer, type Question } from './questions.js';

export interface Asker {
  ask(q: Question): Promise<Answer>;
  /** Prints a line of explanation or results between questions. */
  say(text: string): void;
}

/** Thrown when the person presses Ctrl-C or input ends: nothing is written (exit 130). */
export class Cancelled extends Error {}

export function answersAsker(answers: Map<string, unknown>, say: (text: string) => void = () => {}): Asker {
  return {
    async ask(q) {
      const result = parseAnswer(q, answers.get(q.id));
      if (!result.ok) throw new UsageError(`answers file: ${q.id}: ${result.error}`);
      return result.value;
    },
    say,
  };
}

interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export async function terminalAsker(streams: PromptStreams, say: (text: string) => void): Promise<Asker> {
  const { input, select, confirm } = await import('@inquirer/prompts');
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const wrap = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (e) {
      if (e instanceof Error && /ExitPromptError|AbortPromptError|CancelPromptError/.test(e.name)) throw new Cancelled('cancelled');
      throw e;
    }
  };
  return {
    say,
    async ask(q) {
      // Messages, help, choices and defaults can quote account and config text: escaped for the terminal.
      const message = q.help ? `${terminalSafe(q.message)} ${dim(`(${terminalSafe(q.help)})`)}` : terminalSafe(q.message);
      if (q.kind === 'choice') {
        const choices = [...(q.optional && q.default === undefined ? [{ name: '(leave out)', value: '' }] : []), ...q.choices!.map((c) => ({ name: terminalSafe(c), value: c }))];
        const picked = await wrap(select({ message, choices, ...(q.default !== undefined ? { default: String(q.default) } : {}) }, context));
        return picked === '' ? undefined : picked;
      }
      if (q.kind === 'confirm') return wrap(confirm({ message, default: q.default === undefined ? true : Boolean(q.default) }, context));
      // The prompt shows (and on Enter returns) the escaped default; it stands for the default itself.
      const shownDefault = q.default !== undefined ? terminalSafe(String(q.default)) : undefined;
      const unshown = (value: string) => (shownDefault !== undefined && value === shownDefault ? String(q.default) : value);
      const typed = await wrap(input({
        message,
        ...(shownDefault !== undefined ? { default: shownDefault } : {}),
        validate: (value: string) => {
          const r = parseAnswer(q, unshown(value));
          return r.ok ? true : terminalSafe(r.error);
        },
      }, context));
      const r = parseAnswer(q, unshown(typed));
      return r.ok ? r.value : undefined;
    },
  };
}

const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
