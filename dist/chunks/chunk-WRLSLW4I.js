import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  RULES,
  SCHEMA_RULE,
  factorFreshness,
  ruleSeverity,
  runAccountRules,
  runPortfolioRules,
  staleScore
} from "./chunk-SYXEGYMA.js";
import {
  planView
} from "./chunk-QA7TO7ZC.js";
import {
  UNUSED_ACCEPT_RULE,
  acceptancesOf,
  applyAcceptances
} from "./chunk-CDJ7GAAG.js";
import {
  QUESTIONS,
  axisScore,
  decision,
  normalizeAnswer,
  positioning,
  quadrant,
  relationshipGap,
  significanceScore
} from "./chunk-WGPO3TYV.js";
import {
  FilterError,
  shownDiagnostics
} from "./chunk-EPVBHNQJ.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  MAX_FILE_BYTES,
  configSearchStart,
  decodeSource,
  discoverAccountFiles,
  findConfig,
  loadConfigFile,
  locate,
  parseYaml,
  readListedFile,
  readRegularFile
} from "./chunk-V5UQSIXE.js";
import {
  accountValidators,
  isDate,
  onFirstUse,
  schemaProblems,
  sourceRequire
} from "./chunk-Q7SRD657.js";
import {
  defaultConfig
} from "./chunk-OQJI7S7I.js";
import {
  summarizePortfolio
} from "./chunk-HY52YVVC.js";
import {
  accountHealth,
  coverage,
  detached,
  thinAxes
} from "./chunk-IGQNBKN2.js";
import {
  __require
} from "./chunk-SA2IJZVG.js";

// src/core/stability.ts
var AXES = ["attractiveness", "strength"];
function stability(account, scores, config) {
  if (scores.attractiveness === null || scores.strength === null) return null;
  let best = null;
  let bestSize = Infinity;
  let byOnePoint = false;
  let byThreshold = false;
  for (const axis of AXES) {
    const value = scores[axis];
    const t = config.thresholds[axis];
    const high = value >= t;
    if (high ? value < t + 0.5 : value >= t - 0.5) byThreshold = true;
    const given = account[axis] ?? {};
    const factors = config.factors[axis];
    const counts = (f) => typeof given[f.id] === "number" && f.weight > 0;
    let total = 0;
    let sum = 0;
    for (const f of factors) {
      if (!counts(f)) continue;
      total += f.weight;
      sum += f.weight * given[f.id];
    }
    for (const f of factors) {
      if (!counts(f)) continue;
      const from = given[f.id];
      const boundary = (t * total - (sum - f.weight * from)) / f.weight;
      const to = high ? Math.ceil(boundary * 100 - 1) / 100 : Math.ceil(boundary * 100 - 1e-9) / 100;
      if (to < 0 || to > 10) continue;
      if (high ? from - boundary < 1 : boundary - from <= 1) byOnePoint = true;
      const size = Math.abs(to - from);
      if (size < bestSize) {
        bestSize = size;
        best = { axis, factor: f.id, from, to };
      }
    }
  }
  return { borderline: byOnePoint || byThreshold, minimalChange: best };
}

// src/core/analyze.ts
var NONE = Object.freeze([]);
var NO_TAGS = Object.freeze([]);
function portfolioEntry(r) {
  return { id: r.id, name: r.name, file: r.file, manager: r.manager, quadrant: r.quadrant, revenue: r.revenue, health: { status: r.health.status } };
}
function analyzeOpportunities(account) {
  return (account.opportunities ?? []).map((o) => {
    let failed = NONE;
    let open = NONE;
    for (const q of QUESTIONS) {
      const a = normalizeAnswer(o.questions?.[q]);
      if (a === "no") (failed = failed === NONE ? [] : failed).push(q);
      else if (a !== "yes") (open = open === NONE ? [] : open).push(q);
    }
    return {
      id: o.id,
      name: o.name ?? null,
      value: o.value ?? null,
      stage: o.stage ?? null,
      decision: decision(o.questions),
      failed,
      open
    };
  });
}
function analyzeAccount(account, file, config, asOf) {
  const attractiveness = axisScore(account.attractiveness, config.factors.attractiveness);
  const strength = axisScore(account.strength, config.factors.strength);
  const spend = account.positioning?.spend ?? null;
  const significance = significanceScore(account.positioning?.significance);
  const rel = account.relationship;
  const stage = rel?.stage ?? null;
  const customerView = rel?.customer_view ?? null;
  const covered = coverage(account, config);
  return {
    id: account.id,
    name: account.name,
    file,
    manager: account.manager ?? null,
    industry: account.industry ?? null,
    tags: account.tags && account.tags.length > 0 ? account.tags : NO_TAGS,
    attractiveness,
    strength,
    quadrant: quadrant(attractiveness, strength, config.thresholds),
    spend,
    significance,
    positioning: positioning(spend, significance, config.thresholds),
    relationship: stage || customerView ? { stage, customerView, gap: relationshipGap(stage ?? void 0, customerView ?? void 0) } : null,
    perceivedLevel: rel?.perceived_level ?? null,
    position: account.position ?? null,
    revenue: { current: account.revenue?.current ?? null, potential: account.revenue?.potential ?? null },
    opportunities: analyzeOpportunities(account),
    stability: stability(account, { attractiveness, strength }, config),
    target: targetOf(account, attractiveness, strength, config),
    health: accountHealth(account, config, asOf),
    coverage: covered,
    provisional: thinAxes(covered, config).length > 0,
    plan: planView(account, asOf)
  };
}
function targetOf(account, attractiveness, strength, config) {
  const t = account.target;
  if (!t || t.attractiveness === void 0 && t.strength === void 0) return null;
  const a = t.attractiveness ?? attractiveness;
  const s = t.strength ?? strength;
  if (a === null || s === null) return null;
  return { attractiveness: a, strength: s, by: t.by ?? null, quadrant: quadrant(a, s, config.thresholds) };
}

// src/pipeline/file-processor.ts
import { resolve } from "node:path";

