/**
 * Rule metadata for outputs that describe rules (SARIF, JUnit) and for
 * docs/rules.md: what each rule finds, why it matters, what to do. The
 * Markdown of one rule is the same in the docs and in SARIF's help.
 */
import { UNUSED_ACCEPT_RULE } from '../../core/accept.js';
import { RULES, ruleSeverity, SCHEMA_RULE } from '../../core/rules/index.js';
import type { RuleSetting } from '../../core/types.js';

export interface RuleInfo {
  id: string;
  description: string;
  why: string;
  fix: string;
  defaultSeverity: RuleSetting;
  /** The severity in force with the config (may be off). */
  severity: RuleSetting;
  /** What the rule looks at: one file, one account, or the portfolio as a whole. */
  scope: 'file' | 'account' | 'portfolio';
}

export function ruleCatalog(settings: Record<string, RuleSetting>): RuleInfo[] {
  return [{ ...SCHEMA_RULE, scope: 'file' as const }, ...RULES, UNUSED_ACCEPT_RULE].map((r) => ({
    id: r.id,
    description: r.description,
    why: r.why,
    fix: r.fix,
    defaultSeverity: r.defaultSeverity,
    severity: ruleSeverity(r, settings),
    scope: r.scope,
  }));
}

/** The rule's section in docs/rules.md: its heading is the id, so the anchor is `#<id>`. */
export function ruleDocUri(docsUrl: string, id: string): string {
  return `${docsUrl}#${id}`;
}

/** What, why, what to do, as plain text. */
export function ruleHelpText(rule: Pick<RuleInfo, 'description' | 'why' | 'fix'>): string {
  return `${rule.description}\n\nWhy it matters: ${rule.why}\n\nWhat to do: ${rule.fix.replace(/`/g, '')}`;
}

/** What, why, what to do, as Markdown. */
export function ruleHelpMarkdown(rule: Pick<RuleInfo, 'description' | 'why' | 'fix'>): string {
  return `${rule.description}\n\n**Why it matters:** ${rule.why}\n\n**What to do:** ${rule.fix}`;
}

/** docs/rules.md, kept in step with the rules by test/unit/format/check/rule-docs.test.ts. */
export function rulesMarkdown(): string {
  const rules = ruleCatalog({});
  const setting = (id: string) => id === SCHEMA_RULE.id
    ? 'A file that is not an account is never scored, whatever the config says.'
    : `Set it with \`rules: { ${id}: error | warning | off }\` in \`kam.config.yaml\`.`;
  const sections = rules.map((r) => `## ${r.id}\n\nDefault severity: ${r.defaultSeverity}. ${setting(r.id)}\n\n${ruleHelpMarkdown(r)}\n`);
  return [
    '# kam check rules',
    '',
    '<!-- Generated from the rules in src/core/rules; `npx vitest run test/unit/format/check/rule-docs.test.ts -u` rewrites it. -->',
    '',
    'Every rule `kam check` applies, in the order of [SPEC section 6](SPEC.md#6-check-rules): what it finds, why it matters, and what to do.',
    'Code scanning (SARIF) links each finding to its rule\'s section here.',
    '',
    ...rules.map((r) => `- [\`${r.id}\`](#${r.id}): ${r.description}`),
    '',
    ...sections,
  ].join('\n');
}
