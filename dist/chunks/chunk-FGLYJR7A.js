import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  isDate
} from "./chunk-Q7SRD657.js";
import {
  nearest
} from "./chunk-QGK4WI7H.js";

// src/questionnaire/questions.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
function parseAnswer(q, raw) {
  if (q.kind === "list" && Array.isArray(raw)) return parseList(raw);
  if (raw !== null && typeof raw === "object") return { ok: false, error: q.kind === "list" ? "a list of texts is needed" : "a single value is needed here, not a list or mapping" };
  const text = raw === void 0 || raw === null ? "" : String(raw).trim();
  if (text === "") {
    if (q.default !== void 0) return { ok: true, value: q.default };
    if (q.optional) return { ok: true, value: void 0 };
    return { ok: false, error: "an answer is needed here" };
  }
  if (CONTROL.test(text)) return { ok: false, error: "control characters are not allowed" };
  switch (q.kind) {
    case "text":
      return { ok: true, value: text };
    case "id":
      return /^[a-z0-9][a-z0-9-]*$/.test(text) ? { ok: true, value: text } : { ok: false, error: "use lowercase letters, digits and hyphens, starting with a letter or digit" };
    case "score": {
      const n = Number(text);
      if (!Number.isFinite(n) || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, error: "a number from 0 to 10 is needed, e.g. 7 or 7.5" };
      if (n < 0 || n > 10) return { ok: false, error: "scores run from 0 to 10" };
      return { ok: true, value: n };
    }
    case "amount": {
      const n = parseAmount(text);
      if (n === void 0) return { ok: false, error: "a number is needed, e.g. 1200000, 1,200,000, 1 200 000, 1.2M or 800k" };
      if (n < 0) return { ok: false, error: "must be 0 or more" };
      return { ok: true, value: n };
    }
    case "list":
      return parseList(text.split(";"));
    case "choice": {
      if (q.choices.includes(text)) return { ok: true, value: text };
      const suggestion = nearest(text, q.choices);
      return { ok: false, error: `choose one of ${q.choices.join(", ")}${suggestion ? ` (did you mean ${suggestion}?)` : ""}` };
    }
    case "date":
      return isDate(text) ? { ok: true, value: text } : { ok: false, error: "a real date YYYY-MM-DD is needed" };
    case "confirm":
      if (/^(y|yes|true)$/i.test(text)) return { ok: true, value: true };
      if (/^(n|no|false)$/i.test(text)) return { ok: true, value: false };
      return { ok: false, error: "answer yes or no" };
  }
}
function parseAmount(text) {
  const m = /^([-+]?)(\d{1,3}(?:[,\u0020\u00a0\u202f']\d{3})+|\d+)(\.\d+)?\s*(k|K|m|M|mn|bn|B)?$/.exec(text.trim());
  if (!m) return void 0;
  const digits = `${m[1]}${m[2].replace(/[,\u0020\u00a0\u202f']/g, "")}${m[3] ?? ""}`;
  const scale = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, B: 1e9 }[m[4] ?? ""] ?? 1;
  const n = Math.round(Number(digits) * scale * 100) / 100;
  return Number.isFinite(n) ? n : void 0;
}
function parseList(items) {
  const out = [];
  for (const item of items) {
    if (item !== null && typeof item === "object") return { ok: false, error: "each item must be a text" };
    const text = item === void 0 || item === null ? "" : String(item).trim();
    if (CONTROL.test(text)) return { ok: false, error: "control characters are not allowed" };
    if (text !== "") out.push(text);
  }
  return { ok: true, value: out };
}
function suggestId(name) {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, 60).replace(/-+$/, "") || "account";
}
function flattenAnswers(data, prefix = "") {
  const out = /* @__PURE__ */ new Map();
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const [k, v] of Object.entries(data)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === "object" && !Array.isArray(v)) for (const [kk, vv] of flattenAnswers(v, key)) out.set(kk, vv);
      else out.set(key, v);
    }
  }
  return out;
}