// src/io/yaml/block-locator.ts
var FAIL = -1;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var DOT = 46;
var unusualSpace = (c) => c >= 9 && c <= 13 || c >= 160;
function nameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
var Lines = class {
  constructor(source, starts) {
    this.source = source;
    this.starts = starts;
    this.count = starts.length;
    this.indents = new Array(this.count).fill(-1);
  }
  source;
  starts;
  count;
  indents;
  /** Column after the name of the key keyAt() last found. */
  nameEnd = -1;
  start(i) {
    return this.starts[i];
  }
  /** End of the line's text, before its LF and a CR that precedes it. */
  end(i) {
    const start = this.starts[i];
    const end = i + 1 < this.count ? this.starts[i + 1] - 1 : this.source.length;
    return end > start && this.source.charCodeAt(end - 1) === 13 ? end - 1 : end;
  }
  /** What trimStart() would remove from the line, counted without making the trimmed copy (spaces are the common case). */
  indent(i) {
    const known = this.indents[i];
    if (known !== -1) return known;
    const s = this.starts[i];
    const e = this.end(i);
    let c = s;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    let n = c - s;
    if (c < e && unusualSpace(this.source.charCodeAt(c))) {
      const line = this.source.slice(s, e);
      n = line.length - line.trimStart().length;
    }
    this.indents[i] = n;
    return n;
  }
  /** Whether anything but blanks and a comment follows column `from`. */
  significant(i, from = this.indent(i)) {
    const e = this.end(i);
    let c = this.starts[i] + from;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    if (c >= e) return false;
    const ch = this.source.charCodeAt(c);
    if (unusualSpace(ch)) {
      const rest = this.source.slice(this.starts[i] + from, e).trimStart();
      return rest !== "" && !rest.startsWith("#");
    }
    return ch !== HASH;
  }
  /** A "-" at column `col` followed by a space or the end of the line. */
  isDash(i, col = this.indent(i)) {
    const at = this.starts[i] + col;
    const e = this.end(i);
    return at < e && this.source.charCodeAt(at) === DASH && (at + 1 === e || this.source.charCodeAt(at + 1) === SPACE);
  }
  /** First column after `col` that is not a space, or -1 if only a comment or nothing follows. */
  valueStart(i, col) {
    const s = this.starts[i];
    const e = this.end(i);
    let c = s + col;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    return c >= e || this.source.charCodeAt(c) === HASH ? -1 : c - s;
  }
  /**
   * Column after a key `name *:` followed by a space (taken too) or the end of
   * the line, where the name ([A-Za-z0-9_][A-Za-z0-9_-]*) starts at `col`;
   * -1 if there is no such key. The name's end is left in `nameEnd`.
   */
  keyAt(i, col) {
    const s = this.starts[i];
    const e = this.end(i);
    let c = s + col;
    if (c >= e || !nameChar(this.source.charCodeAt(c))) return -1;
    for (c += 1; c < e; c++) {
      const ch = this.source.charCodeAt(c);
      if (!nameChar(ch) && ch !== DASH) break;
    }
    this.nameEnd = c - s;
    while (c < e && this.source.charCodeAt(c) === SPACE) c += 1;
    if (c >= e || this.source.charCodeAt(c) !== COLON) return -1;
    c += 1;
    if (c === e) return c - s;
    return this.source.charCodeAt(c) === SPACE ? c + 1 - s : -1;
  }
  /** End of a block whose lines are indented more than `indent` (dash lines at `indent` too, when `dashes`). */
  blockEnd(from, indent, dashes) {
    let j = from;
    for (; j < this.count; j++) {
      const ind = this.indent(j);
      if (ind > indent || !this.significant(j) || dashes && ind === indent && this.isDash(j)) continue;
      break;
    }
    return j;
  }
  nextSignificant(from, hi) {
    for (let j = from; j < hi; j++) if (this.significant(j)) return j;
    return -1;
  }
  /** The line:column (1-based) of an offset. */
  position(at) {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1 };
  }
};
function lineStarts(source) {
  const starts = [0];
  if (source.startsWith("---") || source.startsWith("...")) return void 0;
  for (let nl = source.indexOf("\n"); nl !== -1; nl = source.indexOf("\n", nl + 1)) {
    if (nl + 3 < source.length) {
      const c = source.charCodeAt(nl + 1);
      if ((c === DASH || c === DOT) && (source.startsWith("---", nl + 1) || source.startsWith("...", nl + 1))) return void 0;
    }
    starts.push(nl + 1);
  }
  return starts;
}
var unsure = () => void 0;
function blockLocator(source) {
  const starts = lineStarts(source);
  if (!starts) return unsure;
  const lines = new Lines(source, starts);
  let first = 0;
  while (first < lines.count && !lines.significant(first)) first += 1;
  if (first === lines.count || lines.indent(first) !== 0 || lines.keyAt(first, 0) === -1) return unsure;
  return (path) => {
    const at = inMap(lines, first, lines.count, 0, first, 0, path, 0, lines.start(first));
    return at === FAIL ? void 0 : lines.position(at);
  };
}
function inMap(lines, lo, hi, indent, virtualLine, virtualCol, path, k, self) {
  if (k === path.length) return self;
  const seg = path[k];
  const key = typeof seg === "string" ? seg : String(seg);
  for (let i = lo; i < hi; i++) {
    const ind = i === virtualLine ? virtualCol : lines.indent(i);
    if (ind > indent || !lines.significant(i, ind)) continue;
    if (ind < indent) break;
    const after = lines.keyAt(i, ind);
    if (after === -1) return FAIL;
    if (lines.nameEnd - ind !== key.length || !lines.source.startsWith(key, lines.start(i) + ind)) continue;
    const vc = lines.valueStart(i, after);
    if (vc !== -1) return inlineValue(lines, i, vc, path, k + 1);
    const j = lines.nextSignificant(i + 1, hi);
    if (j === -1) return FAIL;
    const keyPos = lines.start(i) + ind;
    const below = lines.indent(j);
    if (below >= ind && lines.isDash(j)) {
      if (below === ind && k + 1 === path.length) return keyPos;
      return inSeq(lines, j, lines.blockEnd(j, below, true), below, path, k + 1, keyPos);
    }
    if (below > ind && lines.keyAt(j, below) !== -1) {
      return inMap(lines, j, lines.blockEnd(i + 1, ind, false), below, -1, 0, path, k + 1, keyPos);
    }
    return FAIL;
  }
  return self;
}
function inSeq(lines, lo, hi, indent, path, k, self) {
  if (k === path.length) return self;
  const seg = path[k];
  if (typeof seg !== "number") return self;
  let index = -1;
  for (let i = lo; i < hi; i++) {
    if (lines.indent(i) > indent || !lines.significant(i)) continue;
    if (lines.indent(i) < indent || !lines.isDash(i)) break;
    index += 1;
    if (index !== seg) continue;
    const c = lines.valueStart(i, indent + 1);
    if (c === -1 || lines.isDash(i, c)) return FAIL;
    if (k + 1 < path.length && lines.keyAt(i, c) !== -1) {
      return inMap(lines, i, lines.blockEnd(i + 1, indent, false), c, i, c, path, k + 1, lines.start(i) + c);
    }
    return inlineValue(lines, i, c, path, k + 1);
  }
  return self;
}
function inlineValue(lines, line, col, path, k) {
  const at = lines.start(line) + col;
  const c = lines.source[at];
  if (c === "|" || c === ">" || c === '"' || c === "'") return k === path.length ? at : FAIL;
  if (c !== "{" && c !== "[") return at;
  const found = inFlow(lines.source.slice(lines.start(line), lines.end(line)), col, path, k);
  return found === FAIL ? FAIL : lines.start(line) + found;
}
function flowEntries(text, col) {
  const entries = [];
  let depth = 0;
  let start = -1;
  let value = -1;
  for (let i = col; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") return void 0;
    if (depth === 1 && start === -1 && c !== " " && c !== "," && c !== "}" && c !== "]") start = i;
    if (c === "{" || c === "[") depth += 1;
    else if (c === "}" || c === "]") depth -= 1;
    if (depth === 1 && c === ":" && value === -1 && (text[i + 1] === " " || text[i + 1] === "," || text[i + 1] === "}")) {
      let v = i + 1;
      while (text[v] === " ") v += 1;
      value = v;
    }
    if (depth === 1 && c === "," || depth === 0) {
      if (start !== -1) entries.push([start, value]);
      start = -1;
      value = -1;
      if (depth === 0) return entries;
    }
  }
  return void 0;
}
function inFlow(text, col, path, k) {
  if (k === path.length) return col;
  const entries = flowEntries(text, col);
  if (!entries) return FAIL;
  const seg = path[k];
  let at;
  if (text[col] === "[") {
    if (typeof seg !== "number" || entries.some(([, v]) => v !== -1)) return col;
    const entry = entries[seg];
    if (!entry) return col;
    at = entry[0];
  } else {
    const entry = entries.find(([key, v]) => v !== -1 && text.slice(key, text.indexOf(":", key)).trimEnd() === String(seg));
    if (entries.some(([, v]) => v === -1)) return FAIL;
    if (!entry) return col;
    at = entry[1];
    if (text[at] === "," || text[at] === "}") return FAIL;
  }
  if (text[at] === "{" || text[at] === "[") return inFlow(text, at, path, k + 1);
  return at;
}

