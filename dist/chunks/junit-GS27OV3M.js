import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  xml
} from "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-SA2IJZVG.js";

// src/format/check/junit.ts
var line = (d) => `${d.line ?? "-"}:${d.column ?? "-"} ${d.severity} ${d.message}`;
function* junitChunks(diagnostics, options) {
  const byFile = new Map(options.files.map((f) => [f, []]));
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const accountFiles = new Set(options.files);
  const active = options.rules.filter((r) => r.severity !== "off");
  const outcomes = (file, list) => {
    const invalid = list.some((d) => d.rule === "schema");
    const ran = !accountFiles.has(file) ? active.filter((r) => r.scope === "portfolio") : invalid ? active.filter((r) => r.id === "schema") : active;
    return ran.map((rule) => {
      const found = list.filter((d) => d.rule === rule.id);
      const error = found.find((d) => d.severity === "error");
      return { rule, found, error, failed: found.length > 0 && (error !== void 0 || options.warningsFail) };
    });
  };
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    for (const o of outcomes(file, list)) {
      tests += 1;
      if (o.failed) failures += 1;
    }
  }
  const time = Math.max(0, options.seconds).toFixed(3);
  yield `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="kam check" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${time}">
`;
  let first = true;
  for (const [file, list] of byFile) {
    const cases = outcomes(file, list);
    const lines = cases.map(({ rule, found, error, failed: failed2 }) => {
      const open = `    <testcase classname="${xml(file)}" name="${xml(rule.id)}" time="0"`;
      if (found.length === 0) return `${open}/>`;
      const text = xml(found.map(line).join("\n"));
      if (!failed2) return `${open}>
      <system-out>${text}</system-out>
    </testcase>`;
      return `${open}>
      <failure type="${error ? "error" : "warning"}" message="${xml((error ?? found[0]).message)}">${text}</failure>
    </testcase>`;
    });
    const failed = cases.filter((c) => c.failed).length;
    yield `${first ? "" : "\n"}  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">
${lines.join("\n")}
  </testsuite>`;
    first = false;
  }
  yield "\n</testsuites>\n";
}
export {
  junitChunks
};
