import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  findSchemaCopy,
  schemaLine
} from "./chunk-UKTSYZX6.js";
import {
  contactAnswers,
  contactQuestions,
  createAsker,
  factorQuestions,
  identityQuestions,
  positioningQuestions,
  refuseUnusedAnswers,
  relationshipQuestions,
  setAt,
  validAccountText,
  writeAccount
} from "./chunk-PN7ZGIFM.js";
import {
  Progress,
  askAll,
  suggestId
} from "./chunk-FGLYJR7A.js";
import "./chunk-D4IC2CFY.js";
import {
  analyzeAccount,
  resolveConfig
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  MAX_FILE_BYTES,
  discoverAccountFiles,
  readRegularFile
} from "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/new.ts
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { Document, isMap, isScalar } from "#vendor/yaml";
var SECTION_COMMENTS = {
  revenue: " Annual revenue from this account: now, and realistic potential",
  attractiveness: " Customer attractiveness: each factor 0..10, 10 = most attractive to us",
  strength: " Relative strength: how the customer rates us against the best competitor, 0..10",
  positioning: " How the customer positions us: relative spend and significance, 0..10",
  relationship: " Relationship stage as we see it, and as the customer does"
};
function accountText(account, file) {
  const doc = new Document(account, { version: "1.2" });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (SECTION_COMMENTS[key]) pair.key.commentBefore = SECTION_COMMENTS[key];
    }
  }
  const copy = findSchemaCopy(dirname(resolve(file)));
  return `${copy ? `${schemaLine(resolve(file), copy)}
` : ""}${doc.toString({ lineWidth: 0 })}`;
}
async function askContacts(asker, data, progress, asked) {
  for (let i = 0; ; i++) {
    const more = asker.scripted ? (asker.unused?.() ?? []).some((k) => k.startsWith(`relationship.contacts.${i}.`)) : await asker.ask({ id: "add_contact", path: [], kind: "confirm", message: i === 0 ? "Add a key contact (a decision maker or influencer)?" : "Add another contact?", default: i === 0 });
    if (!more) return;
    const qs = contactQuestions({}, i, true);
    asked.push(...qs.map((q) => q.id));
    const a = await askAll(asker, qs, progress);
    for (const q of qs) if (a.get(q.id) !== void 0) setAt(data, q.path, a.get(q.id));
  }
}
function portfolioIds(paths, cwd) {
  const ids = /* @__PURE__ */ new Map();
  for (const file of discoverAccountFiles(paths, cwd).files) {
    const read = readRegularFile(resolve(cwd, file), MAX_FILE_BYTES);
    if (!read.ok) continue;
    const m = /^id:[ \t]*["']?([^\s"'#]+)/m.exec(read.bytes.toString("utf8"));
    if (m && !ids.has(m[1])) ids.set(m[1], file);
  }
  return ids;
}
async function newCommand(fileArg, options, ctx) {
  const { io } = ctx;
  const paths = ctx.defaultPaths([]);
  const config = resolveConfig({ paths, cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const session = await createAsker("new", options, ctx);
  const { asker } = session;
  if (session.answers) contactAnswers(session.answers, []);
  const data = {};
  const asked = ["name", "id", "significance_by_factors", "confirm"];
  const take = (qs, values) => {
    for (const q of qs) if (values.get(q.id) !== void 0) setAt(data, q.path, values.get(q.id));
  };
  const ask = async (qs) => {
    asked.push(...qs.map((q) => q.id));
    take(qs, await askAll(asker, qs, progress));
  };
  const [nameQ, idQ, ...rest] = identityQuestions({}, config);
  const factorsOf = (axis) => factorQuestions(axis, config, {});
  const progress = new Progress(2 + rest.length + factorsOf("attractiveness").length + factorsOf("strength").length + 1 + 2 + relationshipQuestions({}).length);
  const name = String(await asker.ask(nameQ, { counter: progress.label() }));
  const taken = portfolioIds([...paths, ...fileArg ? [dirname(fileArg)] : []], io.cwd);
  let id;
  let file;
  for (let suggested = suggestId(name); ; suggested = "") {
    const offer = suggested && (asker.scripted || !taken.has(suggested)) ? suggested : void 0;
    id = String(await asker.ask({ ...idQ, default: offer }, { counter: `${progress.asked + 1}/${progress.total}` }));
    file = resolve(io.cwd, fileArg ?? `${existsSync(resolve(io.cwd, "accounts")) ? "accounts/" : ""}${id}.yaml`);
    const clash = taken.get(id);
    const problem = clash !== void 0 && resolve(io.cwd, clash) !== file ? `the id ${id} is already used by ${clash}; account ids must be unique` : existsSync(file) && !options.force ? `${relative(io.cwd, file)} exists; kam new does not overwrite it without --force (kam assess changes an existing account)` : void 0;
    if (!problem) break;
    if (asker.scripted) throw new UsageError(problem);
    asker.say(`${problem}. Choose another id.`);
  }
  progress.label();
  data.id = id;
  data.name = name;
  const before = existsSync(file) ? readFileSync(file) : null;
  await ask(rest);
  for (const axis of ["attractiveness", "strength"]) {
    asker.say(axis === "attractiveness" ? "How attractive is this customer to us? (0-10, Enter to skip a factor)" : "How strong are we with them, compared with the best competitor? (0-10)");
    await ask(factorsOf(axis));
  }
  const viaFactors = Boolean(await asker.ask({ id: "significance_by_factors", path: [], kind: "confirm", message: "Score significance through its six factors (unique technology, cost savings, ...) instead of one number?", default: false }, { counter: progress.label() }));
  if (viaFactors) progress.total += 5;
  await ask(positioningQuestions({}, viaFactors));
  await ask(relationshipQuestions({}));
  await askContacts(asker, data, progress, asked);
  refuseUnusedAnswers(asker, asked);
  const account = data;
  const r = analyzeAccount(account, file, config, config.asOf ?? ctx.today);
  const fmt = (n) => n === null ? "no score" : n.toFixed(2);
  asker.say(`
${name}: attractiveness ${fmt(r.attractiveness)}, strength ${fmt(r.strength)} \u2192 ${label(r.quadrant, config)}${r.positioning ? `; positioned as ${label(r.positioning, config)}` : ""}`);
  const shown = relative(io.cwd, file);
  const text = validAccountText(file, accountText(account, file), config);
  if (!await session.confirmWrite(shown, text.replace(/\n$/, "").split("\n").map((line) => `+ ${line}`), `Write ${shown}?`)) {
    asker.say("Nothing written.");
    return 0;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeAccount(file, text, before, shown);
  asker.say(`Wrote ${shown}.`);
  return 0;
}
export {
  accountText,
  newCommand
};