// src/io/yaml/plain-yaml.ts
var BAIL = /* @__PURE__ */ Symbol("outside the plain subset");
function bail() {
  throw BAIL;
}
var UNSUPPORTED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
var DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
var MAX_DEPTH = 24;
var MAX_KEY = 128;
var SPACE2 = 32;
var NL = 10;
var HASH2 = 35;
var DASH2 = 45;
var COLON2 = 58;
function readPlainYaml(text) {
  if (UNSUPPORTED.test(text)) return void 0;
  const reader = new PlainReader(text);
  try {
    if (!reader.seek() || reader.indent !== 0) return void 0;
    const data = reader.map(0, reader.pos, 0);
    return reader.pos === text.length ? data : void 0;
  } catch (e) {
    if (e === BAIL || e instanceof RangeError) return void 0;
    throw e;
  }
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === DASH2;
}
function sharedString(table, t, at, end, hash) {
  const slot = (hash ^ hash >>> 12) & table.length - 1;
  const cached = table[slot];
  if (cached.length === end - at && t.startsWith(cached, at)) return cached;
  const copy = detached(t.slice(at, end));
  table[slot] = copy;
  return copy;
}
var KEY_CACHE = new Array(1024).fill("");
var VALUE_CACHE = new Array(4096).fill("");
var MAX_SHARED_VALUE = 40;
var keyAt = (t, at, end, hash) => sharedString(KEY_CACHE, t, at, end, hash);
function textAt(t, at, end, hash) {
  if (end - at > MAX_SHARED_VALUE) return detached(t.slice(at, end));
  return sharedString(VALUE_CACHE, t, at, end, hash ?? textHash(t, at, end));
}
function textHash(t, at, end) {
  let hash = 0;
  for (let i = at; i < end; i++) hash = hash * 31 + t.charCodeAt(i) | 0;
  return hash;
}
function usableKey(obj, key) {
  return obj[key] === void 0 && key !== "__proto__" && !isReservedWord(key);
}
function isReservedWord(s) {
  switch (s) {
    case "null":
    case "Null":
    case "NULL":
    case "true":
    case "True":
    case "TRUE":
    case "false":
    case "False":
    case "FALSE":
      return true;
    default:
      return false;
  }
}
function resolvePlain(t, at, end, hash) {
  const c = t.charCodeAt(at);
  if (c >= 48 && c <= 57 || c === DASH2 || c === 43 || c === 46) {
    const n = plainNumber(t, at, end);
    if (n !== void 0) return n;
    const s = t.slice(at, end);
    const second = s.charCodeAt(1);
    if (c === DASH2 && !(second >= 48 && second <= 57)) bail();
    if (c === 43 || c === 46 || !(DATE.test(s) || s.includes(" "))) bail();
    return textAt(t, at, end);
  }
  if (end - at <= 5) {
    switch (t.slice(at, end)) {
      case "~":
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return true;
      case "false":
      case "False":
      case "FALSE":
        return false;
      default:
    }
  }
  return textAt(t, at, end, hash);
}
var POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
function plainNumber(t, at, end) {
  let p = at;
  const negative = t.charCodeAt(p) === DASH2;
  if (negative) p += 1;
  const intStart = p;
  let m = 0;
  for (let d = t.charCodeAt(p) - 48; p < end && d >= 0 && d <= 9; d = t.charCodeAt(p) - 48) {
    m = m * 10 + d;
    p += 1;
  }
  const intDigits = p - intStart;
  if (intDigits === 0 || intDigits > 15 || intDigits > 1 && t.charCodeAt(intStart) === 48) return void 0;
  if (p === end) return negative ? m === 0 ? void 0 : -m : m;
  if (t.charCodeAt(p) !== 46) return void 0;
  p += 1;
  const fracStart = p;
  for (let d = t.charCodeAt(p) - 48; p < end && d >= 0 && d <= 9; d = t.charCodeAt(p) - 48) {
    m = m * 10 + d;
    p += 1;
  }
  const fracDigits = p - fracStart;
  if (p !== end || fracDigits === 0 || fracDigits > 17) return void 0;
  if (intDigits + fracDigits > 15) return parseFloat(t.slice(at, end));
  const value = m / POWERS_OF_TEN[fracDigits];
  return negative ? -value : value;
}
function startsSpecial(c) {
  switch (c) {
    case 63:
    case COLON2:
    case 44:
    case 91:
    case 93:
    case 123:
    case 125:
    case HASH2:
    case 38:
    case 42:
    case 33:
    case 124:
    case 62:
    case 39:
    case 34:
    case 37:
    case 64:
    case 96:
    case SPACE2:
      return true;
    default:
      return false;
  }
}
var PlainReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Start of the current line. */
  pos = 0;
  /** Indentation of the current line. */
  indent = 0;
  /** A hash of the name the last keyEnd() scanned. */
  keyHash = 0;
  /** Moves to the next line holding more than spaces or a comment; false at the end. */
  seek() {
    const t = this.text;
    const n = t.length;
    let p = this.pos;
    while (p < n) {
      let q = p;
      while (t.charCodeAt(q) === SPACE2) q += 1;
      if (q < n) {
        const c = t.charCodeAt(q);
        if (c !== NL && c !== HASH2) {
          this.pos = p;
          this.indent = q - p;
          return true;
        }
      }
      const nl = t.indexOf("\n", q);
      p = nl === -1 ? n : nl + 1;
    }
    this.pos = n;
    return false;
  }
  lineEnd(from) {
    const e = this.text.indexOf("\n", from);
    return e === -1 ? this.text.length : e;
  }
  /** After the line that ends at `eol`, on to the next significant one. */
  nextLine(eol) {
    this.pos = eol < this.text.length ? eol + 1 : eol;
    return this.seek();
  }
  /** A "- " (or "-" at the line's end) at offset p. */
  isDash(p) {
    if (this.text.charCodeAt(p) !== DASH2) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === SPACE2 || c === NL || p + 1 === this.text.length;
  }
  /** End of the name at p when a mapping key "name:" (then a space or the line's end) starts there, else -1. */
  keyEnd(p) {
    const t = this.text;
    const c0 = t.charCodeAt(p);
    if (!(c0 >= 97 && c0 <= 122 || c0 >= 65 && c0 <= 90 || c0 === 95)) return -1;
    let k = p + 1;
    let hash = c0;
    for (let c = t.charCodeAt(k); isNameChar(c); c = t.charCodeAt(k)) {
      hash = hash * 31 + c | 0;
      k += 1;
    }
    this.keyHash = hash;
    if (t.charCodeAt(k) !== COLON2) return -1;
    const after = t.charCodeAt(k + 1);
    return after === SPACE2 || after === NL || k + 1 === t.length ? k : -1;
  }
  /** The value that starts on the current line (a nested block) or the null of an empty one. */
  nested(col, inMap2, depth) {
    if (!this.seek()) return null;
    if (this.indent > col) {
      const at = this.pos + this.indent;
      if (this.isDash(at)) return this.seq(this.indent, depth + 1);
      return this.map(this.indent, at, depth + 1);
    }
    if (inMap2 && this.indent === col && this.isDash(this.pos + col)) return this.seq(col, depth + 1);
    return null;
  }
  /** A block mapping with its keys at column `col`, the first at offset `at` (after a dash, it is not the line's indentation). */
  map(col, at, depth) {
    if (depth > MAX_DEPTH) bail();
    const t = this.text;
    const obj = {};
    for (; ; ) {
      const k = this.keyEnd(at);
      if (k === -1 || k - at > MAX_KEY) bail();
      const key = keyAt(t, at, k, this.keyHash);
      if (!usableKey(obj, key)) bail();
      const eol = this.lineEnd(k);
      let v = k + 1;
      while (t.charCodeAt(v) === SPACE2) v += 1;
      if (v >= eol || t.charCodeAt(v) === HASH2) {
        this.pos = eol < t.length ? eol + 1 : eol;
        obj[key] = this.nested(col, true, depth);
      } else {
        obj[key] = this.inline(v, eol, depth);
        this.nextLine(eol);
      }
      if (this.pos >= t.length || this.indent < col) return obj;
      if (this.indent > col) bail();
      at = this.pos + col;
    }
  }
  /** A block sequence with its dashes at column `col`, the first on the current line. */
  seq(col, depth) {
    if (depth > MAX_DEPTH) bail();
    const t = this.text;
    const list = [];
    for (; ; ) {
      const lineStart = this.pos;
      const dash = lineStart + col;
      const eol = this.lineEnd(dash);
      let v = dash + 1;
      while (t.charCodeAt(v) === SPACE2) v += 1;
      if (v >= eol || t.charCodeAt(v) === HASH2) {
        this.pos = eol < t.length ? eol + 1 : eol;
        list.push(this.nested(col, false, depth));
      } else if (this.isDash(v)) {
        bail();
      } else if (this.keyEnd(v) !== -1) {
        list.push(this.map(v - lineStart, v, depth + 1));
      } else {
        list.push(this.inline(v, eol, depth));
        this.nextLine(eol);
      }
      if (this.pos >= t.length || this.indent < col) return list;
      if (this.indent > col) bail();
      if (!this.isDash(this.pos + col)) return list;
    }
  }
  /** A value written on its line from offset v (not a comment) to eol. */
  inline(v, eol, depth) {
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === 34 || c === 39) {
      const close = this.quotedEnd(v, eol);
      this.trailer(close + 1, eol);
      return this.quotedValue(v, close);
    }
    if (c === 91 || c === 123) {
      if (depth + 1 > MAX_DEPTH) bail();
      return this.flow(v, eol);
    }
    if (startsSpecial(c) || c === DASH2 && this.isDash(v)) bail();
    let end = v;
    let hash = 0;
    let endHash = 0;
    for (let p = v; p < eol; p++) {
      const ch = t.charCodeAt(p);
      if (ch === SPACE2 && t.charCodeAt(p + 1) === HASH2) break;
      if (ch === COLON2 && (p + 1 === eol || t.charCodeAt(p + 1) === SPACE2)) bail();
      hash = hash * 31 + ch | 0;
      if (ch !== SPACE2) {
        end = p + 1;
        endHash = hash;
      }
    }
    return resolvePlain(t, v, end, endHash);
  }
  /** Offset of the quote that closes the quoted scalar opening at v, on the same line. */
  quotedEnd(v, eol) {
    const t = this.text;
    if (t.charCodeAt(v) === 34) {
      const close = t.indexOf('"', v + 1);
      if (close === -1 || close >= eol) bail();
      for (let j = v + 1; j < close; j++) if (t.charCodeAt(j) === 92) bail();
      return close;
    }
    for (let j = v + 1; ; j += 2) {
      const q = t.indexOf("'", j);
      if (q === -1 || q >= eol) bail();
      if (t.charCodeAt(q + 1) !== 39) return q;
      j = q;
    }
  }
  quotedValue(v, close) {
    const t = this.text;
    if (t.charCodeAt(v) === 39) {
      const inner = t.slice(v + 1, close);
      if (inner.includes("''")) return detached(inner.replaceAll("''", "'"));
    }
    return textAt(t, v + 1, close);
  }
  /** Only spaces, then nothing or a comment, from p to eol. */
  trailer(p, eol) {
    const t = this.text;
    let q = p;
    while (q < eol && t.charCodeAt(q) === SPACE2) q += 1;
    if (q < eol && (q === p || t.charCodeAt(q) !== HASH2)) bail();
  }
  /** A flow sequence or mapping of scalars opening at v and closed on the same line. */
  flow(v, eol) {
    const t = this.text;
    const isMap = t.charCodeAt(v) === 123;
    const closer = isMap ? 125 : 93;
    const list = [];
    const obj = {};
    let p = v + 1;
    while (t.charCodeAt(p) === SPACE2) p += 1;
    if (t.charCodeAt(p) === closer) {
      this.trailer(p + 1, eol);
      return isMap ? obj : list;
    }
    for (; ; ) {
      while (t.charCodeAt(p) === SPACE2) p += 1;
      let key = "";
      if (isMap) {
        const k = this.keyEnd(p);
        if (k === -1 || k - p > MAX_KEY || t.charCodeAt(k + 1) !== SPACE2) bail();
        key = keyAt(t, p, k, this.keyHash);
        if (!usableKey(obj, key)) bail();
        p = k + 2;
        while (t.charCodeAt(p) === SPACE2) p += 1;
      }
      let value;
      const c = t.charCodeAt(p);
      if (c === 34 || c === 39) {
        const close = this.quotedEnd(p, eol);
        value = this.quotedValue(p, close);
        p = close + 1;
      } else {
        if (startsSpecial(c) || c === DASH2 && !(t.charCodeAt(p + 1) >= 48 && t.charCodeAt(p + 1) <= 57)) bail();
        const start = p;
        for (; p < eol; p++) {
          const d2 = t.charCodeAt(p);
          if (d2 === 44 || d2 === closer) break;
          if (d2 === 91 || d2 === 93 || d2 === 123 || d2 === 125 || d2 === COLON2 || d2 === HASH2 || d2 === 34 || d2 === 39) bail();
        }
        let end = p;
        while (t.charCodeAt(end - 1) === SPACE2) end -= 1;
        if (end === start) bail();
        value = resolvePlain(t, start, end);
      }
      if (isMap) obj[key] = value;
      else list.push(value);
      while (t.charCodeAt(p) === SPACE2) p += 1;
      const d = t.charCodeAt(p);
      if (p < eol && d === closer) {
        this.trailer(p + 1, eol);
        return isMap ? obj : list;
      }
      if (p >= eol || d !== 44) bail();
      p += 1;
      while (t.charCodeAt(p) === SPACE2) p += 1;
      if (p >= eol || t.charCodeAt(p) === closer) bail();
    }
  }
};

