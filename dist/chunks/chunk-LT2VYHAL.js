import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/exit-code.ts
function exitCodeFor(diagnostics, maxWarnings) {
  return diagnostics.some((d) => d.severity === "error") || tooManyWarnings(diagnostics, maxWarnings) ? 1 : 0;
}
function tooManyWarnings(diagnostics, maxWarnings) {
  return maxWarnings !== void 0 && maxWarnings >= 0 && countBySeverity(diagnostics).warnings > maxWarnings;
}
function countBySeverity(diagnostics) {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors += 1;
  return { errors, warnings: diagnostics.length - errors };
}

export {
  exitCodeFor,
  tooManyWarnings,
  countBySeverity
};
