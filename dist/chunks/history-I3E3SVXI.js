import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  buildHistory,
  filterHistory
} from "./chunk-SG2FHML3.js";
import {
  checkOutputTarget,
  checkOutputTargets
} from "./chunk-HHWDPLHP.js";
import {
  loadSnapshot
} from "./chunk-FFLVHJDU.js";
import {
  git
} from "./chunk-WRLSLW4I.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import {
  filterUsage
} from "./chunk-UQCP6HTU.js";
import "./chunk-RWHB5HOV.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-EPVBHNQJ.js";
import {
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-V5UQSIXE.js";
import "./chunk-Q7SRD657.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/cli/commands/history.ts
import { resolve } from "node:path";

// src/io/git/git-history.ts
var SEP = "";
function gitText(cwd, args) {
  try {
    return git(cwd, args).toString();
  } catch (e) {
    const stderr = e.stderr?.toString().trim();
    throw new UsageError(`git ${args[0]} failed${stderr ? `: ${stderr.split("\n")[0]}` : ""}`);
  }
}
function periodOf(date, every) {
  const [y, m] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return every === "month" ? `${y}-${String(m).padStart(2, "0")}` : `${y}-Q${Math.ceil(m / 3)}`;
}
function selectSnapshots(cwd, selection) {
  let refs;
  if (selection.revs && selection.revs.length > 0) {
    refs = selection.revs.map((rev) => {
      if (rev.startsWith("-")) throw new UsageError(`"${rev}" is not a revision`);
      let line;
      try {
        line = gitText(cwd, ["log", "-1", "--no-walk", `--format=%H${SEP}%cI`, `${rev}^{commit}`, "--"]).trim();
      } catch {
        throw new UsageError(`"${rev}" is not a revision of this repository`);
      }
      const [commit, date] = line.split(SEP);
      return { label: rev, date: date.slice(0, 10), commit };
    });
  } else if (selection.every) {
    const lines = gitText(cwd, ["log", "--first-parent", `--format=%H${SEP}%cI`, "HEAD", "--"]).trim().split("\n").filter(Boolean);
    const byPeriod = /* @__PURE__ */ new Map();
    for (const line of lines) {
      const [commit, date] = line.split(SEP);
      const period = periodOf(date, selection.every);
      if (!byPeriod.has(period)) byPeriod.set(period, { label: period, date: date.slice(0, 10), commit });
    }
    refs = [...byPeriod.values()].reverse();
  } else {
    const lines = gitText(cwd, ["for-each-ref", "--sort=creatordate", `--format=%(refname:short)${SEP}%(objectname)${SEP}%(*objectname)${SEP}%(objecttype)`, "refs/tags"]).trim().split("\n").filter(Boolean);
    refs = [];
    for (const line of lines) {
      const [name, object, peeled, type] = line.split(SEP);
      const commit = type === "tag" ? peeled : object;
      const kind = gitText(cwd, ["cat-file", "-t", commit]).trim();
      if (kind !== "commit") continue;
      const date = gitText(cwd, ["log", "-1", "--no-walk", "--format=%cI", commit, "--"]).trim();
      refs.push({ label: name, date: date.slice(0, 10), commit });
    }
    refs.sort((a, b) => a.date.localeCompare(b.date));
    if (refs.length === 0) throw new UsageError("this repository has no tags to read snapshots from: tag the quarterly reviews, or use --every quarter or --revs A,B,C");
  }
  if (selection.since) refs = refs.filter((r) => r.date >= selection.since);
  if (refs.length === 0) throw new UsageError(`no snapshot on or after ${selection.since}`);
  return refs;
}

// src/cli/commands/history.ts
var healthOf = (a) => a.health?.status ?? null;
async function historyCommand(paths, options, ctx) {
  const { io } = ctx;
  if (options.output !== void 0) {
    if (options.output.startsWith("-")) throw new UsageError(`"${options.output}" is not a file name`);
    checkOutputTargets([{ file: options.output, what: "history" }], io.cwd);
  }
  const filter = ctx.filter(options);
  const refs = selectSnapshots(io.cwd, {
    ...options.every ? { every: options.every } : {},
    ...options.revs !== void 0 ? { revs: options.revs.split(",").map((r) => r.trim()).filter(Boolean) } : {},
    ...options.since !== void 0 ? { since: options.since } : {}
  });
  const loadCache = /* @__PURE__ */ new Map();
  const scored = [];
  let last;
  for (const ref of refs) {
    last = await loadSnapshot(ref.commit, {
      cwd: io.cwd,
      paths: ctx.defaultPaths(paths),
      today: ctx.today,
      asOf: ref.date,
      loadCache,
      ...options.config !== void 0 ? { configFile: options.config } : {}
    });
    scored.push({ ref, accounts: last.accounts.map((a) => ({ ...a, healthStatus: healthOf(a) })), invalid: last.invalid ?? [] });
  }
  const all = buildHistory(scored);
  const history = filter ? filterUsage(() => filterHistory(all, scored, filter)) : all;
  const config = last.config;
  const quadrantName = (id) => label(id, config);
  const format = options.output?.toLowerCase().endsWith(".html") && options.format === "table" ? "html" : options.format;
  const text = format === "html" ? (await import("./html-VDVBDGN4.js")).formatHistoryHtml(history, { quadrantName, thresholds: config.thresholds }) : await render(history, format, quadrantName, loadCache.size);
  if (options.output) {
    checkOutputTarget(options.output, [...new Set(scored.flatMap((s) => s.accounts.map((a) => a.file)))], io.cwd, "history");
    writeFileAtomic(resolve(io.cwd, options.output), text, { shown: options.output });
    io.stderr.write(`Wrote ${options.output}: ${history.accounts.length}${history.showing ? ` of ${history.showing.of}` : ""} accounts over ${history.snapshots.length} snapshots (${loadCache.size} distinct files parsed)
`);
  } else io.stdout.write(text);
  for (const p of history.portfolio) {
    if (p.invalid > 0) io.stderr.write(`${history.snapshots[p.at].label}: ${p.invalid} invalid file(s) left out of that snapshot (shown in the trails)
`);
  }
  return 0;
}
async function render(history, format, quadrantName, parsed) {
  switch (format) {
    case "json":
      return `${JSON.stringify({ kam: { history: 1 }, parsed, ...history }, null, 2)}
`;
    case "csv":
      return (await import("./csv-WS3WWZ3G.js")).formatHistoryCsv(history);
    case "markdown":
      return (await import("./markdown-SJHQMU5D.js")).formatHistoryMarkdown(history, { quadrantName });
    default:
      return (await import("./text-42OWO6FG.js")).formatHistoryText(history, { quadrantName });
  }
}
export {
  historyCommand
};
