import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  fingerprints
} from "./chunk-LFS6PGAJ.js";
import "./chunk-SA2IJZVG.js";

// src/format/gitlab.ts
function formatGitlab(diagnostics) {
  const prints = fingerprints(diagnostics);
  const issues = diagnostics.map((d, i) => ({
    type: "issue",
    check_name: d.rule,
    description: d.message,
    categories: ["Style"],
    severity: d.severity === "error" ? "major" : "minor",
    fingerprint: prints[i],
    location: { path: d.file, lines: { begin: d.line ?? 1 } }
  }));
  return `${JSON.stringify(issues, null, 2)}
`;
}
export {
  formatGitlab
};
