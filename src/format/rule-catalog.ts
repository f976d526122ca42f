/** Rule metadata for outputs that describe rules (SARIF, JUnit, docs). */
import { RULES, ruleSeverity, SCHEMA_RULE } from '../core/rules/index.js';
import type { RuleSetting, Severity } from '../core/types.js';

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The severity in force with the config (may be off). */
  severity: RuleSetting;
}

export function ruleCatalog(settings: Record<string, RuleSetting>): RuleInfo[] {
  return [SCHEMA_RULE, ...RULES].map((r) => ({
    id: r.id,
    description: r.description,
    defaultSeverity: r.defaultSeverity,
    severity: ruleSeverity(r, settings),
  }));
}
