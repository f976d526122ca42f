/**
 * Who answers the questions: a person at a terminal (Inquirer.js) or an
 * answers file. Both go through parseAnswer, so both are validated alike.
 */
import { terminalSafe } from '../format/terminal-text.js';
import { UsageError } from '../io/errors.js';
import { parseAnswer, type Answer, type Question } from './questions.js';

/** What the terminal asker returns when the person asks to go back one question ("<"). */
export const BACK = Symbol('back');

export interface AskOptions {
  /** Offer to go back to the previous question. */
  back?: boolean;
  /** "7/31": where this question is in the session. */
  counter?: string;
}

export interface Asker {
  /** Whether answers come from a file (nothing is typed, nothing can be confirmed). */
  readonly scripted: boolean;
  ask(q: Question, options?: AskOptions): Promise<Answer | typeof BACK>;
  /** Prints a line of explanation or results between questions. */
  say(text: string): void;
  /** Answers files only: whether the file answers this question at all. */
  given?(id: string): boolean;
  /** Answers files only: the keys no question asked for, in file order. */
  unused?(): string[];
}

/** Where the session is: "7/31" before each question. */
export class Progress {
  asked = 0;
  constructor(public total: number) {}
  label(): string {
    this.asked += 1;
    this.total = Math.max(this.total, this.asked);
    return `${this.asked}/${this.total}`;
  }
  /** One question back: the counter goes back with it. */
  back(): void {
    this.asked = Math.max(0, this.asked - 2);
  }
}

/** Asks each question in turn; at a terminal, "<" (or the back choice) returns to the one before. */
export async function askAll(asker: Asker, questions: readonly Question[], progress?: Progress): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (let i = 0; i < questions.length;) {
    const q = questions[i]!;
    const answer = await asker.ask(q, { back: i > 0, ...(progress ? { counter: progress.label() } : {}) });
    if (answer === BACK) {
      progress?.back();
      i -= 1;
      continue;
    }
    out.set(q.id, answer);
    i += 1;
  }
  return out;
}

/** Thrown when the person presses Ctrl-C or input ends: nothing is written (exit 130). */
export class Cancelled extends Error {}

export function answersAsker(answers: Map<string, unknown>, say: (text: string) => void = () => {}): Asker {
  const used = new Set<string>();
  return {
    scripted: true,
    given: (id) => answers.has(id),
    unused: () => [...answers.keys()].filter((k) => !used.has(k)),
    async ask(q) {
      used.add(q.id);
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
    scripted: false,
    say,
    async ask(q, options = {}) {
      // Messages, help, choices and defaults can quote account and config text: escaped for the terminal.
      const counter = options.counter ? `${dim(options.counter)} ` : '';
      const body = q.help ? `${terminalSafe(q.message)} ${dim(`(${terminalSafe(q.help)})`)}` : terminalSafe(q.message);
      const message = `${counter}${body}`;
      if (q.kind === 'choice') {
        const described = (c: string) => (q.choiceHelp?.[c] ? `${terminalSafe(c)} ${dim(`– ${terminalSafe(q.choiceHelp[c]!)}`)}` : terminalSafe(c));
        const choices = [
          ...(q.optional && q.default === undefined ? [{ name: '(leave out)', value: '' }] : []),
          ...q.choices!.map((c) => ({ name: described(c), value: c })),
          ...(options.back ? [{ name: dim('← back to the previous question'), value: BACK_CHOICE }] : []),
        ];
        const picked = await wrap(select({ message, choices, pageSize: choices.length, ...(q.default !== undefined ? { default: String(q.default) } : {}) }, context));
        if (picked === BACK_CHOICE) return BACK;
        return picked === '' ? undefined : picked;
      }
      if (q.kind === 'confirm') return wrap(confirm({ message, default: q.default === undefined ? true : Boolean(q.default) }, context));
      // The prompt shows (and on Enter returns) the escaped default; it stands for the default itself.
      const defaultText = Array.isArray(q.default) ? q.default.join('; ') : q.default !== undefined ? String(q.default) : undefined;
      const shownDefault = defaultText !== undefined ? terminalSafe(defaultText) : undefined;
      const unshown = (value: string) => (shownDefault !== undefined && value === shownDefault ? defaultText : value);
      const isBack = (value: string) => options.back === true && value.trim() === '<';
      const typed = await wrap(input({
        message: q.kind === 'list' ? `${message} ${dim('(separate items with ;)')}` : message,
        ...(shownDefault !== undefined ? { default: shownDefault } : {}),
        validate: (value: string) => {
          if (isBack(value)) return true;
          const r = parseAnswer(q, unshown(value));
          return r.ok ? true : terminalSafe(r.error);
        },
      }, context));
      if (isBack(typed)) return BACK;
      const r = parseAnswer(q, unshown(typed));
      return r.ok ? r.value : undefined;
    },
  };
}

// A choice value no account or config can hold (choices come from fixed lists).
const BACK_CHOICE = '\u0000back';

const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