// src/questionnaire/asker.ts
var BACK = /* @__PURE__ */ Symbol("back");
var Progress = class {
  constructor(total) {
    this.total = total;
  }
  total;
  asked = 0;
  label() {
    this.asked += 1;
    this.total = Math.max(this.total, this.asked);
    return `${this.asked}/${this.total}`;
  }
  /** One question back: the counter goes back with it. */
  back() {
    this.asked = Math.max(0, this.asked - 2);
  }
};
async function askAll(asker, questions, progress) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < questions.length; ) {
    const q = questions[i];
    const answer = await asker.ask(q, { back: i > 0, ...progress ? { counter: progress.label() } : {} });
    if (answer === BACK) {
      progress?.back();
      i -= 1;
      continue;
    }
    out.set(q.id, answer);
    i += 1;
  }
  return out;
}
var Cancelled = class extends Error {
};
function answersAsker(answers, say = () => {
}) {
  const used = /* @__PURE__ */ new Set();
  return {
    scripted: true,
    given: (id) => answers.has(id),
    unused: () => [...answers.keys()].filter((k) => !used.has(k)),
    async ask(q) {
      used.add(q.id);
      const result = parseAnswer(q, answers.get(q.id));
      if (!result.ok) throw new UsageError(`answers file: ${q.id}: ${result.error}`);
      return result.value;
    },
    say
  };
}
async function terminalAsker(streams, say) {
  const { input, select, confirm } = await import("./esm-NO5E37MQ.js");
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const wrap = async (prompt) => {
    try {
      return await prompt;
    } catch (e) {
      if (e instanceof Error && /ExitPromptError|AbortPromptError|CancelPromptError/.test(e.name)) throw new Cancelled("cancelled");
      throw e;
    }
  };
  return {
    scripted: false,
    say,
    async ask(q, options = {}) {
      const counter = options.counter ? `${dim(options.counter)} ` : "";
      const body = q.help ? `${terminalSafe(q.message)} ${dim(`(${terminalSafe(q.help)})`)}` : terminalSafe(q.message);
      const message = `${counter}${body}`;
      if (q.kind === "choice") {
        const described = (c) => q.choiceHelp?.[c] ? `${terminalSafe(c)} ${dim(`\u2013 ${terminalSafe(q.choiceHelp[c])}`)}` : terminalSafe(c);
        const choices = [
          ...q.optional && q.default === void 0 ? [{ name: "(leave out)", value: "" }] : [],
          ...q.choices.map((c) => ({ name: described(c), value: c })),
          ...options.back ? [{ name: dim("\u2190 back to the previous question"), value: BACK_CHOICE }] : []
        ];
        const picked = await wrap(select({ message, choices, pageSize: choices.length, ...q.default !== void 0 ? { default: String(q.default) } : {} }, context));
        if (picked === BACK_CHOICE) return BACK;
        return picked === "" ? void 0 : picked;
      }
      if (q.kind === "confirm") return wrap(confirm({ message, default: q.default === void 0 ? true : Boolean(q.default) }, context));
      const defaultText = Array.isArray(q.default) ? q.default.join("; ") : q.default !== void 0 ? String(q.default) : void 0;
      const shownDefault = defaultText !== void 0 ? terminalSafe(defaultText) : void 0;
      const unshown = (value) => shownDefault !== void 0 && value === shownDefault ? defaultText : value;
      const isBack = (value) => options.back === true && value.trim() === "<";
      const typed = await wrap(input({
        message: q.kind === "list" ? `${message} ${dim("(separate items with ;)")}` : message,
        ...shownDefault !== void 0 ? { default: shownDefault } : {},
        validate: (value) => {
          if (isBack(value)) return true;
          const r2 = parseAnswer(q, unshown(value));
          return r2.ok ? true : terminalSafe(r2.error);
        }
      }, context));
      if (isBack(typed)) return BACK;
      const r = parseAnswer(q, unshown(typed));
      return r.ok ? r.value : void 0;
    }
  };
}
var BACK_CHOICE = "\0back";
var dim = (s) => `\x1B[2m${s}\x1B[22m`;

export {
  suggestId,
  flattenAnswers,
  BACK,
  Progress,
  askAll,
  Cancelled,
  answersAsker,
  terminalAsker
};
