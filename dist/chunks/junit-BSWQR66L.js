import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  xml
} from "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-SA2IJZVG.js";

// src/format/junit.ts
var line = (d) => `${d.line ?? "-"}:${d.column ?? "-"} ${d.severity} ${d.message}`;
function formatJunit(diagnostics, options) {
  const byFile = new Map(options.files.map((f) => [f, []]));
  for (const d of diagnostics) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const active = options.rules.filter((r) => r.severity !== "off");
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    const invalid = list.some((d) => d.rule === "schema");
    const ran = !options.files.includes(file) ? active.filter((r) => r.scope === "portfolio") : invalid ? active.filter((r) => r.id === "schema") : active;
    let failed = 0;
    const cases = ran.map((rule) => {
      const open = `    <testcase classname="${xml(file)}" name="${xml(rule.id)}" time="0"`;
      const found = list.filter((d) => d.rule === rule.id);
      if (found.length === 0) return `${open}/>`;
      const text = xml(found.map(line).join("\n"));
      const error = found.find((d) => d.severity === "error");
      if (!error && !options.warningsFail) return `${open}>
      <system-out>${text}</system-out>
    </testcase>`;
      failed += 1;
      return `${open}>
      <failure type="${error ? "error" : "warning"}" message="${xml((error ?? found[0]).message)}">${text}</failure>
    </testcase>`;
    });
    tests += ran.length;
    failures += failed;
    suites.push(`  <testsuite name="${xml(file)}" tests="${ran.length}" failures="${failed}" errors="0" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`);
  }
  const time = Math.max(0, options.seconds).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="kam check" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${time}">
${suites.join("\n")}
</testsuites>
`;
}
export {
  formatJunit
};
