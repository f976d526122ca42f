import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/exit-code.ts
function exitCodeFor(diagnostics, maxWarnings) {
  return diagnostics.some((d) => d.severity === "error" && !d.accepted) || tooManyWarnings(diagnostics, maxWarnings) ? 1 : 0;
}
function tooManyWarnings(diagnostics, maxWarnings) {
  return maxWarnings !== void 0 && maxWarnings >= 0 && countBySeverity(diagnostics).warnings > maxWarnings;
}
function countBySeverity(diagnostics) {
  let errors = 0;
  let accepted = 0;
  for (const d of diagnostics) {
    if (d.accepted) accepted += 1;
    else if (d.severity === "error") errors += 1;
  }
  return { errors, warnings: diagnostics.length - errors - accepted, accepted };
}

export {
  exitCodeFor,
  tooManyWarnings,
  countBySeverity
};
