import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  SCORING_SECTIONS,
  SECTIONS,
  alertQuestions,
  contactAnswers,
  contactQuestions,
  createAsker,
  readForEdit,
  refuseUnusedAnswers,
  resolveQuestion,
  satisfactionQuestions,
  saveEdit,
  sectionQuestions,
  setAt,
  valueAt
} from "./chunk-PN7ZGIFM.js";
import {
  Progress,
  askAll
} from "./chunk-FGLYJR7A.js";
import {
  analyzeAccount,
  resolveConfig
} from "./chunk-WRLSLW4I.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  label
} from "./chunk-EQWHRGNW.js";

// src/cli/commands/assess.ts
import { isDeepStrictEqual } from "node:util";
import { dirname, resolve } from "node:path";
function changesFrom(questions, answers, current) {
  const out = [];
  for (const q of questions) {
    const value = answers.get(q.id);
    if (value === void 0 || isDeepStrictEqual(value, valueAt(current, q.path))) continue;
    out.push({ path: q.path, value });
  }
  return out;
}
function applyChanges(account, changes) {
  const next = structuredClone(account);
  for (const c of changes) setAt(next, c.path, c.value);
  return next;
}
async function ask(flow, questions) {
  flow.asked.push(...questions.map((q) => q.id));
  return changesFrom(questions, await askAll(flow.asker, questions, flow.progress), flow.account);
}
async function wantsNew(flow, prefix, message) {
  if (flow.asker.scripted) return [...flow.asker.unused?.() ?? []].some((k) => k.startsWith(prefix));
  return Boolean(await flow.asker.ask({ id: prefix, path: [], kind: "confirm", message, default: false }));
}
async function assessSection(section, flow) {
  const { account } = flow;
  const fixed = sectionQuestions(section, flow.config, account);
  if (section === "contacts") {
    const changes = await ask(flow, fixed);
    const contacts = account.relationship?.contacts ?? [];
    for (let i = contacts.length; await wantsNew(flow, `relationship.contacts.${i}.`, contacts.length === i ? "Add a contact?" : "Add another contact?"); i++) {
      changes.push(...await ask(flow, contactQuestions({}, i, true)));
    }
    return changes;
  }
  if (section === "performance") {
    const changes = await ask(flow, fixed);
    const alerts = account.performance?.alerts ?? [];
    const open = alerts.flatMap((a, i) => a.resolved ? [] : [resolveQuestion(a, i)]);
    changes.push(...await ask(flow, open));
    if (await wantsNew(flow, "performance.satisfaction.", "Record a new satisfaction measurement?")) {
      changes.push(...await ask(flow, satisfactionQuestions(account.performance?.satisfaction?.length ?? 0, flow.today)));
    }
    if (await wantsNew(flow, "performance.alert.", "Record a new alert (an early sign of a retention problem)?")) {
      changes.push(...await ask(flow, alertQuestions(alerts.length, flow.today)));
    }
    return changes;
  }
  return ask(flow, fixed);
}
async function assessCommand(file, options, ctx) {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  const config = resolveConfig({ paths: [dirname(file)], cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const { raw, bytes, account } = readForEdit(path, config, file);
  const sections = options.section && options.section.length > 0 ? options.section : [...SCORING_SECTIONS];
  for (const s of sections) if (!SECTIONS.includes(s)) throw new UsageError(`unknown section "${s}": use ${SECTIONS.join(", ")}`);
  const session = await createAsker("assess", options, ctx);
  const { asker } = session;
  if (session.answers) contactAnswers(session.answers, account.relationship?.contacts ?? []);
  asker.say(`Re-assessing ${account.name} (${file}). Press Enter to keep a value${asker.scripted ? "" : ", type < to go back one question"}.`);
  const total = sections.reduce((n, s) => n + sectionQuestions(s, config, account).length, 0);
  const flow = { asker, account, config, progress: new Progress(total), today: config.asOf ?? ctx.today, asked: [] };
  const changes = [];
  for (const s of sections) changes.push(...await assessSection(s, flow));
  refuseUnusedAnswers(asker, flow.asked, options.section ? "" : "\n(without --section, kam assess asks attractiveness, strength, positioning and relationship; add --section for the others)");
  const before = analyzeAccount(account, file, config, config.asOf ?? ctx.today);
  const after = analyzeAccount(applyChanges(account, changes), file, config, config.asOf ?? ctx.today);
  const fmt = (n) => n === null ? "\u2013" : n.toFixed(2);
  asker.say(`Attractiveness ${fmt(before.attractiveness)} \u2192 ${fmt(after.attractiveness)}`);
  asker.say(`Strength       ${fmt(before.strength)} \u2192 ${fmt(after.strength)}`);
  asker.say(before.quadrant === after.quadrant ? `Quadrant       ${label(after.quadrant, config)} (unchanged)` : `Quadrant       ${label(before.quadrant, config)} \u2192 ${label(after.quadrant, config)}`);
  if (await saveEdit(session, io.stdout, { path, file, raw, bytes, account, changes, config, ...options.dryRun ? { dryRun: true } : {} })) {
    asker.say(`Wrote ${changes.length} change${changes.length === 1 ? "" : "s"} to ${file}.`);
  }
  return 0;
}

export {
  changesFrom,
  applyChanges,
  assessCommand
};
