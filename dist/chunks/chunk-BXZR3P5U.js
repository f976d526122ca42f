import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  acceptedNote
} from "./chunk-CDJ7GAAG.js";
import {
  terminalSafe,
  wrapText
} from "./chunk-FH4AGJX7.js";
import {
  countBySeverity
} from "./chunk-TJVWHHNT.js";

// src/format/check/stylish.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function formatStylish(diagnostics, options) {
  return [...stylishLines(diagnostics, options)].join("");
}
function* stylishLines(diagnostics, options) {
  const c = options.colors;
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  for (const [file, list] of groups) {
    yield `${c.underline(terminalSafe(file || "(portfolio)"))}
`;
    const positions = list.map((d) => d.line !== void 0 ? `${d.line}:${d.column ?? 1}` : "");
    let width = 0;
    for (const p of positions) width = Math.max(width, p.length);
    const indent = 2 + width + 2 + 7 + 2;
    for (const [i, d] of list.entries()) {
      if (d.accepted) {
        yield `  ${c.dim(positions[i].padEnd(width))}  ${c.dim(`${d.severity === "error" ? "error  " : "warning"}  ${terminalSafe(d.message)}  ${d.rule}`)}
`;
        yield `  ${" ".repeat(width)}  ${" ".repeat(7)}  ${terminalSafe(acceptedNote(d.accepted))}
`;
        continue;
      }
      const severity = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
      const head = `  ${c.dim(positions[i].padEnd(width))}  ${severity}  `;
      const message = terminalSafe(d.message);
      if (options.width === void 0) {
        yield `${head}${message}  ${c.dim(d.rule)}
`;
        continue;
      }
      const wrapped = wrapText(`${message}  ${d.rule}`, Math.max(20, options.width - indent));
      const end = wrapped.length - 1;
      wrapped[end] = `${wrapped[end].slice(0, -d.rule.length)}${c.dim(d.rule)}`;
      yield `${head}${wrapped.join(`
${" ".repeat(indent)}`)}
`;
    }
    yield "\n";
  }
  const { errors, warnings, accepted } = countBySeverity(diagnostics);
  const checked = options.files !== void 0 ? `${plural(options.files, "file")} checked: ` : "";
  const hidden = options.hidden ? c.dim(` (${plural(options.hidden, "warning")} not shown: --quiet)`) : "";
  const acceptedCount = accepted > 0 ? c.dim(`, ${accepted} accepted`) : "";
  if (errors + warnings === 0) {
    yield `${c.green(`${checked}${options.hidden ? "no errors" : "no problems"}`)}${acceptedCount}${hidden}
`;
  } else if (options.hidden) {
    yield `${c.red(c.bold(`${checked}${plural(errors, "error")}`))}${hidden}
`;
  } else {
    const summary = `${checked}${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    yield `${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}${acceptedCount}
`;
  }
}

export {
  formatStylish,
  stylishLines
};
