/**
 * What the questionnaire commands share: who answers (a person or a file),
 * reading the account to change, and writing the result safely.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Account, Config } from '../../core/types.js';
import { writeFileAtomic } from '../../io/files/atomic-write.js';
import { editYaml, EditError, type Change } from '../../io/yaml/edit-yaml.js';
import { UsageError } from '../../io/errors.js';
import { loadAccountText } from '../../io/yaml/load-account.js';
import { readRegularFile } from '../../io/files/read-file.js';
import { MAX_FILE_BYTES } from '../../io/files/source-text.js';
import { accountValidators } from '../../io/schema/schema.js';
import { answersAsker, terminalAsker, type Asker } from '../../questionnaire/asker.js';
import { nearest } from '../../core/suggest.js';
import { valueAt } from '../../core/doc-path.js';
import { flattenAnswers } from '../../questionnaire/questions.js';
import { terminalLines, terminalSafe } from '../../format/terminal-text.js';
import { lineDiff } from '../../format/terminal/line-diff.js';
import type { CommandContext } from '../context.js';

export interface Session {
  asker: Asker;
  answers?: Map<string, unknown>;
  /** Shows what will be written and asks before writing (see confirmWrite). */
  confirmWrite(file: string, changes: readonly string[], question?: string): Promise<boolean>;
}

export interface WriteOptions {
  answers?: string;
  /** Write without asking. */
  yes?: boolean;
}

export async function createAsker(command: string, options: WriteOptions, ctx: CommandContext): Promise<Session> {
  const say = (text: string) => ctx.io.stderr.write(`${terminalLines(text)}\n`);
  const stdin = ctx.io.stdin;
  const tty = Boolean(stdin && (stdin as { isTTY?: boolean }).isTTY);
  const terminal = () => terminalAsker({ input: stdin!, output: ctx.io.stderr as unknown as NodeJS.WritableStream }, say);
  let asker: Asker;
  let answers: Map<string, unknown> | undefined;
  if (options.answers !== undefined) {
    let data: unknown;
    try {
      data = parse(readFileSync(options.answers, 'utf8'), { version: '1.2', schema: 'core' });
    } catch (e) {
      throw new UsageError(`cannot read the answers file ${options.answers}: ${(e as Error).message.split('\n')[0]}`);
    }
    answers = flattenAnswers(data);
    asker = answersAsker(answers, say);
  } else {
    if (!tty) {
      throw new UsageError(`kam ${command} asks its questions at a terminal; to run it from a script, give the answers in a YAML file: kam ${command} --answers answers.yaml (see README)`);
    }
    asker = await terminalAsker({ input: stdin!, output: ctx.io.stderr as unknown as NodeJS.WritableStream }, say);
  }
  /**
   * Before writing: the change, then a question. Without one to ask (an
   * answers file and no terminal, as in a script) the answers file is the
   * decision and it is written; --yes skips the question anywhere.
   */
  const confirmWrite = async (file: string, lines: readonly string[], question?: string): Promise<boolean> => {
    say(question ? `${file}:` : `Changes to ${file}:`);
    for (const line of lines) say(`  ${line}`);
    if (options.yes || !tty) return true;
    const ask = asker.scripted ? await terminal() : asker;
    return Boolean(await ask.ask({ id: 'confirm', path: [], kind: 'confirm', message: question ?? `Write ${lines.length === 1 ? 'this change' : `these ${lines.length} changes`} to ${file}?`, default: true }));
  };
  return { asker, ...(answers ? { answers } : {}), confirmWrite };
}

/** Refuses an answers file that answers what was not asked (a typo, a section not chosen): exit 2, nothing written. */
export function refuseUnusedAnswers(asker: Asker, asked: readonly string[], hint = ''): void {
  const unused = asker.unused?.() ?? [];
  if (unused.length === 0) return;
  const lines = unused.map((k) => {
    const guess = nearest(k, asked);
    return `  ${k}${guess ? ` (did you mean ${guess}?)` : ''}`;
  });
  throw new UsageError(`answers file: ${unused.length === 1 ? 'this key is' : 'these keys are'} not asked here, so nothing was written:\n${lines.join('\n')}${hint}`);
}

/**
 * Contacts in an answers file come as a list (`relationship: { contacts: [...] }`):
 * each is matched to the account's contact of the same name, else added after
 * them, and spread into the dotted keys the contact questions ask for, so a
 * contact from a file is validated like one typed at a prompt.
 */
