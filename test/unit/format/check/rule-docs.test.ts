import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RULES, SCHEMA_RULE } from '../../../../src/core/rules/index.js';
import { rulesMarkdown } from '../../../../src/format/check/rule-catalog.js';

// docs/rules.md is generated from the rules themselves; after changing a rule,
// `npx vitest run test/unit/format/check/rule-docs.test.ts -u` rewrites it.
it('docs/rules.md is the rule catalogue as rendered from the rules', async () => {
  await expect(rulesMarkdown()).toMatchFileSnapshot('../../../../docs/rules.md');
});

it('every rule says what it finds, why it matters and what to do, and has its section', () => {
  const docs = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
  for (const rule of [SCHEMA_RULE, ...RULES]) {
    for (const text of [rule.description, rule.why, rule.fix]) expect(text).toMatch(/^[A-Z`].{20,}[.)]$/);
    const section = docs.split(`\n## ${rule.id}\n`)[1]?.split('\n## ')[0];
    expect(section).toContain(`Default severity: ${rule.defaultSeverity}.`);
    expect(section).toContain(`**Why it matters:** ${rule.why}`);
    expect(section).toContain(`**What to do:** ${rule.fix}`);
  }
});
