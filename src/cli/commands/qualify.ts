import { dirname, resolve } from 'node:path';
import { decision, QUESTIONS } from '../../core/scoring.js';
import type { Opportunity } from '../../core/types.js';
import type { Change } from '../../io/yaml/edit-yaml.js';
import { resolveConfig } from '../../pipeline/portfolio-run.js';
import { inCurrency, OPPORTUNITY_STAGES, qualifyQuestions } from '../../questionnaire/account-questions.js';
import type { Question } from '../../questionnaire/questions.js';
import type { CommandContext } from '../context.js';
import { applyChanges, changesFrom } from './assess.js';
import { askAll } from '../../questionnaire/asker.js';
import { createAsker, readForEdit, refuseUnusedAnswers, saveEdit } from './session.js';

export interface QualifyOptions {
  opportunity?: string;
  answers?: string;
  config?: string;
  dryRun?: boolean;
  yes?: boolean;
}

const NEW = '(new opportunity)';

/** `kam qualify <file>`: the four go/no-go questions for one opportunity. */
export async function qualifyCommand(file: string, options: QualifyOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  const config = resolveConfig({ paths: [dirname(file)], cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const { raw, bytes, account } = readForEdit(path, config, file);
  const session = await createAsker('qualify', options, ctx);
  const { asker } = session;
  const existing = account.opportunities ?? [];

  let id = options.opportunity;
  if (id === undefined) {
    const picked = await asker.ask({ id: 'opportunity', path: [], kind: 'choice', choices: [...existing.map((o) => o.id), NEW], message: 'Which opportunity?', default: existing[0]?.id ?? NEW });
    id = String(picked);
  }
  let index = existing.findIndex((o) => o.id === id);
  const isNew = index === -1;
  let opportunity: Partial<Opportunity> = existing[index] ?? {};
  if (isNew) {
    // A new opportunity: its id, name, value and stage first.
    index = existing.length;
    const intro: Question[] = [
      ...(id === NEW ? [{ id: 'id', path: ['id'], kind: 'id' as const, message: 'Opportunity id (short, unique in this account)' }] : []),
      { id: 'name', path: ['name'], kind: 'text', message: 'What is it?', optional: true },
      { id: 'value', path: ['value'], kind: 'amount', message: `Estimated value of the deal${inCurrency(config)}`, optional: true },
      { id: 'stage', path: ['stage'], kind: 'choice', choices: OPPORTUNITY_STAGES, message: 'Pipeline stage', default: 'identified' },
    ];
    const answers = await askAll(asker, intro);
    opportunity = { id: id === NEW ? String(answers.get('id')) : id };
    for (const q of intro) if (q.id !== 'id' && answers.get(q.id) !== undefined) (opportunity as Record<string, unknown>)[q.id] = answers.get(q.id);
  }

  asker.say(`Qualifying "${opportunity.name ?? opportunity.id}": a no to any question means no-go.`);
  const questions = qualifyQuestions(opportunity, index);
  const answers = await askAll(asker, questions);
  let changes: Change[] = changesFrom(questions, answers, account);
  if (isNew) {
    // One change that adds the whole opportunity: a new list when the account has none yet.
    const added = applyChanges({ id: account.id, name: account.name, opportunities: [...existing, opportunity as Opportunity] }, changes).opportunities![index]!;
    opportunity = added;
    changes = [existing.length === 0
      ? { path: ['opportunities'], value: [added] as unknown as Change['value'] }
      : { path: ['opportunities', index], value: added as unknown as Change['value'] }];
  }
  const after = isNew ? (opportunity as Opportunity) : applyChanges(account, changes).opportunities![index]!;
  const result = decision(after.questions);
  const failed = QUESTIONS.filter((q) => after.questions?.[q] === 'no' || after.questions?.[q] === false);
  asker.say(`Decision: ${result}${failed.length > 0 ? ` (no to: ${failed.join(', ')})` : ''}`);
  refuseUnusedAnswers(asker, ['opportunity', 'id', 'name', 'value', 'stage', ...questions.map((q) => q.id)]);
  if (await saveEdit(session, io.stdout, { path, file, raw, bytes, account, changes, config, ...(options.dryRun ? { dryRun: true } : {}) })) {
    asker.say(`Wrote ${isNew ? `the new opportunity ${opportunity.id}` : `${changes.length} change${changes.length === 1 ? '' : 's'}`} to ${file}.`);
  }
  return 0;
}