export function contactAnswers(answers: Map<string, unknown>, existing: readonly { name: string }[]): void {
  const list = answers.get('relationship.contacts');
  if (list === undefined) return;
  if (!Array.isArray(list)) throw new UsageError('answers file: relationship.contacts must be a list of contacts, each with a name');
  answers.delete('relationship.contacts');
  const norm = (n: unknown) => String(n ?? '').trim().toLowerCase();
  let next = existing.length;
  for (const entry of list) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof (entry as { name?: unknown }).name !== 'string') {
      throw new UsageError('answers file: each of relationship.contacts needs a name');
    }
    const found = existing.findIndex((c) => norm(c.name) === norm((entry as { name: string }).name));
    const index = found === -1 ? next++ : found;
    for (const [k, v] of flattenAnswers(entry)) if (!(found !== -1 && k === 'name')) answers.set(`relationship.contacts.${index}.${k}`, v);
  }
}

/** "attractiveness.size: 9 → 6", values shown one line each. */
export function changeLines(changes: readonly Change[], current: unknown): string[] {
  const show = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'string' ? terminalSafe(v) : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map((x) => terminalSafe(x)).join('; ') : terminalSafe(JSON.stringify(v)));
  return changes.map((c) => `${c.path.join('.')}: ${show(valueAt(current, c.path))} → ${show(c.value)}`);
}

export interface LoadedForEdit {
  raw: string;
  /** The bytes as read: the write checks the file still holds them (compare-and-swap). */
  bytes: Buffer;
  account: Account;
}

/** The file as text (BOM and line endings untouched) and as a valid account. */
export function readForEdit(file: string, config: Config, shown = file): LoadedForEdit {
  const read = readRegularFile(file, MAX_FILE_BYTES);
  if (!read.ok) throw new UsageError(`${shown}: ${read.message}`);
  const bytes = read.bytes;
  const loaded = loadAccountText(file, bytes, { validators: accountValidators(config), config });
  if (!loaded.ok) {
    const first = loaded.diagnostics[0]!;
    throw new UsageError(`${shown} is not a valid account file yet (${first.line}:${first.column} ${first.message}); fix it first (kam validate ${shown})`);
  }
  return { raw: bytes.toString('utf8'), bytes, account: loaded.account };
}

/**
 * The file's text with the changes made, checked before anyone sees it: the
 * edit engine reads it back, and it must still be a valid account.
 */
export function editAccount(file: string, raw: string, changes: readonly Change[], config: Config): string {
  let text: string;
  try {
    text = editYaml(raw, changes);
  } catch (e) {
    if (e instanceof EditError) throw new UsageError(`cannot record the answers in ${file}: ${e.message}; nothing was written`);
    throw e;
  }
  return validAccountText(file, text, config);
}

/** The text, if it is a valid account; the first problem otherwise, and nothing is written. */
export function validAccountText(file: string, text: string, config: Config): string {
  const check = loadAccountText(file, Buffer.from(text, 'utf8'), { validators: accountValidators(config), config });
  if (!check.ok) {
    const first = check.diagnostics[0]!;
    throw new UsageError(`the answers would make ${file} invalid (${first.line}:${first.column} ${first.message}); nothing was written`);
  }
  return text;
}

/** Writes text that editAccount or validAccountText has accepted, atomically, if the file still holds `expected` (null: still absent). */
export function writeAccount(file: string, text: string, expected: Uint8Array | null, shown = file): void {
  writeFileAtomic(file, text, { expect: expected, shown });
}

export interface Edit extends LoadedForEdit {
  /** The file's full path, and as the user named it. */
  path: string;
  file: string;
  changes: readonly Change[];
  config: Config;
  dryRun?: boolean;
}

/**
 * The end of every questionnaire edit: nothing to do; a dry run's diff on
 * `out`; or the change shown, confirmed and written. True when written.
 */
export async function saveEdit(session: Session, out: { write(text: string): unknown }, edit: Edit): Promise<boolean> {
  const { asker } = session;
  if (edit.changes.length === 0) {
    asker.say('Nothing changed; the file is left as it is.');
    return false;
  }
  const text = editAccount(edit.file, edit.raw, edit.changes, edit.config);
  if (edit.dryRun) {
    out.write(lineDiff(edit.raw, text, edit.file));
    return false;
  }
  if (!(await session.confirmWrite(edit.file, changeLines(edit.changes, edit.account)))) {
    asker.say('Nothing written.');
    return false;
  }
  writeAccount(edit.path, text, edit.bytes, edit.file);
  return true;
}
