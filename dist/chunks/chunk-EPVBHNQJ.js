import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  nearest
} from "./chunk-QGK4WI7H.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import {
  HEALTH_STATUSES
} from "./chunk-IGQNBKN2.js";

// src/core/where.ts
var WhereError = class extends Error {
  constructor(message, column) {
    super(message);
    this.column = column;
  }
  column;
};
var PUNCT = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ",", ".", "="];
function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const at = i;
    const number = /^(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number && !(ch === "." && tokens.length > 0 && tokens[tokens.length - 1].type === "name")) {
      const text = number[0];
      if (/_$|_\.|\._|__/.test(text)) throw new WhereError(`"${text}" is not a number`, at + 1);
      tokens.push({ type: "number", text, value: Number(text.replace(/_/g, "")), at });
      i += text.length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let value = "";
      let j = i + 1;
      for (; j < source.length && source[j] !== ch; j++) {
        if (source[j] === "\\" && j + 1 < source.length) j += 1;
        value += source[j];
      }
      if (j >= source.length) throw new WhereError("text without its closing quote", at + 1);
      tokens.push({ type: "string", text: source.slice(i, j + 1), value, at });
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (name) {
      const text = name[0];
      tokens.push({ type: "name", text, at });
      i += text.length;
      continue;
    }
    const punct = PUNCT.find((p) => source.startsWith(p, i));
    if (!punct) throw new WhereError(`unexpected "${ch}"`, at + 1);
    if (punct === "=") throw new WhereError("use == to compare", at + 1);
    tokens.push({ type: "punct", text: punct, at });
    i += punct.length;
  }
  tokens.push({ type: "end", text: "the end", at: source.length });
  return tokens;
}
var COMPARISONS = ["==", "!=", "<", "<=", ">", ">=", "contains", "in"];
var KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "not", "contains", "in", "true", "false", "null"]);
function parseWhere(source) {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const is = (text) => peek().type !== "string" && peek().text === text;
  const describe = (t) => t.type === "end" ? "the end of the expression" : `"${t.text}"`;
  const expect = (text) => {
    if (!is(text)) throw new WhereError(`expected "${text}" but found ${describe(peek())}`, peek().at + 1);
    next();
  };
  function or() {
    let left = and();
    while (is("or") || is("||")) {
      next();
      left = { kind: "logical", op: "or", left, right: and() };
    }
    return left;
  }
  function and() {
    let left = not();
    while (is("and") || is("&&")) {
      next();
      left = { kind: "logical", op: "and", left, right: not() };
    }
    return left;
  }
  function not() {
    if (is("not") || is("!")) {
      next();
      return { kind: "not", operand: not() };
    }
    return compare();
  }
  function compare() {
    const left = value();
    const t = peek();
    if (t.type !== "string" && COMPARISONS.includes(t.text)) {
      next();
      return { kind: "compare", op: t.text, left, right: value(), at: t.at };
    }
    return left;
  }
  function value() {
    const t = next();
    if (t.type === "number" || t.type === "string") return { kind: "literal", value: t.value };
    if (t.type === "punct" && t.text === "(") {
      const inner = or();
      expect(")");
      return inner;
    }
    if (t.type === "punct" && t.text === "[") {
      const items = [];
      if (!is("]")) {
        items.push(value());
        while (is(",")) {
          next();
          items.push(value());
        }
      }
      expect("]");
      return { kind: "list", items };
    }
    if (t.type === "name") {
      if (t.text === "true" || t.text === "false") return { kind: "literal", value: t.text === "true" };
      if (t.text === "null") return { kind: "literal", value: null };
      if (KEYWORDS.has(t.text)) throw new WhereError(`expected a field or a value but found "${t.text}"`, t.at + 1);
      const segments = [t.text];
      for (; ; ) {
        if (is(".")) {
          next();
          const n = next();
          if (n.type !== "name") throw new WhereError(`expected a field name after "." but found ${describe(n)}`, n.at + 1);
          segments.push(n.text);
        } else if (is("[")) {
          next();
          const n = next();
          if (n.type !== "number" || !Number.isInteger(n.value)) throw new WhereError(`expected an index (0, 1, \u2026) but found ${describe(n)}`, n.at + 1);
          segments.push(n.value);
          expect("]");
        } else {
          break;
        }
      }
      return { kind: "path", segments, text: source.slice(t.at, tokens[pos - 1].at + tokens[pos - 1].text.length), at: t.at };
    }
    throw new WhereError(`expected a field or a value but found ${describe(t)}`, t.at + 1);
  }
  const tree = or();
  if (peek().type !== "end") throw new WhereError(`unexpected ${describe(peek())}`, peek().at + 1);
  return tree;
}
function checkWhereFields(tree, template, suggest) {
  const visit = (node) => {
    switch (node.kind) {
      case "path": {
        let here = template;
        const done = [];
        for (const segment of node.segments) {
          if (typeof segment === "number") {
            if (!Array.isArray(here)) throw new WhereError(`${done.join(".")} is not a list: it takes no index`, node.at + 1);
            here = here[0];
          } else {
            if (here === null || typeof here !== "object" || Array.isArray(here)) {
              throw new WhereError(`${done.join(".")} has no fields (it is ${Array.isArray(here) ? "a list" : "a value"})`, node.at + 1);
            }
            const names = Object.keys(here);
            if (!names.includes(segment)) {
              const near = suggest(segment, names);
              const where = done.length > 0 ? ` in ${done.join(".")}` : "";
              throw new WhereError(`unknown field "${segment}"${where}${near ? `; did you mean "${near}"?` : `; fields: ${names.join(", ")}`}`, node.at + 1);
            }
            here = here[segment];
          }
          done.push(String(segment));
        }
        return;
      }
      case "list":
        node.items.forEach(visit);
        return;
      case "not":
        visit(node.operand);
        return;
      case "logical":
      case "compare":
        visit(node.left);
        visit(node.right);
        return;
      case "literal":
        return;
    }
  };
  visit(tree);
}
function resolvePath(object, segments) {
  let here = object;
  for (const segment of segments) {
    if (here === null || typeof here !== "object" || !Object.hasOwn(here, segment)) return null;
    here = here[segment];
  }
  return here === void 0 ? null : here;
}
var fold = (s) => s.toLocaleLowerCase("en");
function equal(a, b) {
  if (typeof a === "string" && typeof b === "string") return fold(a) === fold(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return a === b;
}
function contains(haystack, needle) {
  if (Array.isArray(haystack)) return haystack.some((item) => equal(item, needle));
  if (typeof haystack === "string" && typeof needle === "string") return fold(haystack).includes(fold(needle));
  return false;
}
function order(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a.localeCompare(b, "en");
  return void 0;
}
function evaluate(node, object) {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "path":
      return resolvePath(object, node.segments);
    case "list":
      return node.items.map((item) => evaluate(item, object));
    case "not":
      return !truthy(evaluate(node.operand, object));
    case "logical": {
      const left = truthy(evaluate(node.left, object));
      if (node.op === "and") return left && truthy(evaluate(node.right, object));
      return left || truthy(evaluate(node.right, object));
    }
    case "compare": {
      const a = evaluate(node.left, object);
      const b = evaluate(node.right, object);
      switch (node.op) {
        case "==":
          return equal(a, b);
        case "!=":
          return !equal(a, b);
        case "contains":
          return contains(a, b);
        case "in":
          return contains(b, a);
        default: {
          const d = order(a, b);
          if (d === void 0) return false;
          return node.op === "<" ? d < 0 : node.op === "<=" ? d <= 0 : node.op === ">" ? d > 0 : d >= 0;
        }
      }
    }
  }
}
function truthy(v) {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}
function matchesWhere(tree, object) {
  return truthy(evaluate(tree, object));
}

