import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  accountObject,
  diagnosticObject
} from "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/format/report/jsonl.ts
function jsonlAccount(a) {
  return `${JSON.stringify(accountObject(a))}
`;
}
function* jsonlDiagnostics(diagnostics) {
  for (const d of diagnostics) yield `${JSON.stringify(diagnosticObject(d))}
`;
}
export {
  jsonlAccount,
  jsonlDiagnostics
};
