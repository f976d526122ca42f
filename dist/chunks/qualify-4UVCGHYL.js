import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  changesFrom
} from "./chunk-3DKRS7LY.js";
import {
  OPPORTUNITY_STAGES,
  createAsker,
  inCurrency,
  qualifyQuestions,
  readForEdit,
  refuseUnusedAnswers,
  saveEdit
} from "./chunk-PN7ZGIFM.js";
import {
  askAll
} from "./chunk-FGLYJR7A.js";
import "./chunk-D4IC2CFY.js";
import {
  resolveConfig
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import {
  QUESTIONS,
  decision
} from "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import "./chunk-LLK3OUGP.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/qualify.ts
import { dirname, resolve } from "node:path";
var NEW = "(new opportunity)";
async function qualifyCommand(file, options, ctx) {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  const config = resolveConfig({ paths: [dirname(file)], cwd: io.cwd, ...options.config ? { configFile: options.config } : {} });
  const { raw, bytes, account } = readForEdit(path, config, file);
  const session = await createAsker("qualify", options, ctx);
  const { asker } = session;
  const existing = account.opportunities ?? [];
  let id = options.opportunity;
  if (id === void 0) {
    const picked = await asker.ask({ id: "opportunity", path: [], kind: "choice", choices: [...existing.map((o) => o.id), NEW], message: "Which opportunity?", default: existing[0]?.id ?? NEW });
    id = String(picked);
  }
  let index = existing.findIndex((o) => o.id === id);
  const isNew = index === -1;
  let opportunity = existing[index] ?? {};
  if (isNew) {
    index = existing.length;
    const intro = [
      ...id === NEW ? [{ id: "id", path: ["id"], kind: "id", message: "Opportunity id (short, unique in this account)" }] : [],
      { id: "name", path: ["name"], kind: "text", message: "What is it?", optional: true },
      { id: "value", path: ["value"], kind: "amount", message: `Estimated value of the deal${inCurrency(config)}`, optional: true },
      { id: "stage", path: ["stage"], kind: "choice", choices: OPPORTUNITY_STAGES, message: "Pipeline stage", default: "identified" }
    ];
    const answers2 = await askAll(asker, intro);
    opportunity = { id: id === NEW ? String(answers2.get("id")) : id };
    for (const q of intro) if (q.id !== "id" && answers2.get(q.id) !== void 0) opportunity[q.id] = answers2.get(q.id);
  }
  asker.say(`Qualifying "${opportunity.name ?? opportunity.id}": a no to any question means no-go.`);
  const questions = qualifyQuestions(opportunity, index);
  const answers = await askAll(asker, questions);
  let changes = changesFrom(questions, answers, account);
  if (isNew) {
    const added = applyChanges({ id: account.id, name: account.name, opportunities: [...existing, opportunity] }, changes).opportunities[index];
    opportunity = added;
    changes = [existing.length === 0 ? { path: ["opportunities"], value: [added] } : { path: ["opportunities", index], value: added }];
  }
  const after = isNew ? opportunity : applyChanges(account, changes).opportunities[index];
  const result = decision(after.questions);
  const failed = QUESTIONS.filter((q) => after.questions?.[q] === "no" || after.questions?.[q] === false);
  asker.say(`Decision: ${result}${failed.length > 0 ? ` (no to: ${failed.join(", ")})` : ""}`);
  refuseUnusedAnswers(asker, ["opportunity", "id", "name", "value", "stage", ...questions.map((q) => q.id)]);
  if (await saveEdit(session, io.stdout, { path, file, raw, bytes, account, changes, config, ...options.dryRun ? { dryRun: true } : {} })) {
    asker.say(`Wrote ${isNew ? `the new opportunity ${opportunity.id}` : `${changes.length} change${changes.length === 1 ? "" : "s"}`} to ${file}.`);
  }
  return 0;
}
export {
  qualifyCommand
};
