import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/check/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprints(diagnostics) {
  const seen = /* @__PURE__ */ new Map();
  return diagnostics.map((d) => {
    const key = [d.rule, d.file, d.account ?? "", d.subject ?? ""].join("\0");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash("sha256").update(`${key}\0${n}`).digest("hex");
  });
}

// src/format/check/json-list.ts
var LIST = "\0kam streamed list\0";
var QUOTED = JSON.stringify(LIST);
function* jsonWithList(value, items) {
  const text = JSON.stringify(value, null, 2);
  const mark = text.indexOf(QUOTED);
  const lineStart = text.lastIndexOf("\n", mark) + 1;
  const indent = text.slice(lineStart, mark);
  const open = text.lastIndexOf("[", lineStart);
  let count = 0;
  for (const item of items) {
    yield `${count === 0 ? text.slice(0, lineStart) : ",\n"}${indent}${JSON.stringify(item, null, 2).replaceAll("\n", `
${indent}`)}`;
    count += 1;
  }
  yield count === 0 ? `${text.slice(0, open)}[]${text.slice(text.indexOf("]", mark) + 1)}
` : `${text.slice(mark + QUOTED.length)}
`;
}

export {
  fingerprints,
  LIST,
  jsonWithList
};