// src/core/filter.ts
function foldText(s) {
  return s.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}
var FilterError = class extends Error {
};
var TEXT_FIELDS = ["manager", "tag", "industry"];
var valuesOf = {
  manager: (a) => [a.manager],
  tag: (a) => a.tags,
  industry: (a) => [a.industry]
};
function recordSpellings(spellings, a, field) {
  for (const v of valuesOf[field](a)) {
    if (v !== null && !spellings.has(foldText(v))) spellings.set(foldText(v), v);
  }
}
function fixedValues(option, given, allowed, what) {
  return (given ?? []).map((value) => {
    const id = value.trim().toLowerCase().replace(/[\s_]+/g, "-");
    if (allowed.includes(id)) return id;
    const near = nearest(value, allowed);
    throw new FilterError(`--${option} "${value}" is not ${what}${near ? `; did you mean "${near}"?` : `: use one of ${allowed.join(", ")}`}`);
  });
}
function createFilter(options, where) {
  const quadrants = fixedValues("quadrant", options.quadrant, QUADRANTS, "a quadrant");
  const healths = fixedValues("health", options.health, HEALTH_STATUSES, "a health status");
  const trees = (options.where ?? []).map((text) => {
    try {
      const tree = parseWhere(text);
      checkWhereFields(tree, where.template, nearest);
      return tree;
    } catch (e) {
      if (!(e instanceof WhereError)) throw e;
      throw new FilterError(`--where "${text}": ${e.message} (column ${e.column})`);
    }
  });
  const wanted = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Set((options[f] ?? []).map(foldText))]));
  const seen = Object.fromEntries(TEXT_FIELDS.map((f) => [f, /* @__PURE__ */ new Map()]));
  const asked = TEXT_FIELDS.filter((f) => wanted[f].size > 0);
  const active = quadrants.length > 0 || healths.length > 0 || trees.length > 0 || asked.length > 0;
  return {
    active,
    checksAfterRun: asked.length > 0,
    matches(a) {
      if (quadrants.length > 0 && !quadrants.includes(a.quadrant)) return false;
      if (healths.length > 0 && !healths.includes(a.health.status)) return false;
      for (const f of asked) {
        if (!valuesOf[f](a).some((v) => v !== null && wanted[f].has(foldText(v)))) return false;
      }
      if (trees.length === 0) return true;
      const object = where.toObject(a);
      return trees.every((t) => matchesWhere(t, object));
    },
    observe(a) {
      for (const f of asked) recordSpellings(seen[f], a, f);
    },
    checkValues() {
      for (const f of asked) {
        for (const value of options[f] ?? []) {
          if (seen[f].has(foldText(value))) continue;
          const known = [...seen[f].values()];
          const near = nearest(foldText(value), known.map(foldText));
          const suggestion = near !== void 0 ? `; did you mean "${seen[f].get(near)}"?` : known.length === 0 ? "" : known.length <= 12 ? `; ${f === "industry" ? "industries" : `${f}s`}: ${known.sort().join(", ")}` : "";
          throw new FilterError(`--${f} "${value}": no account has this ${f}${suggestion}`);
        }
      }
    }
  };
}
function shownDiagnostics(diagnostics, hiddenFiles) {
  if (hiddenFiles.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => d.account === void 0 || !hiddenFiles.has(d.file));
}
function showingLine(s) {
  return `showing ${s.accounts} of ${s.of} account${s.of === 1 ? "" : "s"}`;
}

export {
  foldText,
  FilterError,
  TEXT_FIELDS,
  recordSpellings,
  createFilter,
  shownDiagnostics,
  showingLine
};
