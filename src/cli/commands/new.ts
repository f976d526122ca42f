import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';
import { analyzeAccount } from '../../core/analyze.js';
import { label } from '../../core/labels.js';
import type { Account } from '../../core/types.js';
import { UsageError } from '../../io/errors.js';
import { findSchemaCopy, schemaLine } from '../../io/schema/schema-copies.js';
import { resolveConfig } from '../../pipeline/portfolio-run.js';
import { contactQuestions, factorQuestions, identityQuestions, positioningQuestions, relationshipQuestions } from '../../questionnaire/account-questions.js';
import { suggestId, type Question } from '../../questionnaire/questions.js';
import { askAll, Progress, type Asker } from '../../questionnaire/asker.js';
import type { CommandContext } from '../context.js';
import { setAt } from '../../core/doc-path.js';
import { contactAnswers, createAsker, refuseUnusedAnswers, validAccountText, writeAccount } from './session.js';
import { discoverAccountFiles } from '../../io/files/discover.js';
import { readRegularFile } from '../../io/files/read-file.js';
import { MAX_FILE_BYTES } from '../../io/files/source-text.js';

export interface NewOptions {
  answers?: string;
  force?: boolean;
  config?: string;
  yes?: boolean;
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

/** Contacts one by one: who they are, the four agenda questions and who on our side holds the relationship. */
async function askContacts(asker: Asker, data: Record<string, unknown>, progress: Progress, asked: string[]): Promise<void> {
  for (let i = 0; ; i++) {
    const more = asker.scripted
      ? (asker.unused?.() ?? []).some((k) => k.startsWith(`relationship.contacts.${i}.`))
      : await asker.ask({ id: 'add_contact', path: [], kind: 'confirm', message: i === 0 ? 'Add a key contact (a decision maker or influencer)?' : 'Add another contact?', default: i === 0 });
    if (!more) return;
    const qs = contactQuestions({}, i, true);
    asked.push(...qs.map((q) => q.id));
    const a = await askAll(asker, qs, progress);
    for (const q of qs) if (a.get(q.id) !== undefined) setAt(data, q.path, a.get(q.id));
  }
}

/**
 * The ids already used in the portfolio, from each file's top-level `id:`
 * line: enough to catch a duplicate before the session goes on (kam check
 * reports any that a file writes in another form).
 */
function portfolioIds(paths: readonly string[], cwd: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of discoverAccountFiles(paths, cwd).files) {
    const read = readRegularFile(resolve(cwd, file), MAX_FILE_BYTES);
    if (!read.ok) continue;
    const m = /^id:[ \t]*["']?([^\s"'#]+)/m.exec(read.bytes.toString('utf8'));
    if (m && !ids.has(m[1]!)) ids.set(m[1]!, file);
  }
  return ids;
}

/** `kam new [file]`: a new account file from questions, shown before it is written. */
export async function newCommand(fileArg: string | undefined, options: NewOptions, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const paths = ctx.defaultPaths([]);
  const config = resolveConfig({ paths, cwd: io.cwd, ...(options.config ? { configFile: options.config } : {}) });
  const session = await createAsker('new', options, ctx);
  const { asker } = session;
  if (session.answers) contactAnswers(session.answers, []);
  const data: Record<string, unknown> = {};
  const asked: string[] = ['name', 'id', 'significance_by_factors', 'confirm'];
  const take = (qs: Question[], values: Map<string, unknown>) => {
    for (const q of qs) if (values.get(q.id) !== undefined) setAt(data, q.path, values.get(q.id));
  };
  const ask = async (qs: Question[]) => {
    asked.push(...qs.map((q) => q.id));
    take(qs, await askAll(asker, qs, progress));
  };

  const [nameQ, idQ, ...rest] = identityQuestions({}, config);
  const factorsOf = (axis: 'attractiveness' | 'strength') => factorQuestions(axis, config, {});
  // Contacts and the significance factors are counted when they are asked.
  const progress = new Progress(2 + rest.length + factorsOf('attractiveness').length + factorsOf('strength').length + 1 + 2 + relationshipQuestions({}).length);
  const name = String(await asker.ask(nameQ!, { counter: progress.label() }));
  // The id must be new to the portfolio and its file must not exist: at a terminal, asked again until it is.
  const taken = portfolioIds([...paths, ...(fileArg ? [dirname(fileArg)] : [])], io.cwd);
  let id: string;
  let file: string;
  for (let suggested = suggestId(name); ; suggested = '') {
    // At a terminal a taken id is not offered; from a file it is, so that the clash is reported.
    const offer = suggested && (asker.scripted || !taken.has(suggested)) ? suggested : undefined;
    id = String(await asker.ask({ ...idQ!, default: offer }, { counter: `${progress.asked + 1}/${progress.total}` }));
    file = resolve(io.cwd, fileArg ?? `${existsSync(resolve(io.cwd, 'accounts')) ? 'accounts/' : ''}${id}.yaml`);
    const clash = taken.get(id);
    const problem = clash !== undefined && resolve(io.cwd, clash) !== file ? `the id ${id} is already used by ${clash}; account ids must be unique`
      : existsSync(file) && !options.force ? `${relative(io.cwd, file)} exists; kam new does not overwrite it without --force (kam assess changes an existing account)`
        : undefined;
    if (!problem) break;
    if (asker.scripted) throw new UsageError(problem);
    asker.say(`${problem}. Choose another id.`);
  }
  progress.label();
  data.id = id;
  data.name = name;
  // What was there when we looked: the write refuses if that changes meanwhile.
  const before = existsSync(file) ? readFileSync(file) : null;
  await ask(rest);

  for (const axis of ['attractiveness', 'strength'] as const) {
    asker.say(axis === 'attractiveness' ? 'How attractive is this customer to us? (0-10, Enter to skip a factor)' : 'How strong are we with them, compared with the best competitor? (0-10)');
    await ask(factorsOf(axis));
  }
  const viaFactors = Boolean(await asker.ask({ id: 'significance_by_factors', path: [], kind: 'confirm', message: 'Score significance through its six factors (unique technology, cost savings, ...) instead of one number?', default: false }, { counter: progress.label() }));
  if (viaFactors) progress.total += 5;
  await ask(positioningQuestions({}, viaFactors));
  await ask(relationshipQuestions({}));
  await askContacts(asker, data, progress, asked);
  refuseUnusedAnswers(asker, asked);

  const account = data as unknown as Account;
  const r = analyzeAccount(account, file, config, config.asOf ?? ctx.today);
  const fmt = (n: number | null) => (n === null ? 'no score' : n.toFixed(2));
  asker.say(`\n${name}: attractiveness ${fmt(r.attractiveness)}, strength ${fmt(r.strength)} → ${label(r.quadrant, config)}` +
    `${r.positioning ? `; positioned as ${label(r.positioning, config)}` : ''}`);
  const shown = relative(io.cwd, file);
  const text = validAccountText(file, accountText(account, file), config);
  if (!(await session.confirmWrite(shown, text.replace(/\n$/, '').split('\n').map((line) => `+ ${line}`), `Write ${shown}?`))) {
    asker.say('Nothing written.');
    return 0;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeAccount(file, text, before, shown);
  asker.say(`Wrote ${shown}.`);
  return 0;
}
