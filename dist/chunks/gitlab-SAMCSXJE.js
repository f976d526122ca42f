import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  LIST,
  fingerprints,
  jsonWithList
} from "./chunk-H2IY64MI.js";
import "./chunk-SA2IJZVG.js";

// src/format/check/gitlab.ts
function gitlabChunks(diagnostics) {
  const prints = fingerprints(diagnostics);
  const issues = function* () {
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i];
      yield {
        type: "issue",
        check_name: d.rule,
        description: d.message,
        categories: ["Style"],
        severity: d.severity === "error" ? "major" : "minor",
        fingerprint: prints[i],
        location: { path: d.file, lines: { begin: d.line ?? 1 } }
      };
    }
  };
  return jsonWithList([LIST], issues());
}
export {
  gitlabChunks
};
