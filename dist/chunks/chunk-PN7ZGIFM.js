import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  answersAsker,
  flattenAnswers,
  terminalAsker
} from "./chunk-FGLYJR7A.js";
import {
  QUESTION_TEXT
} from "./chunk-D4IC2CFY.js";
import {
  loadAccountText
} from "./chunk-WRLSLW4I.js";
import {
  terminalLines,
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  PERCEIVED_LEVELS,
  POSITIONS,
  STAGES
} from "./chunk-WGPO3TYV.js";
import {
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  MAX_FILE_BYTES,
  readRegularFile
} from "./chunk-V5UQSIXE.js";
import {
  accountValidators,
  readSchema
} from "./chunk-Q7SRD657.js";
import {
  SIGNIFICANCE_FACTORS
} from "./chunk-OQJI7S7I.js";
import {
  nearest
} from "./chunk-QGK4WI7H.js";

// src/questionnaire/account-questions.ts
var SECTIONS = ["attractiveness", "strength", "positioning", "relationship", "plan", "contacts", "performance", "opportunities"];
var SCORING_SECTIONS = ["attractiveness", "strength", "positioning", "relationship"];
var schema = () => readSchema("account");
var help = (...path) => {
  let node = schema();
  for (const p of path) node = node?.properties?.[p];
  return node?.description;
};
var q = (question) => {
  const out = { ...question };
  if (out.default === void 0) delete out.default;
  if (out.help === void 0) delete out.help;
  return out;
};
var inCurrency = (config) => config.currency ? ` (${config.currency})` : "";
function identityQuestions(current, config) {
  return [
    q({ id: "name", path: ["name"], kind: "text", message: "Customer's name", help: help("name"), default: current.name }),
    // The id's default is filled in from the name by the caller.
    q({ id: "id", path: ["id"], kind: "id", message: "Account id (lowercase, hyphens)", help: help("id"), default: current.id }),
    q({ id: "manager", path: ["manager"], kind: "text", message: "Key account manager", help: help("manager"), default: current.manager, optional: true }),
    q({ id: "industry", path: ["industry"], kind: "text", message: "Industry", default: current.industry, optional: true }),
    q({ id: "lifecycle", path: ["lifecycle"], kind: "choice", choices: ["hunt", "farm"], message: "Hunt (winning it) or farm (growing it)?", help: help("lifecycle"), default: current.lifecycle, optional: true }),
    q({ id: "position", path: ["position"], kind: "choice", choices: [...POSITIONS], message: "Our current position with the customer", help: help("position"), default: current.position, optional: true }),
    q({ id: "revenue.current", path: ["revenue", "current"], kind: "amount", message: `Our annual revenue from this account now${inCurrency(config)}`, default: current.revenue?.current, optional: true }),
    q({ id: "revenue.potential", path: ["revenue", "potential"], kind: "amount", message: `Realistic annual potential${inCurrency(config)}`, default: current.revenue?.potential, optional: true })
  ];
}
function factorQuestions(axis, config, current) {
  const scores = current[axis] ?? {};
  const title = axis === "attractiveness" ? "Attractiveness" : "Strength vs the best competitor";
  return config.factors[axis].map((f) => q({
    id: `${axis}.${f.id}`,
    path: [axis, f.id],
    kind: "score",
    message: `${title}: ${f.label} (0-10)`,
    help: f.help ?? help(axis, f.id),
    default: scores[f.id],
    optional: true
  }));
}
function positioningQuestions(current, viaFactors) {
  const p = current.positioning ?? {};
  const spend = q({ id: "positioning.spend", path: ["positioning", "spend"], kind: "score", message: "Relative spend with us (0-10)", help: help("positioning", "spend"), default: p.spend, optional: true });
  if (!viaFactors) {
    return [spend, q({ id: "positioning.significance", path: ["positioning", "significance"], kind: "score", message: "Significance of what we supply to them (0-10)", help: "how much what we supply matters to their business", default: typeof p.significance === "number" ? p.significance : void 0, optional: true })];
  }
  const map = typeof p.significance === "object" ? p.significance : {};
  return [spend, ...SIGNIFICANCE_FACTORS.map((f) => q({
    id: `positioning.significance.${f}`,
    path: ["positioning", "significance", f],
    kind: "score",
    message: `Significance: ${f.replace(/_/g, " ")} (0-10)`,
    help: significanceHelp(f),
    default: map[f],
    optional: true
  }))];
}
function significanceHelp(factor) {
  const node = schema().properties?.positioning?.properties?.significance;
  return node?.oneOf?.find((b) => b.properties)?.properties?.[factor]?.description;
}
var STAGE_HELP = {
  exploratory: "pre-trading, signalling, one point of contact",
  basic: "transactional; one seller meets one buyer (bow-tie); easy to exit",
  "co-operative": "more contacts on both sides, little trust or information shared",
  interdependent: "mutual dependency; contacts across functions and levels (diamond)",
  integrated: "boundaries dissolve; sole or primary supplier; joint planning"
};
function relationshipQuestions(current) {
  const r = current.relationship ?? {};
  return [
    q({ id: "relationship.stage", path: ["relationship", "stage"], kind: "choice", choices: STAGES, choiceHelp: STAGE_HELP, message: "Relationship stage, as we see it", default: r.stage, optional: true }),
    q({ id: "relationship.customer_view", path: ["relationship", "customer_view"], kind: "choice", choices: STAGES, choiceHelp: STAGE_HELP, message: "The stage as the customer sees it (from a survey or interview)", help: "usually lower than ours", default: r.customer_view, optional: true }),
    q({ id: "relationship.perceived_level", path: ["relationship", "perceived_level"], kind: "choice", choices: [...PERCEIVED_LEVELS], message: "How the customer perceives us", help: help("relationship", "perceived_level"), default: r.perceived_level, optional: true })
  ];
}
function sectionQuestions(section, config, current) {
  switch (section) {
    case "attractiveness":
    case "strength":
      return factorQuestions(section, config, current);
    case "positioning":
      return positioningQuestions(current, typeof current.positioning?.significance === "object");
    case "relationship":
      return relationshipQuestions(current);
    case "plan":
      return planQuestions(current);
    case "performance":
      return salesQuestions(current, config);
    case "opportunities":
      return (current.opportunities ?? []).flatMap((o, i) => opportunityQuestions(o, i, config));
    case "contacts":
      return (current.relationship?.contacts ?? []).flatMap((c, i) => contactQuestions(c, i));
  }
}
var CHARTER = { objectives: "The customer's key objectives, next 3-5 years", initiatives: "Their initiatives towards them", barriers: "What stands in their way", enablers: "What helps them get there" };
var DEVELOPMENT = { objectives: "Our objectives with this account this year", strategies: "How we will reach them" };
function planQuestions(current) {
  const charter = current.plan?.charter ?? {};
  const development = current.plan?.development ?? {};
  const list = (path, message, value) => q({
    id: path.join("."),
    path,
    kind: "list",
    message,
    help: help(...path),
    default: Array.isArray(value) && value.length > 0 ? value.map(String) : void 0,
    optional: true
  });
  const tactics = development.tactics ?? {};
  return [
    q({ id: "plan.charter.situation", path: ["plan", "charter", "situation"], kind: "text", message: "Charter: the current situation", default: charter.situation, optional: true }),
    ...Object.entries(CHARTER).map(([k, m]) => list(["plan", "charter", k], `Charter: ${m}`, charter[k])),
    ...Object.entries(DEVELOPMENT).map(([k, m]) => list(["plan", "development", k], `Development: ${m}`, development[k])),
    ...["q1", "q2", "q3", "q4"].filter((quarter) => (tactics[quarter] ?? []).every((t) => typeof t === "string")).map((quarter) => list(["plan", "development", "tactics", quarter], `Development: tactics for ${quarter.toUpperCase()}`, tactics[quarter]))
  ];
}
var INFLUENCE = ["decision-maker", "influencer", "sponsor", "user", "gatekeeper"];
function contactQuestions(contact, index, isNew = false) {
  const base = ["relationship", "contacts", index];
  const who = contact.name ? `${contact.name}: ` : "  ";
  const field = (key, message, kind = "text", extra = {}) => {
    const path = [...base, ...key.split(".")];
    const current = key.split(".").reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, contact);
    return q({ id: path.join("."), path, kind, message: `${who}${message}`, default: current, optional: true, ...extra });
  };
  return [
    ...isNew ? [q({ id: [...base, "name"].join("."), path: [...base, "name"], kind: "text", message: "  Name" })] : [],
    field("role", "role"),
    field("function", "function (purchasing, operations, ...)"),
    field("influence", "part in the buying decision", "choice", { choices: INFLUENCE }),
    field("owner", "who on our side holds this relationship"),
    field("agenda.business", "business agenda (what they must achieve)"),
    field("agenda.personal", "personal agenda (what they want for themselves)"),
    field("agenda.recognised_by", "by whom they need to be recognised"),
    field("agenda.measured_by", "how they are measured")
  ];
}
function salesQuestions(current, config) {
  const sales = current.performance?.sales ?? {};
  return ["target", "achieved", "forecast"].map((k) => q({
    id: `performance.sales.${k}`,
    path: ["performance", "sales", k],
    kind: "amount",
    message: `Sales this year: ${k === "target" ? "target" : k === "achieved" ? "achieved so far" : "forecast for the year"}${inCurrency(config)}`,
    default: sales[k],
    optional: true
  }));
}
function satisfactionQuestions(index, today) {
  const base = ["performance", "satisfaction", index];
  return [
    q({ id: "performance.satisfaction.date", path: [...base, "date"], kind: "date", message: "  Date of the survey or interview (YYYY-MM-DD)", default: today }),
    q({ id: "performance.satisfaction.score", path: [...base, "score"], kind: "score", message: "  Satisfaction (0-10)" }),
    q({ id: "performance.satisfaction.method", path: [...base, "method"], kind: "choice", choices: ["survey", "interview"], message: "  How it was measured", optional: true }),
    q({ id: "performance.satisfaction.note", path: [...base, "note"], kind: "text", message: "  What the customer said (optional)", optional: true })
  ];
}
function alertQuestions(index, today) {
  const base = ["performance", "alerts", index];
  return [
    q({ id: "performance.alert.date", path: [...base, "date"], kind: "date", message: "  When it was noticed (YYYY-MM-DD)", default: today }),
    q({ id: "performance.alert.symptom", path: [...base, "symptom"], kind: "text", message: "  What was noticed" }),
    q({ id: "performance.alert.severity", path: [...base, "severity"], kind: "choice", choices: ["low", "medium", "high"], message: "  How serious it is", optional: true })
  ];
}
function resolveQuestion(alert, index) {
  return q({ id: `performance.resolve.${index + 1}`, path: ["performance", "alerts", index, "resolved"], kind: "date", message: `Alert ${index + 1} (${alert.date}, ${alert.symptom}): resolved on (YYYY-MM-DD, Enter = still open)`, optional: true });
}
var OPPORTUNITY_STAGES = ["identified", "qualified", "pursuing", "won", "lost"];
function opportunityQuestions(o, index, config) {
  const base = ["opportunities", index];
  const name = o.name ?? o.id;
  return [
    q({ id: `opportunities.${o.id}.stage`, path: [...base, "stage"], kind: "choice", choices: OPPORTUNITY_STAGES, message: `${name}: pipeline stage`, default: o.stage, optional: true }),
    q({ id: `opportunities.${o.id}.value`, path: [...base, "value"], kind: "amount", message: `${name}: estimated value${inCurrency(config)}`, default: o.value, optional: true }),
    q({ id: `opportunities.${o.id}.close`, path: [...base, "close"], kind: "date", message: `${name}: expected close date (YYYY-MM-DD)`, default: o.close, optional: true })
  ];
}
var ANSWERS = ["yes", "no", "unsure"];
function qualifyQuestions(opportunity, index) {
  const out = [];
  for (const key of ["real", "compete", "win", "worth"]) {
    const current = opportunity.questions?.[key];
    const normal = current === true ? "yes" : current === false ? "no" : current;
    out.push(q({ id: `questions.${key}`, path: ["opportunities", index, "questions", key], kind: "choice", choices: ANSWERS, message: QUESTION_TEXT[key], default: normal ?? "unsure" }));
    out.push(q({ id: `notes.${key}`, path: ["opportunities", index, "notes", key], kind: "text", message: "  Note (evidence, optional)", default: opportunity.notes?.[key], optional: true }));
  }
  return out;
}

