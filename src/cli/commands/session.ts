/**
 * What the questionnaire commands share: who answers (a person or a file),
 * reading the account to change, and writing the result safely.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Account, Config } from '../../core/types.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { editYaml, EditError, type Change } from '../../io/edit-yaml.js';
import { UsageError } from '../../io/errors.js';
import { loadAccountText } from '../../io/load-account.js';
import { readRegularFile } from '../../io/read-file.js';
import { MAX_FILE_BYTES } from '../../io/source-text.js';
import { accountValidators } from '../../io/schema.js';
import { answersAsker, terminalAsker, type Asker } from '../../questionnaire/asker.js';
import { flattenAnswers, type Question } from '../../questionnaire/questions.js';
import { terminalLines } from '../../format/terminal-text.js';
import type { CommandContext } from '../context.js';

export async function createAsker(command: string, answersFile: string | undefined, ctx: CommandContext): Promise<{ asker: Asker; answers?: Map<string, unknown> }> {
  const say = (text: string) => ctx.io.stderr.write(`${terminalLines(text)}\n`);
  if (answersFile !== undefined) {
    let data: unknown;
    try {
      data = parse(readFileSync(answersFile, 'utf8'), { version: '1.2', schema: 'core' });
    } catch (e) {
      throw new UsageError(`cannot read the answers file ${answersFile}: ${(e as Error).message.split('\n')[0]}`);
    }
    const answers = flattenAnswers(data);
    return { asker: answersAsker(answers, say), answers };
  }
  const stdin = ctx.io.stdin;
  if (!stdin || !(stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError(`kam ${command} asks its questions at a terminal; to run it from a script, give the answers in a YAML file: kam ${command} --answers answers.yaml (see README)`);
  }
  return { asker: await terminalAsker({ input: stdin, output: ctx.io.stderr as unknown as NodeJS.WritableStream }, say) };
}

export async function askAll(asker: Asker, questions: Question[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const q of questions) out.set(q.id, await asker.ask(q));
  return out;
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
