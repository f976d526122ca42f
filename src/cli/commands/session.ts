/**
 * What the questionnaire commands share: who answers (a person or a file),
 * reading the account to change, and writing the result safely.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Account, Config } from '../../core/types.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { UsageError } from '../../io/errors.js';
import { loadAccountText } from '../../io/load-account.js';
import { accountValidators } from '../../io/schema.js';
import { answersAsker, terminalAsker, type Asker } from '../../questionnaire/asker.js';
import { flattenAnswers, type Question } from '../../questionnaire/questions.js';
import type { CommandContext } from '../context.js';

export async function createAsker(command: string, answersFile: string | undefined, ctx: CommandContext): Promise<{ asker: Asker; answers?: Map<string, unknown> }> {
  const say = (text: string) => ctx.io.stderr.write(`${text}\n`);
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
  account: Account;
}

/** The file as text (BOM and line endings untouched) and as a valid account. */
export function readForEdit(file: string, config: Config): LoadedForEdit {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const loaded = loadAccountText(file, bytes, { validators: accountValidators(config), config });
  if (!loaded.ok) {
    const first = loaded.diagnostics[0]!;
    throw new UsageError(`${file} is not a valid account file yet (${first.line}:${first.column} ${first.message}); fix it first (kam validate ${file})`);
  }
  return { raw: bytes.toString('utf8'), account: loaded.account };
}

/** Validates the new text as an account before it replaces anything, then writes atomically. */
export function writeAccount(file: string, text: string, config: Config): void {
  const check = loadAccountText(file, Buffer.from(text, 'utf8'), { validators: accountValidators(config), config });
  if (!check.ok) {
    const first = check.diagnostics[0]!;
    throw new Error(`the new text would not be a valid account (${first.line}:${first.column} ${first.message}); nothing was written`);
  }
  writeFileAtomic(file, text);
}

/** A small line diff (longest common subsequence) for --dry-run. */
export function lineDiff(before: string, after: string, file: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out = [`--- ${file}`, `+++ ${file} (after)`];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { i++; j++; continue; }
    // Removed lines before added ones, as in a unified diff.
    if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`-${i + 1}: ${a[i++]}`);
    else out.push(`+${j + 1}: ${b[j++]}`);
  }
  return `${out.join('\n')}\n`;
}
