import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import {
  accountObject,
  diagnosticObject,
  reportHead
} from "./chunk-C65SMAYF.js";

// src/format/report/json.ts
var ACCOUNTS = '\n  "accounts": [],\n';
var DIAGNOSTICS = /\n {2}"diagnostics": \[\](,?)\n/;
function jsonStart(asOf) {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0]));
  const health = { "at-risk": 0, watch: 0, healthy: 0, unknown: 0 };
  const portfolio = { accounts: 0, revenue: { total: 0, topShare: 0, top20Share: 0, topAccount: null }, quadrants, managers: {}, managerLoad: {}, health };
  const empty = JSON.stringify(reportHead({ asOf, files: [], accounts: [], diagnostics: [], portfolio }), null, 2);
  return `${empty.slice(0, empty.indexOf(ACCOUNTS))}
  "accounts": [`;
}
function listItem(value) {
  const text = JSON.stringify({ x: [value] }, null, 2);
  return text.slice(11, -6);
}
function jsonAccount(a, index) {
  if (index === 0) return JSON.stringify({ x: [accountObject(a)] }, null, 2).slice(10, -6);
  return JSON.stringify({ x: [0, accountObject(a)] }, null, 2).slice(16, -6);
}
function* jsonEnd(input, count) {
  const head = JSON.stringify(reportHead(input), null, 2);
  const rest = head.slice(head.indexOf(ACCOUNTS) + ACCOUNTS.length);
  const m = DIAGNOSTICS.exec(rest);
  yield `${count === 0 ? "]" : "\n  ]"},
${rest.slice(0, m.index)}`;
  const list = input.diagnostics;
  if (list.length === 0) {
    yield `
  "diagnostics": []${m[1]}
`;
  } else {
    yield '\n  "diagnostics": [\n';
    for (let i = 0; i < list.length; i++) {
      yield `${listItem(diagnosticObject(list[i]))}${i < list.length - 1 ? "," : ""}
`;
    }
    yield `  ]${m[1]}
`;
  }
  yield `${rest.slice(m.index + m[0].length)}
`;
}
function* jsonChunks(input) {
  yield jsonStart(input.asOf);
  for (let i = 0; i < input.accounts.length; i++) yield jsonAccount(input.accounts[i], i);
  yield* jsonEnd(input, input.accounts.length);
}
function formatJson(input) {
  return [...jsonChunks(input)].join("");
}

export {
  jsonStart,
  jsonAccount,
  jsonEnd,
  jsonChunks,
  formatJson
};
