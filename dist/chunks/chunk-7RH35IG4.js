import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  RULES,
  SCHEMA_RULE,
  ruleSeverity
} from "./chunk-SYXEGYMA.js";
import {
  UNUSED_ACCEPT_RULE
} from "./chunk-CDJ7GAAG.js";

// src/format/check/rule-catalog.ts
function ruleCatalog(settings) {
  return [{ ...SCHEMA_RULE, scope: "file" }, ...RULES, UNUSED_ACCEPT_RULE].map((r) => ({
    id: r.id,
    description: r.description,
    why: r.why,
    fix: r.fix,
    defaultSeverity: r.defaultSeverity,
    severity: ruleSeverity(r, settings),
    scope: r.scope
  }));
}
function ruleDocUri(docsUrl, id) {
  return `${docsUrl}#${id}`;
}
function ruleHelpText(rule) {
  return `${rule.description}

Why it matters: ${rule.why}

What to do: ${rule.fix.replace(/`/g, "")}`;
}
function ruleHelpMarkdown(rule) {
  return `${rule.description}

**Why it matters:** ${rule.why}

**What to do:** ${rule.fix}`;
}

export {
  ruleCatalog,
  ruleDocUri,
  ruleHelpText,
  ruleHelpMarkdown
};