// src/io/yaml/load-account.ts
var MAX_DIAGNOSTICS_PER_FILE = 50;
var jsYaml = onFirstUse(() => typeof __require === "function" ? __require("#vendor/js-yaml") : sourceRequire("js-yaml"));
function fastPathSafe(text) {
  if (RISKY.test(text) || ANCHOR_CHAR.test(text) && NODE_PROPERTY.test(text)) return false;
  FLOW_OR_QUOTE.lastIndex = 0;
  for (let m = FLOW_OR_QUOTE.exec(text); m; m = FLOW_OR_QUOTE.exec(text)) {
    let end = text.indexOf("\n", m.index);
    if (end === -1) end = text.length;
    if (!lineCloses(text, text.lastIndexOf("\n", m.index) + 1, end)) return false;
    FLOW_OR_QUOTE.lastIndex = end;
  }
  return true;
}
var RISKY = /\t|^%|<<|__proto__|0b|[-+]0[xo]|[-+]\.|\S#|[\u0085\u2028\u2029]|(?:^ *|[:-] +)[|>](?:[-+]?[1-9]|[1-9][-+])|^ *- *$/m;
var ANCHOR_CHAR = /[&*!]/;
var NODE_PROPERTY = /(?:^ *|[:?-] +|[[{,] *)[&*!]/m;
var FLOW_OR_QUOTE = /[[{"']/g;
function lineCloses(text, start, end) {
  let open = 0;
  let valueStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 35 && (i === start || text.charCodeAt(i - 1) === 32)) break;
    if (c === 91 || c === 123) open += 1;
    else if (c === 93 || c === 125) open -= 1;
    else if ((c === 34 || c === 39) && valueStart) {
      const close = c === 39 ? closingSingleQuote(text, i, end) : closingDoubleQuote(text, i, end);
      if (close === -1) return false;
      i = close;
    }
    valueStart = c === 58 || c === 45 || c === 44 || c === 91 || c === 123 || c === 63;
  }
  return open <= 0;
}
function closingSingleQuote(text, open, end) {
  for (let j = open + 1; j < end; j++) {
    if (text.charCodeAt(j) !== 39) continue;
    if (text.charCodeAt(j + 1) !== 39) return j;
    j += 1;
  }
  return -1;
}
function closingDoubleQuote(text, open, end) {
  for (let j = open + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 1;
    else if (c === 34) return j;
  }
  return -1;
}
function duplicateOpportunityIds(account) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  (account.opportunities ?? []).forEach((o, i) => {
    if (seen.has(o.id)) out.push({ path: ["opportunities", i, "id"], subject: `opportunity:${o.id}`, message: `opportunity id "${o.id}" is used twice in this account; opportunity ids must be unique within an account` });
    seen.add(o.id);
  });
  return out;
}
function tryFastPath(text, validators) {
  let data = readPlainYaml(text);
  const plain = data !== void 0;
  if (!plain) {
    if (!fastPathSafe(text)) return void 0;
    try {
      const { load, CORE_SCHEMA } = jsYaml();
      data = load(text, { schema: CORE_SCHEMA });
    } catch {
      return void 0;
    }
  }
  if (!validators.isValid(data)) return void 0;
  const account = data;
  if (duplicateOpportunityIds(account).length > 0) return void 0;
  return { account: plain ? account : ownStrings(account), plain };
}
function loadAccountText(file, bytes, ctx, path = "auto") {
  return loadAccountSource(file, decodeSource(bytes), ctx, path).loaded;
}
function loadAccountSource(file, source, ctx, path = "auto") {
  if (!source.ok) {
    return { loaded: { ok: false, file, diagnostics: [{ file, ...source.problem, severity: "error", rule: "schema", message: source.problem.message }] }, plainText: false };
  }
  const fast = path === "auto" ? tryFastPath(source.text, ctx.validators) : void 0;
  if (fast) return { loaded: { ok: true, file, account: fast.account }, plainText: fast.plain };
  return { loaded: carefulPath(file, source.text, ctx), plainText: false };
}
function carefulPath(file, text, ctx) {
  const diag = (line, column, message, account, subject) => ({
    file,
    line,
    column,
    severity: "error",
    rule: "schema",
    message,
    ...account !== void 0 ? { account } : {},
    ...subject !== void 0 ? { subject } : {}
  });
  const fail = (diagnostics, total = diagnostics.length) => ({ ok: false, file, diagnostics: capped(diagnostics, total) });
  const parsed = parseYaml(text);
  if (parsed.problems.length > 0) return fail(parsed.problems.map((p) => diag(p.line, p.column, p.message)));
  if (!parsed.doc || parsed.doc.contents === null) {
    return fail([diag(1, 1, "file is empty: an account needs at least an id and a name")]);
  }
  const data = parsed.doc.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const found = Array.isArray(data) ? "a list" : `a single value`;
    const { line, column } = locate(parsed, []);
    return fail([diag(line, column, `expected a mapping of account fields (id, name, ...), found ${found}`)]);
  }
  const id = typeof data.id === "string" ? data.id : void 0;
  const validate = ctx.validators.full();
  const problems = validate(data) ? duplicateOpportunityIds(data).map((p) => ({ ...p, atKey: false })) : schemaProblems(validate.errors, { customAxes: ctx.config.customAxes, ...ctx.config.file ? { configFile: ctx.config.file } : {} });
  if (problems.length === 0) return { ok: true, file, account: ownStrings(data) };
  return fail(
    problems.slice(0, MAX_DIAGNOSTICS_PER_FILE + 1).map((p) => {
      const { line, column } = locate(parsed, p.path, p.atKey);
      return diag(line, column, p.message, id, p.subject);
    }).sort((a, b) => a.line - b.line || a.column - b.column),
    problems.length
  );
}
function ownStrings(root) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === "string") node[key] = detached(value);
      else if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return root;
}
function capped(diagnostics, total) {
  if (total <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const kept = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = kept[kept.length - 1];
  kept.push({ ...last, message: `... and ${total - MAX_DIAGNOSTICS_PER_FILE} more problems in this file (not shown)` });
  return kept;
}
function positionDiagnostics(text, diagnostics, plainText = false) {
  let parsed;
  let quickLocate;
  const simple = diagnostics.some((d) => d.line === void 0 && d.path) && (plainText || fastPathSafe(text));
  return diagnostics.map((d) => {
    if (d.line !== void 0 || !d.path) return d;
    const quick = simple ? (quickLocate ??= blockLocator(text))(d.path) : void 0;
    if (quick) return { ...d, ...quick };
    parsed ??= parseYaml(text);
    return { ...d, ...locate(parsed, d.path) };
  });
}

// src/pipeline/file-processor.ts
function createFileProcessor(options) {
  const fromBytes = createBytesProcessor(options);
  const scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
  return (file) => {
    const path = resolve(options.cwd, file);
    const read = options.listedRegular && !options.listedRegular.except.has(file) && readListedFile(path, MAX_FILE_BYTES, scratch) || readRegularFile(path, MAX_FILE_BYTES, void 0, scratch);
    if (!read.ok) return { file, diagnostics: [{ file, line: 1, column: 1, severity: "error", rule: "schema", message: read.message }] };
    return fromBytes(file, read.bytes);
  };
}
function createBytesProcessor(options) {
  const { config, asOf } = options;
  const validators = accountValidators(config);
  const rules = RULES.filter((r) => options.ruleIds.includes(r.id));
  const ctx = { config, asOf, ...options.freshness ? { freshness: options.freshness } : {} };
  return (file, bytes, cacheKey) => {
    let loaded = cacheKey !== void 0 ? options.loadCache?.get(cacheKey) : void 0;
    let source;
    let plainText = false;
    if (!loaded) {
      source = decodeSource(bytes);
      ({ loaded, plainText } = loadAccountSource(file, source, { validators, config }));
      if (cacheKey !== void 0) options.loadCache?.set(cacheKey, loaded);
    }
    if (!loaded.ok) return { file, diagnostics: loaded.file === file ? loaded.diagnostics : loaded.diagnostics.map((d) => ({ ...d, file })) };
    const result = analyzeAccount(loaded.account, file, config, asOf);
    if (options.attachFreshness && options.freshness) result.freshness = options.freshness(file, loaded.account) ?? null;
    const found = runAccountRules(loaded.account, result, ctx, rules);
    if (found.length > 0) source ??= decodeSource(bytes);
    return {
      file,
      result,
      ...options.keepAccounts ? { account: loaded.account } : {},
      ...loaded.account.accept?.length ? { acceptances: acceptancesOf(loaded.account) } : {},
      diagnostics: found.length > 0 && source?.ok ? positionDiagnostics(source.text, found, plainText) : found
    };
  };
}

// src/io/git/git.ts
import { execFileSync } from "node:child_process";
var MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
function git(cwd, args, input) {
  return execFileSync("git", args, { cwd, maxBuffer: MAX_GIT_OUTPUT, stdio: ["pipe", "pipe", "pipe"], ...input !== void 0 ? { input } : {} });
}
function readBlobs(root, ids, maxBytes) {
  const content = /* @__PURE__ */ new Map();
  const tooLarge = /* @__PURE__ */ new Map();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { content, tooLarge };
  const sizes = git(root, ["cat-file", "--batch-check"], `${unique.join("\n")}
`).toString().split("\n");
  const wanted = [];
  unique.forEach((id, i) => {
    const size = Number(/^\S+ blob (\d+)$/.exec(sizes[i] ?? "")?.[1] ?? NaN);
    if (!Number.isFinite(size)) return;
    if (size > maxBytes) tooLarge.set(id, size);
    else wanted.push(id);
  });
  if (wanted.length === 0) return { content, tooLarge };
  const raw = git(root, ["cat-file", "--batch"], `${wanted.join("\n")}
`);
  let at = 0;
  for (const id of wanted) {
    const eol = raw.indexOf(10, at);
    const m = /^\S+ blob (\d+)$/.exec(raw.subarray(at, eol).toString());
    at = eol + 1;
    if (!m) continue;
    const size = Number(m[1]);
    content.set(id, raw.subarray(at, at + size));
    at += size + 1;
  }
  return { content, tooLarge };
}

// src/pipeline/portfolio-run.ts
import { readFileSync } from "node:fs";

// src/io/git/freshness.ts
import { relative, resolve as resolve2, sep } from "node:path";
var AXES2 = ["attractiveness", "strength"];
function factorScores(account) {
  const out = {};
  for (const axis of AXES2) {
    for (const [factor, value] of Object.entries(account[axis] ?? {})) if (typeof value === "number") out[`${axis}.${factor}`] = value;
  }
  return out;
}
function parseRawLog(raw) {
  const commits = [];
  for (const record of raw.split("")) {
    if (!record) continue;
    const tokens = record.split("\0");
    const [sha, date] = tokens[0].split("");
    const changes = [];
    for (let i = 1; i < tokens.length; i++) {
      const meta = tokens[i].replace(/^\n/, "");
      if (!meta.startsWith(":")) continue;
      const fields = meta.split(" ");
      const status = fields[4];
      const blob = fields[3];
      if (/^[RC]/.test(status)) {
        changes.push([status, tokens[i + 2], tokens[i + 1], blob]);
        i += 2;
      } else {
        changes.push([status, tokens[i + 1], void 0, blob]);
        i += 1;
      }
    }
    commits.push({ sha, date: date.slice(0, 10), changes });
  }
  return commits;
}
function readFreshnessIndex(cwd, paths, scoresOf, only) {
  const versions = /* @__PURE__ */ new Map();
  let root;
  try {
    root = git(cwd, ["rev-parse", "--show-toplevel"]).toString().trim();
    git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]);
  } catch {
    return { versions, blobsParsed: 0 };
  }
  const inRepo = (p) => relative(root, resolve2(cwd, p)).split(sep).join("/");
  const pathspecs = paths.map(inRepo).map((p) => p === "" ? "." : p);
  let listing;
  let raw;
  try {
    listing = git(root, ["ls-tree", "-r", "-z", "--name-only", "HEAD", "--", ...pathspecs]).toString();
    raw = git(root, ["log", "-z", "--first-parent", "-m", "--format=%x01%H%x02%cI", "--raw", "--no-abbrev", "-M", "HEAD", "--", ...pathspecs]).toString();
  } catch {
    return { versions, blobsParsed: 0 };
  }
  const tracked = /* @__PURE__ */ new Map();
  for (const path of listing.split("\0")) {
    const file = relative(cwd, resolve2(root, path));
    if (/\.ya?ml$/.test(path) && (!only || only.has(file))) tracked.set(path, file);
  }
  const found = /* @__PURE__ */ new Map();
  for (const commit of parseRawLog(raw)) {
    for (const [status, path, from, blob] of commit.changes) {
      const file = tracked.get(path);
      if (file === void 0 || status === "D") continue;
      (found.get(file) ?? found.set(file, []).get(file)).push({ commit: commit.sha, date: commit.date, blob });
      tracked.delete(path);
      if (from !== void 0 && status.startsWith("R")) tracked.set(from, file);
      else if (!status.startsWith("A")) tracked.set(path, file);
    }
  }
  const blobs = [...new Set([...found.values()].flat().map((v) => v.blob))];
  const { content } = readBlobs(root, blobs, MAX_FILE_BYTES);
  const scores = /* @__PURE__ */ new Map();
  for (const [id, bytes] of content) scores.set(id, scoresOf(bytes));
  for (const [file, list] of found) versions.set(file, list.map((v) => ({ commit: v.commit, date: v.date, scores: scores.get(v.blob) })));
  return { versions, blobsParsed: scores.size };
}
function freshnessFor(index, file, current, asOf) {
  const committed = index.versions.get(file);
  if (!committed) return void 0;
  const head = committed[0]?.scores;
  const uncommitted = head !== void 0 && (Object.keys(head).length !== Object.keys(current).length || Object.entries(current).some(([f, s]) => head[f] !== s));
  return factorFreshness(uncommitted ? [{ commit: null, date: asOf, scores: current }, ...committed] : committed);
}

