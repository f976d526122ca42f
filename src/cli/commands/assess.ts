import { dirname, resolve } from 'node:path';
import { analyzeAccount } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import { setAt, valueAt } from '../../core/doc-path.js';
import type { Account } from '../../core/types.js';
import type { Change } from '../../io/edit-yaml.js';
import { UsageError } from '../../io/errors.js';
import { resolveConfig } from '../../portfolio-run.js';
import { SECTIONS, sectionQuestions, type Section } from '../../questionnaire/account-questions.js';
import type { Question } from '../../questionnaire/questions.js';
import type { CommandContext } from '../context.js';
import { lineDiff } from '../../format/line-diff.js';
import { askAll, createAsker, editAccount, readForEdit, writeAccount } from './session.js';

export interface AssessOptions {
  section?: Section[];
  dryRun?: boolean;
  answers?: string;
  config?: string;
}

/** The answers that differ from what the file says; a question left empty changes nothing. */
export function changesFrom(questions: Question[], answers: Map<string, unknown>, current: unknown): Change[] {
  const out: Change[] = [];
  for (const q of questions) {
    const value = answers.get(q.id);
    if (value === undefined || value === valueAt(current, q.path)) continue;
    out.push({ path: q.path, value: value as Change['value'] });
  }
  return out;
}

export function applyChanges(account: Account, changes: Change[]): Account {
  const next = structuredClone(account) as unknown as Record<string, unknown>;
  for (const c of changes) setAt(next, c.path, c.value);
  return next as unknown as Account;
}

/** `kam assess <file>`: re-score an account, defaults from the file, only changed values written. */
export async function assessCommand(file: string, options: AssessOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  const config = resolveConfig({ paths: [dirname(file)], cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const { raw, bytes, account } = readForEdit(path, config, file);
  const sections = options.section && options.section.length > 0 ? options.section : [...SECTIONS];
  for (const s of sections) if (!SECTIONS.includes(s)) throw new UsageError(`unknown section "${s}": use ${SECTIONS.join(', ')}`);
  const { asker } = await createAsker('assess', options.answers, ctx);

  asker.say(`Re-assessing ${account.name} (${file}). Press Enter to keep a value.`);
  const questions = sections.flatMap((s) => sectionQuestions(s, config, account));
  const answers = await askAll(asker, questions);
  const changes = changesFrom(questions, answers, account);
  const before = analyzeAccount(account, file, config);
  const after = analyzeAccount(applyChanges(account, changes), file, config);
  const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(2));
  asker.say(`Attractiveness ${fmt(before.attractiveness)} → ${fmt(after.attractiveness)}`);
  asker.say(`Strength       ${fmt(before.strength)} → ${fmt(after.strength)}`);
  asker.say(before.quadrant === after.quadrant
    ? `Quadrant       ${label(after.quadrant, config)} (unchanged)`
    : `Quadrant       ${label(before.quadrant, config)} → ${label(after.quadrant, config)}`);
  if (changes.length === 0) {
    asker.say('Nothing changed; the file is left as it is.');
    return 0;
  }
  const text = editAccount(file, raw, changes, config);
  if (options.dryRun) {
    io.stdout.write(lineDiff(raw, text, file));
    return 0;
  }
  writeAccount(path, text, bytes, file);
  asker.say(`Wrote ${changes.length} change${changes.length === 1 ? '' : 's'} to ${file}.`);
  return 0;
}
