import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  githubData,
  githubProperty
} from "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-SA2IJZVG.js";

// src/format/check/github.ts
function formatGithub(diagnostics) {
  return diagnostics.map((d) => {
    const props = [`file=${githubProperty(d.file)}`];
    if (d.line !== void 0) props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
    props.push(`title=${githubProperty(`kam ${d.rule}${d.account ? ` (${d.account})` : ""}`)}`);
    return `::${d.severity} ${props.join(",")}::${githubData(d.message)}
`;
  }).join("");
}
export {
  formatGithub
};