// src/pipeline/portfolio-run.ts
import { relative as relative2, resolve as resolve3 } from "node:path";
function resolveConfig(options) {
  const shown = (file) => relative2(options.cwd, file) || file;
  if (options.configFile !== void 0) {
    return loadConfigFile(resolve3(options.cwd, options.configFile), shown(resolve3(options.cwd, options.configFile)));
  }
  const found = findConfig(configSearchStart(options.paths[0], options.cwd));
  return found ? loadConfigFile(found, shown(found)) : defaultConfig();
}
async function runPortfolio(options) {
  const { stdin } = options;
  const { files, missing, unreadable, special } = stdin ? { files: [stdin.file], missing: [], unreadable: [], special: /* @__PURE__ */ new Set() } : discoverAccountFiles(options.paths, options.cwd);
  if (missing.length > 0) throw new UsageError(`path does not exist: ${missing.join(", ")}`);
  const config = resolveConfig(options);
  const asOf = options.asOf ?? config.asOf ?? options.today;
  if (!isDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  if (files.length === 0 && unreadable.length === 0 && options.requireAccountFiles) {
    throw new UsageError(`no account files in ${options.paths.join(", ")}: kam reads the .yaml and .yml files there and in its folders (not hidden ones or node_modules); give the folder that holds the account files`);
  }
  const rules = (options.rules ?? RULES).filter((r) => !stdin || r.scope === "account");
  const wantFreshness = !stdin && (options.freshness === true || rules.includes(staleScore) && ruleSeverity(staleScore, config.rules) !== "off");
  const freshness = wantFreshness ? gitFreshness(options, config, asOf) : void 0;
  const processorOptions = {
    cwd: options.cwd,
    config,
    asOf,
    ruleIds: rules.map((r) => r.id),
    keepAccounts: options.keepAccounts ?? false,
    ...freshness ? { freshness, attachFreshness: options.freshness === true } : {},
    listedRegular: { except: special }
  };
  const processFile = stdin ? (file) => createBytesProcessor(processorOptions)(file, stdin.bytes) : createFileProcessor(processorOptions);
  const retain = options.retainAccounts ?? true;
  const accounts = [];
  const entries = [];
  const data = /* @__PURE__ */ new Map();
  const diagnostics = unreadable.map(({ path, code }) => ({
    file: path,
    line: 1,
    column: 1,
    severity: "error",
    rule: "schema",
    message: `cannot read this folder (${code}); its account files were not checked`
  }));
  const { filter } = options;
  const hidden = /* @__PURE__ */ new Set();
  const acceptances = [];
  if (options.onStart) await options.onStart({ asOf, config });
  const progress = options.progress;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const o = processFile(file);
    progress?.files(i + 1, files.length);
    diagnostics.push(...o.diagnostics);
    if (!o.result) continue;
    if (o.acceptances) acceptances.push({ file: o.file, account: o.result.id, accept: o.acceptances });
    entries.push(retain ? o.result : portfolioEntry(o.result));
    if (filter) {
      filter.observe(o.result);
      if (!filter.matches(o.result)) {
        hidden.add(o.file);
        continue;
      }
    }
    if (options.onAccount) await options.onAccount(o.result);
    if (retain) accounts.push(o.result);
    if (o.account) data.set(o.file, o.account);
  }
  progress?.phase("checking the portfolio");
  if (filter) {
    try {
      filter.checkValues();
    } catch (e) {
      throw e instanceof FilterError ? new UsageError(e.message) : e;
    }
  }
  const portfolio = summarizePortfolio(entries);
  const portfolioFile = config.file !== void 0 ? { file: config.file, isConfig: true } : files[0] !== void 0 ? { file: files[0], isConfig: false } : void 0;
  const portfolioFindings = runPortfolioRules(entries, portfolio, { config, asOf, ...portfolioFile ? { portfolioFile } : {} }, rules);
  const read = (file) => stdin && file === stdin.file ? textOf(stdin.bytes) : textOf(readFileSync(resolve3(options.cwd, file)));
  diagnostics.push(...positionPortfolioFindings(portfolioFindings, read));
  const unusedSetting = options.rules === void 0 ? ruleSeverity(UNUSED_ACCEPT_RULE, config.rules) : "off";
  const accepted = applyAcceptances(diagnostics, acceptances, {
    asOf,
    ran: new Set(rules.filter((r) => ruleSeverity(r, config.rules) !== "off").map((r) => r.id)),
    known: [SCHEMA_RULE.id, ...RULES.map((r) => r.id), UNUSED_ACCEPT_RULE.id],
    ...unusedSetting !== "off" ? { unusedSeverity: unusedSetting } : {}
  });
  const all = [...accepted.diagnostics, ...positionPortfolioFindings(accepted.unused, read)];
  return {
    asOf,
    config,
    files,
    accounts,
    data,
    portfolio,
    diagnostics: shownDiagnostics(sortDiagnostics(all, files), hidden),
    ...filter?.active ? { showing: { accounts: entries.length - hidden.size, of: entries.length } } : {}
  };
}
function textOf(bytes) {
  const source = decodeSource(bytes);
  return source.ok ? source.text : "";
}
function positionPortfolioFindings(found, read) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of found) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const out = [];
  for (const [file, list] of byFile) {
    if (file === "") {
      out.push(...list);
      continue;
    }
    let text = "";
    try {
      text = read(file);
    } catch {
    }
    out.push(...positionDiagnostics(text, list));
  }
  return out;
}
function sortDiagnostics(diagnostics, files) {
  const order = new Map(files.map((f, i) => [f, i]));
  const rank = (d) => order.get(d.file) ?? files.length;
  return diagnostics.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i).map(({ d }) => d);
}
function gitFreshness(options, config, asOf, only) {
  const validators = accountValidators(config);
  const index = readFreshnessIndex(options.cwd, options.paths, (bytes) => {
    const loaded = loadAccountText("", bytes, { validators, config });
    return loaded.ok ? factorScores(loaded.account) : void 0;
  }, only);
  return (file, account) => freshnessFor(index, file, factorScores(account), asOf);
}

export {
  analyzeAccount,
  loadAccountText,
  createFileProcessor,
  createBytesProcessor,
  git,
  readBlobs,
  resolveConfig,
  runPortfolio,
  gitFreshness
};
