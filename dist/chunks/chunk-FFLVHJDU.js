import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  createBytesProcessor,
  git,
  readBlobs,
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import {
  PERCEIVED_LEVELS,
  POSITIONS,
  STAGES
} from "./chunk-WGPO3TYV.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  CONFIG_NAMES,
  ConfigError,
  MAX_FILE_BYTES,
  loadConfigText,
  readRegularFile,
  tooLargeMessage
} from "./chunk-V5UQSIXE.js";
import {
  defaultConfig
} from "./chunk-OQJI7S7I.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import {
  HEALTH_STATUSES
} from "./chunk-IGQNBKN2.js";

// src/pipeline/snapshot.ts
import { existsSync, statSync } from "node:fs";
import { basename, posix, relative, resolve, sep } from "node:path";
async function loadSnapshot(spec, options) {
  if (spec === void 0) return fromDirectory(options.paths, "working tree", options);
  const full = resolve(options.cwd, spec);
  if (existsSync(full) && statSync(full).isDirectory()) return fromDirectory([spec], spec, options);
  if (existsSync(full) && spec.endsWith(".json")) return fromJson(full, spec);
  return fromGit(spec, options);
}
async function fromDirectory(paths, label, options) {
  const run = await runPortfolio({
    paths,
    cwd: options.cwd,
    today: options.today,
    keepAccounts: true,
    rules: [],
    ...options.asOf !== void 0 ? { asOf: options.asOf } : {},
    ...options.configFile !== void 0 ? { configFile: options.configFile } : {}
  });
  return { label, accounts: run.accounts, data: run.data, config: run.config, files: run.files.length };
}
function fromJson(full, label) {
  const read = readRegularFile(full, MAX_SNAPSHOT_BYTES, "kam score JSON snapshots");
  if (!read.ok) throw new UsageError(`${label}: ${read.message}`);
  let parsed;
  try {
    parsed = JSON.parse(read.bytes.toString("utf8"));
  } catch (e) {
    throw new UsageError(`${label} is not a JSON output of kam score (${e.message})`);
  }
  const list = parsed !== null && typeof parsed === "object" ? parsed.accounts : void 0;
  if (!Array.isArray(list)) throw new UsageError(`${label} is not a JSON output of kam score (no "accounts" list)`);
  const accounts = list.map((a, i) => snapshotAccount(a, `${label}: accounts[${i}]`));
  return { label, accounts, config: defaultConfig(), files: accounts.length };
}
var MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;
var POSITIONINGS = ["strategic-partner", "strategic-security", "tactical-profit", "tactical-make-easy"];
var DECISIONS = ["go", "qualify", "no-go"];
function snapshotAccount(value, at) {
  const bad = (field, expected) => {
    throw new UsageError(`${at}${field}: expected ${expected}; is this a JSON output of kam score?`);
  };
  const object = (v, field) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : bad(field, "an object");
  const a = object(value, "");
  const text = (field, v = a[field]) => typeof v === "string" && v !== "" ? v : bad(`.${field}`, "a non-empty string");
  const optionalText = (field) => a[field] === void 0 || a[field] === null ? null : text(field);
  const score = (field) => {
    const v = a[field];
    if (v === void 0 || v === null) return null;
    return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10 ? v : bad(`.${field}`, "a number from 0 to 10, or null");
  };
  const oneOf = (v, field, allowed) => v === void 0 || v === null ? null : allowed.includes(v) ? v : bad(field, `null or one of ${allowed.join(", ")}`);
  const id = text("id");
  const rel = a.relationship === void 0 || a.relationship === null ? null : object(a.relationship, ".relationship");
  const opportunities = a.opportunities === void 0 ? [] : Array.isArray(a.opportunities) ? a.opportunities : bad(".opportunities", "a list");
  return {
    id,
    name: optionalText("name") ?? id,
    file: typeof a.file === "string" ? a.file : "",
    manager: optionalText("manager"),
    industry: optionalText("industry"),
    tags: Array.isArray(a.tags) ? a.tags.filter((t) => typeof t === "string") : [],
    attractiveness: score("attractiveness"),
    strength: score("strength"),
    quadrant: oneOf(a.quadrant, ".quadrant", QUADRANTS) ?? "unclassified",
    spend: score("spend"),
    significance: score("significance"),
    positioning: oneOf(a.positioning, ".positioning", POSITIONINGS),
    relationship: rel && {
      stage: oneOf(rel.stage, ".relationship.stage", STAGES),
      customerView: oneOf(rel.customerView, ".relationship.customerView", STAGES),
      gap: null
    },
    perceivedLevel: oneOf(a.perceivedLevel, ".perceivedLevel", PERCEIVED_LEVELS),
    position: oneOf(a.position, ".position", POSITIONS),
    revenue: { current: null, potential: null },
    opportunities: opportunities.map((o, i) => {
      const op = object(o, `.opportunities[${i}]`);
      const oid = typeof op.id === "string" && op.id !== "" ? op.id : bad(`.opportunities[${i}].id`, "a non-empty string");
      const decision = oneOf(op.decision, `.opportunities[${i}].decision`, DECISIONS) ?? bad(`.opportunities[${i}].decision`, DECISIONS.join(", "));
      return { id: oid, name: null, value: null, stage: null, decision, failed: [], open: [] };
    }),
    stability: null,
    target: null,
    health: snapshotHealth(a.health, bad),
    coverage: { attractiveness: { scored: 0, of: 0 }, strength: { scored: 0, of: 0 } },
    provisional: a.provisional === true,
    plan: null
    // a snapshot compares scores; its plan is not read back
  };
}
function snapshotHealth(value, bad) {
  const none = { satisfaction: null, history: [], sales: null, openAlerts: [] };
  if (value === void 0 || value === null) return { status: "unknown", reasons: [], ...none };
  if (typeof value !== "object" || Array.isArray(value)) return bad(".health", "an object");
  const h = value;
  const status = HEALTH_STATUSES.includes(h.status) ? h.status : bad(".health.status", HEALTH_STATUSES.join(", "));
  const reasons = h.reasons === void 0 ? [] : Array.isArray(h.reasons) ? h.reasons : bad(".health.reasons", "a list");
  return {
    status,
    reasons: reasons.map((r, i) => {
      const reason = r !== null && typeof r === "object" ? r : {};
      return typeof reason.message === "string" ? reason : bad(`.health.reasons[${i}].message`, "a string");
    }),
    ...none
  };
}
async function fromGit(rev, options) {
  let root;
  let sha;
  try {
    root = git(options.cwd, ["rev-parse", "--show-toplevel"]).toString().trim();
    sha = git(options.cwd, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).toString().trim();
  } catch {
    throw new UsageError(`"${rev}" is not a directory, a kam score JSON file, or a git revision of this repository`);
  }
  const inRepo = (p) => relative(root, resolve(options.cwd, p)).split(sep).join("/");
  const pathspecs = options.paths.map(inRepo).map((p) => p === "" ? "." : p);
  const blobIds = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Set();
  const addEntries = (listing) => {
    for (const entry of listing.split("\0")) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!m) continue;
      blobIds.set(m[3], m[2]);
      if (m[1] === "120000") links.add(m[3]);
    }
  };
  try {
    addEntries(git(root, ["ls-tree", "-r", "-z", sha, "--", ...pathspecs]).toString());
  } catch {
    throw new UsageError(`cannot list ${options.paths.join(", ")} at ${rev}: --in paths must be inside this repository`);
  }
  const candidates = [...blobIds.keys()].filter((f) => {
    const parts = f.split("/");
    const name = parts[parts.length - 1];
    return /\.ya?ml$/.test(name) && !CONFIG_NAMES.includes(name) && !parts.some((p) => p.startsWith(".") || p === "node_modules");
  }).sort();
  const files = followLinks(root, sha, candidates, blobIds, links);
  const current = options.configFile ?? findConfigFor(options);
  const configPath = current ? inRepo(current) : void 0;
  if (configPath) {
    const configId = git(root, ["ls-tree", "-z", sha, "--", configPath]).toString().split("\0")[0]?.match(/^\d+ blob ([0-9a-f]+)\t/)?.[1];
    if (configId) blobIds.set(configPath, configId);
  }
  const configKey = configPath ? blobIds.get(configPath) ?? "none" : "none";
  const cacheKey = (target) => `${configKey}:${blobIds.get(target)}`;
  const cache = options.loadCache;
  const toRead = cache ? files.filter(([, target]) => !cache.has(cacheKey(target))) : files;
  const { blobs, tooLarge } = catFiles(root, [
    ...configPath && blobIds.has(configPath) ? [[configPath, blobIds.get(configPath)]] : [],
    ...toRead.map(([shownPath, target]) => [shownPath, blobIds.get(target)])
  ]);
  let config = defaultConfig();
  if (configPath && tooLarge.has(configPath)) throw new ConfigError([`${rev}:${configPath}:1:1: ${tooLargeMessage(tooLarge.get(configPath), "config files")}`]);
  if (configPath && blobs.has(configPath)) config = loadConfigText(blobs.get(configPath), `${rev}:${configPath}`);
  const asOf = options.asOf ?? config.asOf ?? options.today;
  const processBytes = createBytesProcessor({ cwd: options.cwd, config, asOf, ruleIds: [], keepAccounts: true, ...cache ? { loadCache: cache } : {} });
  const accounts = [];
  const data = /* @__PURE__ */ new Map();
  const invalid = [];
  for (const [f, target] of files) {
    const shown = relative(options.cwd, resolve(root, f)) || basename(f);
    const o = processBytes(shown, blobs.get(f) ?? new Uint8Array(), cache ? cacheKey(target) : void 0);
    if (o.result) {
      accounts.push(o.result);
      if (o.account) data.set(o.file, o.account);
    } else {
      const d = o.diagnostics[0];
      invalid.push({ file: shown, message: d ? `${d.line}:${d.column} ${d.message}` : "not a valid account file" });
    }
  }
  return { label: rev, accounts, data, config, files: files.length, invalid };
}
function followLinks(root, sha, candidates, blobIds, links) {
  const linkPaths = candidates.filter((f) => links.has(f));
  if (linkPaths.length === 0) return candidates.map((f) => [f, f]);
  const texts = /* @__PURE__ */ new Map();
  const readLinks = (paths) => {
    for (const [p, b] of catFiles(root, paths.map((p2) => [p2, blobIds.get(p2)])).blobs) texts.set(p, b.toString("utf8"));
  };
  readLinks(linkPaths);
  const target = (from) => {
    let path = from;
    for (let hops = 0; links.has(path); hops++) {
      const text = texts.get(path);
      if (text === void 0 || hops >= 40) return void 0;
      const next = posix.normalize(posix.join(posix.dirname(path), text));
      if (text.startsWith("/") || next === ".." || next.startsWith("../")) return void 0;
      if (!blobIds.has(next)) {
        const listing = git(root, ["ls-tree", "-z", sha, "--", next]).toString();
        const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(listing);
        if (!m) return void 0;
        blobIds.set(next, m[2]);
        if (m[1] === "120000") {
          links.add(next);
          readLinks([next]);
        }
      }
      path = next;
    }
    return path;
  };
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of candidates) {
    const t = target(f);
    if (t === void 0 || seen.has(t)) continue;
    seen.add(t);
    out.push([f, t]);
  }
  return out;
}
function findConfigFor(options) {
  for (const dir of [options.paths[0] ?? ".", "."]) {
    for (const name of CONFIG_NAMES) {
      const candidate = resolve(options.cwd, dir, name);
      if (existsSync(candidate)) return relative(options.cwd, candidate);
    }
  }
  return void 0;
}
function catFiles(root, entries) {
  const { content, tooLarge: large } = readBlobs(root, entries.map(([, id]) => id), MAX_FILE_BYTES);
  const blobs = /* @__PURE__ */ new Map();
  const tooLarge = /* @__PURE__ */ new Map();
  for (const [path, id] of entries) {
    if (content.has(id)) blobs.set(path, content.get(id));
    else if (large.has(id)) tooLarge.set(path, large.get(id));
  }
  return { blobs, tooLarge };
}

export {
  loadSnapshot
};
