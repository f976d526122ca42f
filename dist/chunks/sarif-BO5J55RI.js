import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  LIST,
  fingerprints,
  jsonWithList
} from "./chunk-H2IY64MI.js";
import {
  ruleDocUri,
  ruleHelpMarkdown,
  ruleHelpText
} from "./chunk-7RH35IG4.js";
import "./chunk-SYXEGYMA.js";
import "./chunk-QA7TO7ZC.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-SA2IJZVG.js";

// src/format/check/sarif.ts
import { pathToFileURL } from "node:url";
var level = (s) => s === "off" ? "none" : s;
function ruleName(id) {
  const name = id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
  return name.toLowerCase() === id.toLowerCase() ? void 0 : name;
}
function location(file) {
  if (file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function sarifChunks(diagnostics, options) {
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(diagnostics);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kam",
            version: options.version,
            informationUri: options.informationUri,
            rules: options.rules.map((r) => {
              const name = ruleName(r.id);
              return {
                id: r.id,
                ...name !== void 0 ? { name } : {},
                shortDescription: { text: r.description },
                fullDescription: { text: `${r.description} ${r.why}` },
                help: { text: ruleHelpText(r), markdown: ruleHelpMarkdown(r) },
                helpUri: ruleDocUri(options.rulesDocs, r.id),
                defaultConfiguration: { level: level(r.severity) }
              };
            })
          }
        },
        columnKind: "utf16CodeUnits",
        results: [LIST]
      }
    ]
  };
  const results = function* () {
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i];
      yield {
        ruleId: d.rule,
        ...index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {},
        level: d.severity,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location(d.file),
              ...d.line !== void 0 ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {}
            }
          }
        ],
        // An accepted finding stays in the log, suppressed with the team's reason.
        ...d.accepted ? { suppressions: [{ kind: "inSource", status: "accepted", justification: `${d.accepted.reason}${d.accepted.until !== null ? ` (until ${d.accepted.until})` : ""}` }] } : {},
        partialFingerprints: { "kamFinding/v2": prints[i] }
      };
    }
  };
  return jsonWithList(log, results());
}
export {
  sarifChunks
};
