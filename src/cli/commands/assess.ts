import { isDeepStrictEqual } from 'node:util';
import { dirname, resolve } from 'node:path';
import { analyzeAccount } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import { setAt, valueAt } from '../../core/doc-path.js';
import type { Account, Config } from '../../core/types.js';
import type { Change } from '../../io/yaml/edit-yaml.js';
import { UsageError } from '../../io/errors.js';
import { resolveConfig } from '../../pipeline/portfolio-run.js';
import {
  alertQuestions, contactQuestions, resolveQuestion, satisfactionQuestions, SCORING_SECTIONS, SECTIONS, sectionQuestions, type Section,
} from '../../questionnaire/account-questions.js';
import { askAll, Progress, type Asker } from '../../questionnaire/asker.js';
import type { Question } from '../../questionnaire/questions.js';
import type { CommandContext } from '../context.js';
import { contactAnswers, createAsker, readForEdit, refuseUnusedAnswers, saveEdit } from './session.js';

export interface AssessOptions {
  section?: Section[];
  dryRun?: boolean;
  answers?: string;
  config?: string;
  yes?: boolean;
}

/** The answers that differ from what the file says; a question left empty changes nothing. */
export function changesFrom(questions: Question[], answers: Map<string, unknown>, current: unknown): Change[] {
  const out: Change[] = [];
  for (const q of questions) {
    const value = answers.get(q.id);
    if (value === undefined || isDeepStrictEqual(value, valueAt(current, q.path))) continue;
    out.push({ path: q.path, value: value as Change['value'] });
  }
  return out;
}

export function applyChanges(account: Account, changes: Change[]): Account {
  const next = structuredClone(account) as unknown as Record<string, unknown>;
  for (const c of changes) setAt(next, c.path, c.value);
  return next as unknown as Account;
}

interface Flow {
  asker: Asker;
  account: Account;
  config: Config;
  progress: Progress;
  today: string;
  /** Every question id asked, for the did-you-mean of an answers-file typo. */
  asked: string[];
}

async function ask(flow: Flow, questions: Question[]): Promise<Change[]> {
  flow.asked.push(...questions.map((q) => q.id));
  return changesFrom(questions, await askAll(flow.asker, questions, flow.progress), flow.account);
}

/** Whether to add a new entry: at a terminal, a yes/no question; from a file, whether the file gives one. */
async function wantsNew(flow: Flow, prefix: string, message: string): Promise<boolean> {
  if (flow.asker.scripted) return [...(flow.asker.unused?.() ?? [])].some((k) => k.startsWith(prefix));
  return Boolean(await flow.asker.ask({ id: prefix, path: [], kind: 'confirm', message, default: false }));
}

/** One section's questions and the changes they make. */
async function assessSection(section: Section, flow: Flow): Promise<Change[]> {
  const { account } = flow;
  const fixed = sectionQuestions(section, flow.config, account);
  if (section === 'contacts') {
    const changes = await ask(flow, fixed);
    const contacts = account.relationship?.contacts ?? [];
    for (let i = contacts.length; await wantsNew(flow, `relationship.contacts.${i}.`, contacts.length === i ? 'Add a contact?' : 'Add another contact?'); i++) {
      changes.push(...await ask(flow, contactQuestions({}, i, true)));
    }
    return changes;
  }
  if (section === 'performance') {
    const changes = await ask(flow, fixed);
    const alerts = account.performance?.alerts ?? [];
    const open = alerts.flatMap((a, i) => (a.resolved ? [] : [resolveQuestion(a, i)]));
    changes.push(...await ask(flow, open));
    if (await wantsNew(flow, 'performance.satisfaction.', 'Record a new satisfaction measurement?')) {
      changes.push(...await ask(flow, satisfactionQuestions(account.performance?.satisfaction?.length ?? 0, flow.today)));
    }
    if (await wantsNew(flow, 'performance.alert.', 'Record a new alert (an early sign of a retention problem)?')) {
      changes.push(...await ask(flow, alertQuestions(alerts.length, flow.today)));
    }
    return changes;
  }
  return ask(flow, fixed);
}

/** `kam assess <file>`: re-score an account or bring its plan up to date; defaults from the file, only changed values written. */
export async function assessCommand(file: string, options: AssessOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  const config = resolveConfig({ paths: [dirname(file)], cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const { raw, bytes, account } = readForEdit(path, config, file);
  const sections = options.section && options.section.length > 0 ? options.section : [...SCORING_SECTIONS];
  for (const s of sections) if (!SECTIONS.includes(s)) throw new UsageError(`unknown section "${s}": use ${SECTIONS.join(', ')}`);
  const session = await createAsker('assess', options, ctx);
  const { asker } = session;
  if (session.answers) contactAnswers(session.answers, account.relationship?.contacts ?? []);

  asker.say(`Re-assessing ${account.name} (${file}). Press Enter to keep a value${asker.scripted ? '' : ', type < to go back one question'}.`);
  const total = sections.reduce((n, s) => n + sectionQuestions(s, config, account).length, 0);
  const flow: Flow = { asker, account, config, progress: new Progress(total), today: config.asOf ?? ctx.today, asked: [] };
  const changes: Change[] = [];
  for (const s of sections) changes.push(...await assessSection(s, flow));
  refuseUnusedAnswers(asker, flow.asked, options.section ? '' : '\n(without --section, kam assess asks attractiveness, strength, positioning and relationship; add --section for the others)');

  const before = analyzeAccount(account, file, config, config.asOf ?? ctx.today);
  const after = analyzeAccount(applyChanges(account, changes), file, config, config.asOf ?? ctx.today);
  const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(2));
  asker.say(`Attractiveness ${fmt(before.attractiveness)} → ${fmt(after.attractiveness)}`);
  asker.say(`Strength       ${fmt(before.strength)} → ${fmt(after.strength)}`);
  asker.say(before.quadrant === after.quadrant
    ? `Quadrant       ${label(after.quadrant, config)} (unchanged)`
    : `Quadrant       ${label(before.quadrant, config)} → ${label(after.quadrant, config)}`);
  if (await saveEdit(session, io.stdout, { path, file, raw, bytes, account, changes, config, ...(options.dryRun ? { dryRun: true } : {}) })) {
    asker.say(`Wrote ${changes.length} change${changes.length === 1 ? '' : 's'} to ${file}.`);
  }
  return 0;
}
