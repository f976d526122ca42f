import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  SCORING_SECTIONS,
  SECTIONS,
  alertQuestions,
  changeLines,
  contactAnswers,
  contactQuestions,
  createAsker,
  editAccount,
  readForEdit,
  refuseUnusedAnswers,
  resolveQuestion,
  satisfactionQuestions,
  sectionQuestions,
  setAt,
  valueAt,
  writeAccount
} from "./chunk-4TGJCDRF.js";
import {
  Progress,
  askAll
} from "./chunk-643D2HAY.js";
import {
  analyzeAccount,
  resolveConfig
} from "./chunk-RVBIQEYH.js";
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  label
} from "./chunk-EQWHRGNW.js";

// src/cli/commands/assess.ts
import { isDeepStrictEqual } from "node:util";
import { dirname, resolve } from "node:path";

// src/format/line-diff.ts
var MAX_EDITS = 500;
function myers(a, b, aLo, aHi, bLo, bHi, limit) {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const off = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, off, n, m, d, aLo, bLo);
    }
  }
  return void 0;
}
function backtrack(trace, off, n, m, dEnd, aLo, bLo) {
  const ops = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? k + 1 : k - 1;
    const prevX = v[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: "=" });
      x--;
      y--;
    }
    if (x === prevX) ops.push({ kind: "+", at: bLo + --y });
    else ops.push({ kind: "-", at: aLo + --x });
  }
  return ops.reverse();
}
function lineDiff(before, after, file) {
  const a = before.split("\n");
  const b = after.split("\n");
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let aHi = a.length;
  let bHi = b.length;
  while (aHi > lo && bHi > lo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  const ops = myers(a, b, lo, aHi, lo, bHi, MAX_EDITS) ?? [
    ...Array.from({ length: aHi - lo }, (_, i) => ({ kind: "-", at: lo + i })),
    ...Array.from({ length: bHi - lo }, (_, i) => ({ kind: "+", at: lo + i }))
  ];
  const out = [`--- ${terminalSafe(file)}`, `+++ ${terminalSafe(file)} (after)`];
  let added = [];
  const flush = () => {
    out.push(...added);
    added = [];
  };
  for (const op of ops) {
    if (op.kind === "=") flush();
    else if (op.kind === "-") out.push(`-${op.at + 1}: ${terminalSafe(a[op.at])}`);
    else added.push(`+${op.at + 1}: ${terminalSafe(b[op.at])}`);
  }
  flush();
  return `${out.join("\n")}
`;
}

// src/cli/commands/assess.ts
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
  const flow = { asker, account, config, progress: new Progress(total), today: config.asOf ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), asked: [] };
  const changes = [];
  for (const s of sections) changes.push(...await assessSection(s, flow));
  refuseUnusedAnswers(asker, flow.asked, options.section ? "" : "\n(without --section, kam assess asks attractiveness, strength, positioning and relationship; add --section for the others)");
  const before = analyzeAccount(account, file, config, config.asOf ?? ctx.today);
  const after = analyzeAccount(applyChanges(account, changes), file, config, config.asOf ?? ctx.today);
  const fmt = (n) => n === null ? "\u2013" : n.toFixed(2);
  asker.say(`Attractiveness ${fmt(before.attractiveness)} \u2192 ${fmt(after.attractiveness)}`);
  asker.say(`Strength       ${fmt(before.strength)} \u2192 ${fmt(after.strength)}`);
  asker.say(before.quadrant === after.quadrant ? `Quadrant       ${label(after.quadrant, config)} (unchanged)` : `Quadrant       ${label(before.quadrant, config)} \u2192 ${label(after.quadrant, config)}`);
  if (changes.length === 0) {
    asker.say("Nothing changed; the file is left as it is.");
    return 0;
  }
  const text = editAccount(file, raw, changes, config);
  if (options.dryRun) {
    io.stdout.write(lineDiff(raw, text, file));
    return 0;
  }
  if (!await session.confirmWrite(file, changeLines(changes, account))) {
    asker.say("Nothing written.");
    return 0;
  }
  writeAccount(path, text, bytes, file);
  asker.say(`Wrote ${changes.length} change${changes.length === 1 ? "" : "s"} to ${file}.`);
  return 0;
}

export {
  lineDiff,
  changesFrom,
  applyChanges,
  assessCommand
};
