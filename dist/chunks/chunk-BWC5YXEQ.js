import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  ruleCatalog
} from "./chunk-7RH35IG4.js";
import {
  REPOSITORY_URL,
  RULES_DOCS
} from "./chunk-5VFQBW7I.js";
import {
  checkOutputTarget,
  checkOutputTargets
} from "./chunk-HHWDPLHP.js";
import {
  stdinAccount,
  stdinSearchPaths
} from "./chunk-GXQQIL6H.js";
import {
  streamJson
} from "./chunk-G5TDRKZT.js";
import {
  runPortfolio
} from "./chunk-WRLSLW4I.js";
import {
  counted
} from "./chunk-CDJ7GAAG.js";
import {
  VERSION
} from "./chunk-TT5CPOI6.js";
import {
  writeAll,
  writeFileChunks
} from "./chunk-RWHB5HOV.js";
import {
  showingLine
} from "./chunk-EPVBHNQJ.js";
import {
  writeFileAtomic
} from "./chunk-LLK3OUGP.js";
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import {
  exitCodeFor,
  tooManyWarnings
} from "./chunk-TJVWHHNT.js";

// src/cli/commands/check.ts
import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
var CHECK_FORMATS = ["stylish", "json", "jsonl", "github", "junit", "sarif", "gitlab", "markdown"];
var STEP_SUMMARY_LIMIT = 1024 * 1024;
function withinBytes(text, limit) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= limit) return text;
  const note = "\n\n\u2026 (cut at GitHub's size limit for a step summary)\n";
  let end = limit - Buffer.byteLength(note);
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return bytes.subarray(0, end).toString("utf8") + note;
}
function parseOutputs(formats, output) {
  const specs = (formats.length > 0 ? formats : ["stylish"]).map((spec) => {
    const [name, ...rest] = spec.split("=");
    if (!CHECK_FORMATS.includes(name)) {
      throw new UsageError(`unknown format "${name}": use one of ${CHECK_FORMATS.join(", ")}`);
    }
    return { format: name, ...rest.length > 0 ? { file: rest.join("=") } : {} };
  });
  if (output !== void 0) {
    const last = specs[specs.length - 1];
    if (last.file !== void 0) throw new UsageError("-o names a file for a format that already has one (--format NAME=FILE)");
    last.file = output;
  }
  if (specs.filter((s) => s.file === void 0).length > 1) {
    throw new UsageError("only one format can go to standard output; give the others a file (--format NAME=FILE)");
  }
  return specs;
}
async function repositoryPaths(diagnostics, cwd) {
  const { ciPath, findRepoRoot } = await import("./repo-root-UKVOPDHV.js");
  const root = findRepoRoot(cwd);
  const mapped = /* @__PURE__ */ new Map();
  return diagnostics.map((d) => {
    let file = mapped.get(d.file);
    if (file === void 0) mapped.set(d.file, file = ciPath(d.file, cwd, root));
    return { ...d, file };
  });
}
async function render(format, input, ctx, facts, toTerminal) {
  const { files } = input;
  const { hidden } = facts;
  const diagnostics = format === "github" ? await repositoryPaths(input.diagnostics, ctx.io.cwd) : input.diagnostics;
  switch (format) {
    case "stylish": {
      const { formatStylish } = await import("./stylish-XPSM6LN4.js");
      const colors = toTerminal ? await ctx.colorsFor(ctx.io.stdout) : (await import("./colors-PKZIR75N.js")).NO_COLORS;
      const width = toTerminal ? ctx.widthFor(ctx.io.stdout) : void 0;
      return formatStylish(diagnostics, { colors, files: files.length, hidden, ...width !== void 0 ? { width } : {} });
    }
    case "json":
      return (await import("./json-MXLNW3LD.js")).formatJson(input);
    // Annotations are for what still counts: accepted findings are left out (as from JUnit and Code Quality).
    case "github":
      return (await import("./github-JI2WR6RN.js")).formatGithub(counted(diagnostics));
    case "markdown":
      return (await import("./markdown-ZNFAJSRG.js")).formatCheckMarkdown(diagnostics, { files: files.length });
  }
}
async function codeScanningChunks(format, diagnostics, settings) {
  if (format === "gitlab") return (await import("./gitlab-SAMCSXJE.js")).gitlabChunks(counted(diagnostics));
  return (await import("./sarif-BO5J55RI.js")).sarifChunks(diagnostics, {
    rules: ruleCatalog(settings),
    version: VERSION,
    informationUri: REPOSITORY_URL,
    rulesDocs: RULES_DOCS
  });
}
function junitOptions(input, ctx, facts) {
  return { files: input.files, rules: ruleCatalog(facts.settings), warningsFail: facts.warningsFail, seconds: (ctx.io.now().getTime() - facts.started.getTime()) / 1e3 };
}
async function baselineMoves(baseline, run, paths, options, ctx) {
  const { loadSnapshot } = await import("./snapshot-UERLYH4P.js");
  const { diffPortfolios } = await import("./diff-BPMC6XUD.js");
  const before = await loadSnapshot(baseline, {
    cwd: ctx.io.cwd,
    paths: ctx.defaultPaths(paths),
    today: ctx.today,
    ...options.asOf !== void 0 ? { asOf: options.asOf } : {},
    ...options.config !== void 0 ? { configFile: options.config } : {}
  });
  return { diff: diffPortfolios(before, run), base: before.label };
}
async function withMoves(format, text, moves, config, ctx, toTerminal) {
  if (format === "stylish") {
    const { formatDiffText } = await import("./text-OE5J2DTM.js");
    const colors = toTerminal ? await ctx.colorsFor(ctx.io.stdout) : (await import("./colors-PKZIR75N.js")).NO_COLORS;
    return `${text}
${formatDiffText(moves.diff, { colors, config, base: moves.base, head: "working tree" })}`;
  }
  if (format === "markdown") {
    const { formatDiffMarkdown } = await import("./markdown-JGA23SC5.js");
    return `${text}
${formatDiffMarkdown(moves.diff, { config, base: moves.base, head: "this change" })}`;
  }
  if (format === "json") {
    const object = JSON.parse(text);
    const { diffObject } = await import("./json-J3LX7GC4.js");
    return `${JSON.stringify({ ...object, moves: { base: moves.base, ...diffObject(moves.diff) } }, null, 2)}
`;
  }
  return text;
}
async function checkCommand(paths, options, ctx) {
  const { io } = ctx;
  const started = io.now();
  const outputs = parseOutputs(options.format, options.output);
  const targets = outputs.flatMap((o) => o.file === void 0 ? [] : [{ file: o.file, what: `${o.format} report` }]);
  checkOutputTargets(targets, io.cwd);
  const stdin = await stdinAccount(paths, options.stdinFilename, ctx);
  if (stdin && options.baseline !== void 0) throw new UsageError("--baseline compares portfolios: it does not go with - (standard input)");
  const runOptions = {
    ...ctx.runOptions(stdin ? stdinSearchPaths(stdin) : paths, options),
    ...stdin ? { stdin } : {},
    keepAccounts: options.baseline !== void 0,
    // Only the JSON object and the moves since a baseline need the accounts: the findings alone keep memory flat.
    retainAccounts: options.baseline !== void 0 || outputs.some((o) => o.format === "json")
  };
  const streamed = outputs.length === 1 && outputs[0].format === "json" && outputs[0].file === void 0 && options.baseline === void 0 && runOptions.filter === void 0;
  const run = streamed ? await streamJson(runOptions, ctx) : await runPortfolio(runOptions);
  const moves = options.baseline === void 0 ? void 0 : await baselineMoves(options.baseline, run, paths, options, ctx);
  const inputs = [...run.files, ...run.config.file ? [run.config.file] : []];
  for (const t of targets) checkOutputTarget(t.file, inputs, io.cwd, t.what);
  const shown = ctx.shown(run.diagnostics);
  const input = { ...run, diagnostics: shown };
  if (!streamed) ctx.progress.phase("writing the findings");
  const facts = {
    settings: run.config.rules,
    hidden: run.diagnostics.length - shown.length,
    warningsFail: tooManyWarnings(run.diagnostics, options.maxWarnings),
    started
  };
  for (const o of outputs) {
    if (streamed) break;
    if (o.file === void 0) ctx.progress.end();
    if (o.format === "jsonl" || o.format === "junit" || o.format === "sarif" || o.format === "gitlab" || o.format === "json" && !moves) {
      const chunks = o.format === "json" ? (await import("./json-MXLNW3LD.js")).jsonChunks(input) : o.format === "jsonl" ? (await import("./jsonl-DZV5XQOR.js")).jsonlDiagnostics(shown) : o.format === "junit" ? (await import("./junit-GS27OV3M.js")).junitChunks(counted(shown), junitOptions(input, ctx, facts)) : await codeScanningChunks(o.format, await repositoryPaths(shown, io.cwd), facts.settings);
      if (o.file === void 0) await writeAll(io.stdout, chunks);
      else await writeFileChunks(resolve(io.cwd, o.file), chunks, o.file);
      continue;
    }
    let text = await render(o.format, input, ctx, facts, o.file === void 0);
    if (run.showing && (o.format === "stylish" || o.format === "markdown")) text += `
${o.format === "markdown" ? `_${showingLine(run.showing)}_` : showingLine(run.showing)}
`;
    if (moves) text = await withMoves(o.format, text, moves, run.config, ctx, o.file === void 0);
    if (o.file === void 0) io.stdout.write(text);
    else writeFileAtomic(resolve(io.cwd, o.file), text, { shown: o.file });
  }
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary && outputs.some((o) => o.format === "github")) {
    const { formatCheckMarkdown } = await import("./markdown-ZNFAJSRG.js");
    let text = formatCheckMarkdown(shown, { files: run.files.length, maxBytes: STEP_SUMMARY_LIMIT });
    if (moves) text = await withMoves("markdown", text, moves, run.config, ctx, false);
    appendFileSync(summary, withinBytes(text, STEP_SUMMARY_LIMIT));
  }
  return exitCodeFor(run.diagnostics, options.maxWarnings);
}

export {
  CHECK_FORMATS,
  withinBytes,
  parseOutputs,
  checkCommand
};