// src/core/doc-path.ts
function valueAt(data, path) {
  let node = data;
  for (const seg of path) node = node && typeof node === "object" ? node[seg] : void 0;
  return node;
}
function setAt(data, path, value) {
  let node = data;
  path.slice(0, -1).forEach((seg, i) => {
    if (!node[seg] || typeof node[seg] !== "object") node[seg] = typeof path[i + 1] === "number" ? [] : {};
    node = node[seg];
  });
  node[path[path.length - 1]] = value;
}

// src/cli/commands/session.ts
import { readFileSync } from "node:fs";
import { parse } from "#vendor/yaml";

// src/io/yaml/edit-yaml.ts
import { isDeepStrictEqual } from "node:util";
import { Composer, CST, isMap, isScalar, isSeq, Parser, stringify } from "#vendor/yaml";
var EditError = class extends Error {
};
function editYaml(source, changes) {
  if (changes.length === 0) return source;
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const lines = normaliseBreaks(source.slice(bom.length));
  const doc = parseDocument(lines.text);
  if (!doc || !isMap(doc.contents)) throw new EditError("the file does not hold a mapping of account fields");
  const expected = doc.toJS();
  for (const c of changes) setAt(expected, c.path, structuredClone(c.value));
  const splices = [];
  const groups = /* @__PURE__ */ new Map();
  for (const change of leafChanges(doc, changes)) {
    const target = walk(doc, change.path);
    if (target.missingAt === -1) {
      splices.push(isSeq(target.node) && Array.isArray(change.value) ? replaceList(lines.text, target, change.value) : replaceScalar(lines.text, target, change));
      continue;
    }
    const holder = target.node;
    let group = groups.get(holder);
    if (!group) {
      group = { target, value: typeof change.path[target.missingAt] === "number" ? [] : {} };
      groups.set(holder, group);
    }
    setAt(group.value, change.path.slice(target.missingAt), structuredClone(change.value));
  }
  for (const group of groups.values()) splices.push({ ...insertion(lines.text, group), depth: group.target.missingAt });
  const edited = bom + lines.restore(splices);
  const check = parseDocument(normaliseBreaks(edited.slice(bom.length)).text);
  if (!check || !isDeepStrictEqual(check.toJS(), expected)) {
    throw new EditError(`internal error: the edited text would not read back as the answers given (${changes.map((c) => c.path.join(".")).join(", ")}); nothing was changed`);
  }
  return edited;
}
function parseDocument(text) {
  const tokens = new Parser().parse(text);
  const docs = [...new Composer({ version: "1.2", schema: "core", keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (!doc || docs.length > 1 || doc.errors.length > 0) return void 0;
  return doc;
}
function normaliseBreaks(original) {
  const crlfAt = [];
  let text = "";
  let last = 0;
  const breaks = /\r\n?/g;
  for (let m = breaks.exec(original); m; m = breaks.exec(original)) {
    text += original.slice(last, m.index);
    if (m[0].length === 2) crlfAt.push(text.length);
    text += "\n";
    last = m.index + m[0].length;
  }
  text += original.slice(last);
  const first = /\r\n|\r|\n/.exec(original);
  const newline = first ? first[0] : "\n";
  const toOriginal = (offset) => {
    let lo = 0;
    let hi = crlfAt.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (crlfAt[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
  return {
    text,
    restore(splices) {
      const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.at - b.at || (b.depth ?? Infinity) - (a.depth ?? Infinity) || a.i - b.i);
      let out = "";
      let pos = 0;
      for (const s of sorted) {
        const at = toOriginal(s.at);
        out += original.slice(pos, at) + s.text.replace(/\n/g, newline);
        pos = Math.max(at, toOriginal(s.end));
      }
      return out + original.slice(pos);
    }
  };
}
function leafChanges(doc, changes) {
  const out = [];
  const stack = [...changes].reverse();
  while (stack.length > 0) {
    const change = stack.pop();
    const value = change.value;
    const target = walk(doc, change.path);
    if (target.missingAt === -1 && isSeq(target.node) && Array.isArray(value) && value.length >= target.node.items.length) {
      const current = target.node.toJSON() ?? [];
      const items = value.flatMap((v, i) => i < current.length && isDeepStrictEqual(current[i], v) ? [] : [{ path: [...change.path, i], value: v }]);
      stack.push(...items.reverse());
    } else if (target.missingAt === -1 && isMap(target.node) && value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.entries(value).map(([k, v]) => ({ path: [...change.path, k], value: v }));
      stack.push(...keys.reverse());
    } else {
      out.push(change);
    }
  }
  return out;
}
function walk(doc, path) {
  let node = doc.contents;
  let pair;
  let inFlow = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const here = { node, inFlow, missingAt: i, path, ...pair ? { pair } : {} };
    if (isMap(node)) {
      const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return here;
      inFlow ||= Boolean(node.flow);
      pair = found;
      node = found.value ?? found.key;
    } else if (isSeq(node) && typeof seg === "number") {
      if (seg >= node.items.length) return here;
      inFlow ||= Boolean(node.flow);
      pair = void 0;
      node = node.items[seg];
    } else if (isScalar(node) && node.value === null) {
      return here;
    } else {
      throw new EditError(`cannot change ${path.join(".")}: ${path.slice(0, i).join(".")} holds a single value, not a mapping`);
    }
  }
  return { node, inFlow, missingAt: -1, path, ...pair ? { pair } : {} };
}
function replaceScalar(text, target, change) {
  const node = target.node;
  const value = change.value;
  if (!isScalar(node) || value !== null && typeof value === "object") {
    if (isScalar(node) && node.value === null) return fillEmpty(text, target, value);
    throw new EditError(`cannot change ${change.path.join(".")} in place: it is a ${isSeq(node) ? "list" : "mapping"}, not a single value`);
  }
  const token = node.srcToken;
  if (!token) throw new EditError(`cannot find ${change.path.join(".")} in the text`);
  if (token.type === "block-scalar") {
    const end = token.offset + CST.stringify(token).length;
    const original = text.slice(token.offset, end);
    const atEnd = !original.endsWith("\n");
    if (typeof value === "string" && /^[^ \n]/.test(value) && !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value) && !(atEnd && value.endsWith("\n"))) {
      const literal = blockLiteral(value, token, text);
      return { at: token.offset, end, text: atEnd ? literal.slice(0, -1) : literal };
    }
    return { at: token.offset, end, text: `${scalarText(value, "plain", target.inFlow)}${atEnd ? "" : "\n"}` };
  }
  const style = token.type === "single-quoted-scalar" ? "single" : token.type === "double-quoted-scalar" ? "double" : "plain";
  return { at: token.offset, end: token.offset + token.source.length, text: scalarText(value, style, target.inFlow) };
}
function blockLiteral(value, token, text) {
  const contentIndent = /^( *)\S/m.exec(token.source)?.[1].length ?? column(text, token.offset) + indentStep(text);
  const body = value.replace(/\n+$/, "");
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const comment = token.props.filter((t) => t.type === "comment" || t.type === "space").map((t) => t.source).join("");
  const pad = " ".repeat(Math.max(contentIndent, 1));
  const lines = body.split("\n").map((line) => line === "" ? "" : pad + line).join("\n");
  return `|${chomp}${comment}
${lines}
${"\n".repeat(Math.max(0, trailing - 1))}`;
}
function replaceList(text, target, value) {
  const seq = target.node;
  if (seq.flow) return { at: seq.range[0], end: seq.range[1], text: flowText(value) };
  if (value.length === 0) throw new EditError(`cannot empty the list ${target.path.join(".")} here; remove it in the file`);
  const dash = seq.srcToken.items[0]?.start.find((t) => t.type === "seq-item-ind");
  if (!dash) throw new EditError("cannot find where the list items start");
  const dashColumn = column(text, dash.offset);
  const lines = blockLines(value, dashColumn).slice(dashColumn);
  const last = seq.items[seq.items.length - 1];
  const after = atLineAfter(text, last.range[1], "");
  return { at: dash.offset, end: after.at, text: after.text === "" ? lines : lines.replace(/\n$/, "") };
}
function fillEmpty(text, target, value) {
  const node = target.node;
  const token = node.srcToken;
  const written = token ? token.source : "";
  const at = token ? token.offset : node.range[0];
  if (written !== "" || target.inFlow || !target.pair) return { at, end: at + written.length, text: flowText(value) };
  const keyColumn = column(text, target.pair.key.range[0]);
  return atLineAfter(text, at, blockLines(value, keyColumn + indentStep(text)));
}
function scalarText(value, style, inFlow) {
  if (typeof value !== "string") return value === null ? "null" : String(value);
  if (style === "plain" && safePlain(value, inFlow)) return value;
  if (style === "single" && !/[\n\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return doubleQuoted(value);
}
function safePlain(value, inFlow) {
  if (!/^[\p{L}\p{N}(][\p{L}\p{N}\p{Zs} _.,;:'()/&+%@=~€$£¥-]*$/u.test(value) || /\s$/u.test(value)) return false;
  if (/: |:$|\s#/.test(value) || inFlow && /[,[\]{}]/.test(value)) return false;
  return !/^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|true|false|null|True|False|Null|TRUE|FALSE|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(value);
}
function doubleQuoted(value) {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => {
    if (c === "\\" || c === '"') return `\\${c}`;
    if (c === "\n") return "\\n";
    if (c === "	") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `"${escaped}"`;
}
function flowText(value) {
  if (Array.isArray(value)) return `[${value.map(flowText).join(", ")}]`;
  if (value && typeof value === "object") return `{ ${Object.entries(value).map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(", ")} }`;
  return scalarText(value, "plain", true);
}
function keyText(key) {
  return safePlain(key, true) ? key : doubleQuoted(key);
}
function insertion(text, group) {
  const { node } = group.target;
  if (isScalar(node)) return fillEmpty(text, group.target, group.value);
  const collection = node;
  const items = collection.items;
  const isList = isSeq(collection);
  const entries = isList ? group.value.filter((v) => v !== void 0) : null;
  if (collection.flow) {
    const added = entries ? entries.map(flowText).join(", ") : Object.entries(group.value).map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(", ");
    const last2 = items[items.length - 1];
    if (last2) {
      const lastNode = isMap(collection) ? last2.value ?? last2.key : last2;
      return { at: lastNode.range[1], end: lastNode.range[1], text: `, ${added}` };
    }
    const close = collection.srcToken.end.find((t) => t.type === "flow-map-end" || t.type === "flow-seq-end");
    if (!close) throw new EditError("cannot add to an unclosed flow collection");
    return { at: close.offset, end: close.offset, text: added };
  }
  const last = items[items.length - 1];
  if (!last) throw new EditError("cannot add to an empty block collection");
  const lastEnd = (isList ? last : last.value ?? last.key).range[1];
  if (entries) {
    const dash = collection.srcToken.items[0]?.start.find((t) => t.type === "seq-item-ind");
    if (!dash) throw new EditError("cannot find where the list items start");
    return atLineAfter(text, lastEnd, blockLines(entries, column(text, dash.offset)));
  }
  const firstKey = items[0].key;
  return atLineAfter(text, lastEnd, blockLines(group.value, column(text, firstKey.range[0])));
}
function blockLines(value, indent) {
  const body = stringify(value, { version: "1.2", lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true });
  const pad = " ".repeat(indent);
  const lines = body.replace(/\n$/, "").split("\n").map((line) => line === "" ? line : pad + line);
  return `${lines.join("\n")}
`;
}
function atLineAfter(text, offset, lines) {
  const eol = text.indexOf("\n", Math.max(0, offset - 1));
  if (eol === -1) return { at: text.length, end: text.length, text: `
${lines.replace(/\n$/, "")}` };
  return { at: eol + 1, end: eol + 1, text: lines };
}
function column(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function indentStep(text) {
  const m = /\n( +)[^ \n#]/.exec(text);
  return m ? m[1].length : 2;
}

// src/format/terminal/line-diff.ts
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

// src/cli/commands/session.ts
async function createAsker(command, options, ctx) {
  const say = (text) => ctx.io.stderr.write(`${terminalLines(text)}
`);
  const stdin = ctx.io.stdin;
  const tty = Boolean(stdin && stdin.isTTY);
  const terminal = () => terminalAsker({ input: stdin, output: ctx.io.stderr }, say);
  let asker;
  let answers;
  if (options.answers !== void 0) {
    let data;
    try {
      data = parse(readFileSync(options.answers, "utf8"), { version: "1.2", schema: "core" });
    } catch (e) {
      throw new UsageError(`cannot read the answers file ${options.answers}: ${e.message.split("\n")[0]}`);
    }
    answers = flattenAnswers(data);
    asker = answersAsker(answers, say);
  } else {
    if (!tty) {
      throw new UsageError(`kam ${command} asks its questions at a terminal; to run it from a script, give the answers in a YAML file: kam ${command} --answers answers.yaml (see README)`);
    }
    asker = await terminalAsker({ input: stdin, output: ctx.io.stderr }, say);
  }
  const confirmWrite = async (file, lines, question) => {
    say(question ? `${file}:` : `Changes to ${file}:`);
    for (const line of lines) say(`  ${line}`);
    if (options.yes || !tty) return true;
    const ask = asker.scripted ? await terminal() : asker;
    return Boolean(await ask.ask({ id: "confirm", path: [], kind: "confirm", message: question ?? `Write ${lines.length === 1 ? "this change" : `these ${lines.length} changes`} to ${file}?`, default: true }));
  };
  return { asker, ...answers ? { answers } : {}, confirmWrite };
}
function refuseUnusedAnswers(asker, asked, hint = "") {
  const unused = asker.unused?.() ?? [];
  if (unused.length === 0) return;
  const lines = unused.map((k) => {
    const guess = nearest(k, asked);
    return `  ${k}${guess ? ` (did you mean ${guess}?)` : ""}`;
  });
  throw new UsageError(`answers file: ${unused.length === 1 ? "this key is" : "these keys are"} not asked here, so nothing was written:
${lines.join("\n")}${hint}`);
}
function contactAnswers(answers, existing) {
  const list = answers.get("relationship.contacts");
  if (list === void 0) return;
  if (!Array.isArray(list)) throw new UsageError("answers file: relationship.contacts must be a list of contacts, each with a name");
  answers.delete("relationship.contacts");
  const norm = (n) => String(n ?? "").trim().toLowerCase();
  let next = existing.length;
  for (const entry of list) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry) || typeof entry.name !== "string") {
      throw new UsageError("answers file: each of relationship.contacts needs a name");
    }
    const found = existing.findIndex((c) => norm(c.name) === norm(entry.name));
    const index = found === -1 ? next++ : found;
    for (const [k, v] of flattenAnswers(entry)) if (!(found !== -1 && k === "name")) answers.set(`relationship.contacts.${index}.${k}`, v);
  }
}
function changeLines(changes, current) {
  const show = (v) => v === void 0 ? "(none)" : typeof v === "string" ? terminalSafe(v) : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.map((x) => terminalSafe(x)).join("; ") : terminalSafe(JSON.stringify(v));
  return changes.map((c) => `${c.path.join(".")}: ${show(valueAt(current, c.path))} \u2192 ${show(c.value)}`);
}
function readForEdit(file, config, shown = file) {
  const read = readRegularFile(file, MAX_FILE_BYTES);
  if (!read.ok) throw new UsageError(`${shown}: ${read.message}`);
  const bytes = read.bytes;
  const loaded = loadAccountText(file, bytes, { validators: accountValidators(config), config });
  if (!loaded.ok) {
    const first = loaded.diagnostics[0];
    throw new UsageError(`${shown} is not a valid account file yet (${first.line}:${first.column} ${first.message}); fix it first (kam validate ${shown})`);
  }
  return { raw: bytes.toString("utf8"), bytes, account: loaded.account };
}
function editAccount(file, raw, changes, config) {
  let text;
  try {
    text = editYaml(raw, changes);
  } catch (e) {
    if (e instanceof EditError) throw new UsageError(`cannot record the answers in ${file}: ${e.message}; nothing was written`);
    throw e;
  }
  return validAccountText(file, text, config);
}
function validAccountText(file, text, config) {
  const check = loadAccountText(file, Buffer.from(text, "utf8"), { validators: accountValidators(config), config });
  if (!check.ok) {
    const first = check.diagnostics[0];
    throw new UsageError(`the answers would make ${file} invalid (${first.line}:${first.column} ${first.message}); nothing was written`);
  }
  return text;
}
function writeAccount(file, text, expected, shown = file) {
  writeFileAtomic(file, text, { expect: expected, shown });
}
async function saveEdit(session, out, edit) {
  const { asker } = session;
  if (edit.changes.length === 0) {
    asker.say("Nothing changed; the file is left as it is.");
    return false;
  }
  const text = editAccount(edit.file, edit.raw, edit.changes, edit.config);
  if (edit.dryRun) {
    out.write(lineDiff(edit.raw, text, edit.file));
    return false;
  }
  if (!await session.confirmWrite(edit.file, changeLines(edit.changes, edit.account))) {
    asker.say("Nothing written.");
    return false;
  }
  writeAccount(edit.path, text, edit.bytes, edit.file);
  return true;
}

export {
  SECTIONS,
  SCORING_SECTIONS,
  inCurrency,
  identityQuestions,
  factorQuestions,
  positioningQuestions,
  relationshipQuestions,
  sectionQuestions,
  contactQuestions,
  satisfactionQuestions,
  alertQuestions,
  resolveQuestion,
  OPPORTUNITY_STAGES,
  qualifyQuestions,
  valueAt,
  setAt,
  createAsker,
  refuseUnusedAnswers,
  contactAnswers,
  readForEdit,
  validAccountText,
  writeAccount,
  saveEdit
};
