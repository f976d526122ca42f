import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  nearest
} from "./chunk-QGK4WI7H.js";

// src/core/accept.ts
var UNUSED_ACCEPT_RULE = {
  id: "unused-accept",
  scope: "account",
  defaultSeverity: "warning",
  description: "An acceptance in an account file matches none of its findings.",
  why: "An acceptance left behind after the finding went away would silently hide the next finding of that rule, one nobody has decided on.",
  fix: "Remove the entry from `accept:` (or correct the rule id the message names); accept a finding again when it comes back and the team has discussed it."
};
function acceptancesOf(account) {
  return (account.accept ?? []).map((a) => ({ rule: a.rule, reason: a.reason.trim(), until: a.until ?? null }));
}
function applyAcceptances(diagnostics, lists, options) {
  if (lists.length === 0) return { diagnostics: [...diagnostics], unused: [] };
  const byFile = new Map(lists.map((l) => [l.file, { list: l, used: l.accept.map(() => false) }]));
  const out = diagnostics.map((d) => {
    const entry = d.account !== void 0 ? byFile.get(d.file) : void 0;
    if (!entry || entry.list.account !== d.account) return d;
    const i = entry.list.accept.findIndex((a2) => a2.rule === d.rule);
    if (i < 0) return d;
    entry.used[i] = true;
    const a = entry.list.accept[i];
    if (a.until !== null && a.until < options.asOf) {
      return { ...d, message: `${d.message} (accepted until ${a.until}, which has passed)` };
    }
    return { ...d, accepted: { reason: a.reason, until: a.until } };
  });
  const unused = [];
  if (options.unusedSeverity === void 0) return { diagnostics: out, unused };
  for (const { list, used } of byFile.values()) {
    list.accept.forEach((a, i) => {
      if (used[i]) return;
      const known = options.known.includes(a.rule);
      if (known && !options.ran.has(a.rule)) return;
      let message;
      if (!known) {
        const near = nearest(a.rule, options.known);
        message = `accepts findings of "${a.rule}", which is not a rule${near ? `; did you mean "${near}"?` : ""}`;
      } else {
        message = `accepts findings of "${a.rule}", but this account has none${a.until !== null && a.until < options.asOf ? ` (and the acceptance ended ${a.until})` : ""}: remove the acceptance, so that a future finding is decided on afresh rather than hidden`;
      }
      unused.push({ file: list.file, severity: options.unusedSeverity, rule: UNUSED_ACCEPT_RULE.id, message, account: list.account, path: ["accept", i, "rule"] });
    });
  }
  return { diagnostics: out, unused };
}
function counted(diagnostics) {
  return diagnostics.filter((d) => d.accepted === void 0);
}
function acceptedNote(accepted) {
  return `accepted: ${accepted.reason}${accepted.until !== null ? ` (until ${accepted.until})` : ""}`;
}

export {
  UNUSED_ACCEPT_RULE,
  acceptancesOf,
  applyAcceptances,
  counted,
  acceptedNote
};
