import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/fingerprint.ts
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

export {
  fingerprints
};
