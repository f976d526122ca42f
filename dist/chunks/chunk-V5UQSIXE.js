import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  compileConfigValidator,
  onFirstUse,
  schemaProblems,
  sourceRequire
} from "./chunk-Q7SRD657.js";
import {
  VOCABULARIES
} from "./chunk-EQWHRGNW.js";
import {
  defaultConfig,
  factorLabel
} from "./chunk-OQJI7S7I.js";
import {
  __require
} from "./chunk-SA2IJZVG.js";

// src/io/config.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { dirname, join as join2, resolve as resolve2 } from "node:path";

// src/io/files/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
var CONFIG_NAMES = ["kam.config.yaml", "kam.config.yml"];
var isYaml = (name) => name.endsWith(".yaml") || name.endsWith(".yml");
var skipped = (name) => name.startsWith(".") || name === "node_modules" || CONFIG_NAMES.includes(name);
function childOf(dir) {
  const base = join(dir);
  if (base === "." || base === `.${sep}`) return (name) => name;
  const prefix = base.endsWith(sep) ? base : base + sep;
  return (name) => prefix + name;
}
function discoverAccountFiles(paths, cwd) {
  const files = [];
  const missing = [];
  const unreadable = [];
  const special = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const real = (path) => realpathSync.native(resolve(cwd, path));
  const addFile = (path, realPath) => {
    if (seen.has(realPath)) return;
    seen.add(realPath);
    files.push(path);
  };
  const walk = (dir, realDir) => {
    if (seen.has(realDir)) return;
    seen.add(realDir);
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: dir, code: e.code ?? "error" });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const inDir = childOf(dir);
    const inRealDir = childOf(realDir);
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = inDir(entry.name);
      if (entry.isFile()) {
        if (isYaml(entry.name)) addFile(path, inRealDir(entry.name));
      } else if (entry.isDirectory()) {
        walk(path, inRealDir(entry.name));
      } else if (entry.isSymbolicLink()) {
        try {
          const target = real(path);
          const stat = statSync(target);
          if (stat.isDirectory()) walk(path, target);
          else if (stat.isFile() && isYaml(entry.name)) addFile(path, target);
        } catch {
        }
      }
    }
  };
  for (const p of paths) {
    try {
      const target = real(p);
      const stat = statSync(target);
      if (stat.isDirectory()) walk(p, target);
      else {
        addFile(p, target);
        if (!stat.isFile()) special.add(p);
      }
    } catch {
      missing.push(p);
    }
  }
  files.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return { files, missing, unreadable, special };
}

// src/io/files/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function tooLargeMessage(bytes, what = "account files") {
  return `file is ${(bytes / 1048576).toFixed(1)} MiB, above the 1 MiB limit for ${what}; split it or remove what does not belong there`;
}
function readListedFile(path, maxBytes, scratch) {
  const buffer = scratch.buffer;
  const limit = Math.min(maxBytes, buffer.length - 1);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return void 0;
  }
  try {
    const n = readSync(fd, buffer, 0, limit + 1, null);
    return n > 0 && n <= limit ? { ok: true, bytes: buffer.subarray(0, n) } : void 0;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}
