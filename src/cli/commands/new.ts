import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';
import { analyzeAccount } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import type { Account, Contact } from '../../core/types.js';
import { UsageError } from '../../io/errors.js';
import { findSchemaCopy, schemaLine } from '../../io/schema-copies.js';
import { resolveConfig } from '../../portfolio-run.js';
import { factorQuestions, identityQuestions, positioningQuestions, relationshipQuestions } from '../../questionnaire/account-questions.js';
import { suggestId, type Question } from '../../questionnaire/questions.js';
import type { Asker } from '../../questionnaire/asker.js';
import type { CommandContext } from '../context.js';
import { setAt } from '../../core/doc-path.js';
import { askAll, createAsker, validAccountText, writeAccount } from './session.js';

export interface NewOptions {
  answers?: string;
  force?: boolean;
  config?: string;
}

/** Comments above the sections of a new file: what the numbers mean. */
const SECTION_COMMENTS: Record<string, string> = {
  revenue: ' Annual revenue from this account: now, and realistic potential',
  attractiveness: ' Customer attractiveness: each factor 0..10, 10 = most attractive to us',
  strength: ' Relative strength: how the customer rates us against the best competitor, 0..10',
  positioning: ' How the customer positions us: relative spend and significance, 0..10',
  relationship: " Relationship stage as we see it, and as the customer does",
};

export function accountText(account: Account, file: string): string {
  const doc = new Document(account, { version: '1.2' });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair<Scalar>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (SECTION_COMMENTS[key]) pair.key.commentBefore = SECTION_COMMENTS[key];
    }
  }
  // Only a schema inside the repository resolves for every colleague; kam's own install never does.
  const copy = findSchemaCopy(dirname(resolve(file)));
  return `${copy ? `${schemaLine(resolve(file), copy)}\n` : ''}${doc.toString({ lineWidth: 0 })}`;
}

async function askContacts(asker: Asker, answers: Map<string, unknown> | undefined): Promise<Contact[]> {
  // From a file, contacts come as a list under relationship.contacts; at a terminal, one by one.
  if (answers) return (answers.get('relationship.contacts') as Contact[] | undefined) ?? [];
  const contacts: Contact[] = [];
  while (await asker.ask({ id: 'add_contact', path: [], kind: 'confirm', message: contacts.length === 0 ? 'Add a key contact (a decision maker or influencer)?' : 'Add another contact?', default: contacts.length === 0 })) {
    const qs: Question[] = [
      { id: 'name', path: ['name'], kind: 'text', message: '  Name' },
      { id: 'role', path: ['role'], kind: 'text', message: '  Role', optional: true },
      { id: 'function', path: ['function'], kind: 'text', message: '  Function (purchasing, operations, ...)', optional: true },
      { id: 'influence', path: ['influence'], kind: 'choice', choices: ['decision-maker', 'influencer', 'sponsor', 'user', 'gatekeeper'], message: '  Part in the buying decision', optional: true },
      { id: 'agenda.business', path: ['agenda', 'business'], kind: 'text', message: '  Their business agenda (what they must achieve)', optional: true },
      { id: 'agenda.personal', path: ['agenda', 'personal'], kind: 'text', message: '  Their personal agenda', optional: true },
    ];
    const a = await askAll(asker, qs);
    const contact: Record<string, unknown> = {};
    for (const q of qs) if (a.get(q.id) !== undefined) setAt(contact, q.path, a.get(q.id));
    contacts.push(contact as unknown as Contact);
  }
  return contacts;
}

/** `kam new [file]`: a new account file from questions, shown before it is written. */
export async function newCommand(fileArg: string | undefined, options: NewOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const config = resolveConfig({ paths: ctx.defaultPaths([]), cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const { asker, answers } = await createAsker('new', options.answers, ctx);
  const data: Record<string, unknown> = {};
  const take = (qs: Question[], values: Map<string, unknown>) => {
    for (const q of qs) if (values.get(q.id) !== undefined) setAt(data, q.path, values.get(q.id));
  };

  const [nameQ, idQ, ...rest] = identityQuestions({});
  const name = String(await asker.ask(nameQ!));
  const id = String(await asker.ask({ ...idQ!, default: suggestId(name) }));
  data.id = id;
  data.name = name;
  const file = resolve(io.cwd, fileArg ?? `${existsSync(resolve(io.cwd, 'accounts')) ? 'accounts/' : ''}${id}.yaml`);
  // What was there when we looked: the write refuses if that changes meanwhile.
  const before = existsSync(file) ? readFileSync(file) : null;
  if (before !== null && !options.force) throw new UsageError(`${relative(io.cwd, file)} exists; kam new does not overwrite it without --force (kam assess changes an existing account)`);
  take(rest, await askAll(asker, rest));

  for (const axis of ['attractiveness', 'strength'] as const) {
    asker.say(axis === 'attractiveness' ? 'How attractive is this customer to us? (0-10, Enter to skip a factor)' : 'How strong are we with them, compared with the best competitor? (0-10)');
    const qs = factorQuestions(axis, config, {});
    take(qs, await askAll(asker, qs));
  }
  const viaFactors = Boolean(await asker.ask({ id: 'significance_by_factors', path: [], kind: 'confirm', message: 'Score significance through its six factors (unique technology, cost savings, ...) instead of one number?', default: false }));
  const pq = positioningQuestions({}, viaFactors);
  take(pq, await askAll(asker, pq));
  const rq = relationshipQuestions({});
  take(rq, await askAll(asker, rq));
  const contacts = await askContacts(asker, answers);
  if (contacts.length > 0) setAt(data, ['relationship', 'contacts'], contacts);

  const account = data as unknown as Account;
  const r = analyzeAccount(account, file, config);
  const fmt = (n: number | null) => (n === null ? 'no score' : n.toFixed(2));
  asker.say(`\n${name}: attractiveness ${fmt(r.attractiveness)}, strength ${fmt(r.strength)} → ${label(r.quadrant, config)}` +
    `${r.positioning ? `; positioned as ${label(r.positioning, config)}` : ''}`);
  const shown = relative(io.cwd, file);
  if (!(await asker.ask({ id: 'confirm', path: [], kind: 'confirm', message: `Write ${shown}?`, default: true }))) {
    asker.say('Nothing written.');
    return 0;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeAccount(file, validAccountText(file, accountText(account, file), config), before, shown);
  asker.say(`Wrote ${shown}.`);
  return 0;
}