function readRegularFile(path, maxBytes, what = "account files", scratch) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = e.code ?? "error";
    return { ok: false, code, message: `cannot read the file (${code})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? "a named pipe" : stat.isCharacterDevice() || stat.isBlockDevice() ? "a device" : stat.isDirectory() ? "a directory" : stat.isSocket() ? "a socket" : "not a regular file";
      return { ok: false, code: "ENOTREG", message: `not a regular file (${kind}); kam reads only regular files` };
    }
    if (stat.size > maxBytes) return { ok: false, code: "EFBIG", message: tooLargeMessage(stat.size, what) };
    const size = Math.min(stat.size, maxBytes) + 1;
    if (scratch && scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafe(Math.max(size, 2 * scratch.buffer.length));
    const buffer = scratch ? scratch.buffer.subarray(0, size) : Buffer.allocUnsafe(size);
    let length = 0;
    while (length < buffer.length) {
      const asked = buffer.length - length;
      const n = readSync(fd, buffer, length, asked, null);
      length += n;
      if (n < asked) break;
    }
    if (length > maxBytes) return { ok: false, code: "EFBIG", message: tooLargeMessage(length, what) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    const code = e.code ?? "error";
    return { ok: false, code, message: `cannot read the file (${code})` };
  } finally {
    closeSync(fd);
  }
}

// src/io/files/source-text.ts
var MAX_FILE_BYTES = 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    const b1 = bytes[i + 1] ?? 0;
    if (b === 224 && b1 < 160 || b === 237 && b1 >= 160 || b === 240 && b1 < 144 || b === 244 && b1 >= 144) return i;
    i += len;
  }
  return -1;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line += 1;
      column = 1;
    } else if ((bytes[i] & 192) !== 128) column += 1;
  }
  return { line, column };
}
var CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;
function decodeSource(bytes) {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: {
        message: tooLargeMessage(bytes.length),
        line: 1,
        column: 1
      }
    };
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: { message: "file is not valid UTF-8 text (binary content or another encoding); save it as UTF-8", ...bytePosition(bytes, Math.max(at, 0)) }
    };
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    return { ok: false, problem: { message: "file contains NUL bytes: it looks binary, not a YAML account plan", ...positionOf(text, nul) } };
  }
  const bom = text.charCodeAt(0) === 65279;
  if (bom) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  const conflict = text.includes("<<<<<<<") || text.includes("=======") || text.includes(">>>>>>>") ? CONFLICT_MARKER.exec(text) : null;
  if (conflict) {
    return {
      ok: false,
      problem: {
        message: `unresolved git merge conflict (a "${conflict[1]}" marker); resolve the conflict and remove the markers`,
        ...positionOf(text, conflict.index)
      }
    };
  }
  return { ok: true, text, bom };
}

// src/io/yaml/yaml-document.ts
var yaml = onFirstUse(() => typeof __require === "function" ? __require("#vendor/yaml") : sourceRequire("yaml"));
var MAX_DEPTH = 64;
var TOO_DEEP = `nesting deeper than ${MAX_DEPTH} levels: this is not an account plan`;
var PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  // Checked below in one pass: yaml's own check is quadratic in the number of keys.
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false
};
function rangeStart(node) {
  const range = node?.range;
  return range ? range[0] : 0;
}
function parseYaml(text) {
  const lineCounter = new (yaml()).LineCounter();
  const problems = [];
  const at = (offset, message) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ message, line, column: col });
  };
  const deep = excessiveFlowNesting(text);
  if (deep !== -1) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf("\n"); i !== -1 && i < deep; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    at(deep, TOO_DEEP);
    return { doc: null, lineCounter, problems };
  }
  const parsed = yaml().parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  const docs = Array.isArray(parsed) ? parsed : [];
  const doc = docs[0] ?? null;
  for (const extra of docs.slice(1)) {
    at(rangeStart(extra.contents) || extra.range[0], 'a second YAML document ("---"): an account file holds one account, put each in its own file');
  }
  for (const d of docs) {
    for (const e of d.errors) {
      at(e.pos[0], /call stack/i.test(e.message) ? TOO_DEEP : `YAML syntax error: ${e.message}`);
    }
    for (const w of d.warnings) if (w.code !== "TAG_RESOLVE_FAILED") at(w.pos[0], `YAML: ${w.message}`);
    const directive = /^%\S*/m.exec(text);
    if (directive && (d.directives?.yaml.explicit || Object.keys(d.directives?.tags ?? {}).some((h) => h !== "!" && h !== "!!"))) {
      at(directive.index, `YAML directive "${directive[0]}" is not allowed: account files are read as YAML 1.2 core, remove the directive`);
    }
  }
  if (doc && !docs.some((d) => d.errors.length > 0)) checkPlainData(doc, text, at);
  const unique = new Map(problems.map((p) => [`${p.line}:${p.column}:${p.message}`, p]));
  return { doc, lineCounter, problems: [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column) };
}
function excessiveFlowNesting(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth += 1;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth -= 1;
  }
  return -1;
}
function checkPlainData(doc, text, at) {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  const written = (marker, offset) => {
    const found = text.lastIndexOf(marker, offset);
    return found === -1 ? offset : found;
  };
  const stack = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (node === null || node === void 0) continue;
    const offset = rangeStart(node);
    if (isAlias(node)) {
      at(offset, `alias "*${node.source}" is not allowed: account files are plain data, write the value out`);
      continue;
    }
    const n = node;
    if (n.anchor) at(written(`&${n.anchor}`, offset), `anchor "&${n.anchor}" is not allowed: account files are plain data, remove it`);
    if (n.tag) {
      const tag = n.tag.replace(/^tag:yaml\.org,2002:/, "!!");
      at(written(tag, offset), `explicit tag "${tag}" is not allowed: account files are plain data, remove it`);
    }
    if (depth > MAX_DEPTH) {
      at(offset, TOO_DEEP);
      continue;
    }
    if (isScalar(n)) {
      if (typeof n.value === "number" && !Number.isFinite(n.value)) {
        at(offset, `${String(n.source ?? n.value)} is not a finite number`);
      }
    } else if (isMap(n)) {
      const keys = /* @__PURE__ */ new Set();
      for (const pair of n.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (keys.has(key.value)) at(rangeStart(key), `duplicate key "${String(key.value)}": each key may appear once in a mapping`);
          keys.add(key.value);
        }
        if (isScalar(key) && key.value === "<<") {
          at(rangeStart(key), 'merge key "<<" is not allowed: account files are plain data, write the keys out');
        } else if (key !== null && !isScalar(key)) {
          at(rangeStart(key), "a key must be a plain name, not a list or mapping");
          continue;
        }
        if (isScalar(key) && (key.tag || key.anchor)) stack.push({ node: key, depth: depth + 1 });
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(n)) {
      for (const item of n.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
}
function nodeAt(doc, path, key = false) {
  const { isMap, isScalar, isSeq } = yaml();
  let node = doc.contents;
  let heldBy = null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (i === path.length - 1 && key) return pair.key;
      node = pair.value ?? pair.key;
      heldBy = pair.key;
    } else if (isSeq(node) && typeof seg === "number" && node.items[seg] !== void 0) {
      node = node.items[seg];
      heldBy = null;
    } else {
      break;
    }
  }
  const blockCollection = (isMap(node) || isSeq(node)) && !node.flow;
  return blockCollection && heldBy ? heldBy : node;
}
function locate(parsed, path, key = false) {
  if (!parsed.doc) return { line: 1, column: 1 };
  const { line, col } = parsed.lineCounter.linePos(rangeStart(nodeAt(parsed.doc, path, key)));
  return { line, column: col };
}

// src/io/config.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
};
function findConfig(dir) {
  let current = resolve2(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join2(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function configSearchStart(firstPath, cwd) {
  if (!firstPath) return cwd;
  const full = resolve2(cwd, firstPath);
  try {
    return statSync2(full).isDirectory() ? full : dirname(full);
  } catch {
    return cwd;
  }
}
function configFromData(raw, file) {
  const config = defaultConfig();
  if (file !== void 0) config.file = file;
  if (raw.currency !== void 0) config.currency = raw.currency;
  if (raw.as_of !== void 0) config.asOf = raw.as_of;
  Object.assign(config.thresholds, raw.thresholds);
  Object.assign(config.limits, raw.limits);
  config.rules = { ...raw.rules };
  if (typeof raw.labels === "string") config.labels = { ...VOCABULARIES[raw.labels] };
  else if (raw.labels) config.labels = { ...raw.labels };
  for (const axis of ["attractiveness", "strength"]) {
    const set = raw.factors?.[axis];
    if (!set) continue;
    config.customAxes.push(axis);
    config.factors[axis] = Object.entries(set).map(([id, spec]) => {
      if (typeof spec === "number") return { id, weight: spec, label: factorLabel(id) };
      return { id, weight: spec.weight, label: spec.label ?? factorLabel(id), ...spec.help ? { help: spec.help } : {} };
    });
  }
  return config;
}
function loadConfigFile(path, file = path) {
  const read = readRegularFile(path, MAX_FILE_BYTES, "config files");
  if (!read.ok) {
    throw new ConfigError([read.code === "ENOTREG" || read.code === "EFBIG" ? `${file}:1:1: ${read.message}` : `${file}: cannot read the config file (${read.code})`]);
  }
  return loadConfigText(read.bytes, file);
}
function loadConfigText(bytes, file) {
  const source = decodeSource(bytes);
  if (!source.ok) {
    const p = source.problem;
    throw new ConfigError([`${file}:${p.line}:${p.column}: ${p.message}`]);
  }
  const parsed = parseYaml(source.text);
  if (parsed.problems.length > 0) {
    throw new ConfigError(parsed.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`));
  }
  const data = parsed.doc?.contents ? parsed.doc.toJS() : {};
  const validate = compileConfigValidator();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError([`${file}:1:1: the config file must be a mapping of settings (currency, thresholds, factors, ...)`]);
  }
  if (!validate(data)) {
    throw new ConfigError(
      schemaProblems(validate.errors, { customAxes: [] }).map((p) => {
        const { line, column } = locate(parsed, p.path, p.atKey);
        return `${file}:${line}:${column}: ${p.message}`;
      })
    );
  }
  return configFromData(data, file);
}

export {
  tooLargeMessage,
  readListedFile,
  readRegularFile,
  MAX_FILE_BYTES,
  decodeSource,
  parseYaml,
  locate,
  CONFIG_NAMES,
  discoverAccountFiles,
  ConfigError,
  findConfig,
  configSearchStart,
  configFromData,
  loadConfigFile,
  loadConfigText
};
