// Tactics may be text or actions { action, owner, due, done }: each wrong
// shape gets one message at the item or key concerned, not one per branch
// of the schema's oneOf (nor the errors of other items).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../../src/core/factors.js';
import { loadAccountText } from '../../../../src/io/yaml/load-account.js';
import { accountValidators } from '../../../../src/io/schema/schema.js';
import { UNUSED_ACCEPT_RULE } from '../../../../src/core/accept.js';
import { RULES } from '../../../../src/core/rules/index.js';
import { FIXTURES } from '../../../helpers/run-kam.js';

const config = defaultConfig();

describe('tactics as actions', () => {
  it('reports each bad action once, where it is', () => {
    const file = join('bad', 'bad-tactics.yaml');
    const r = loadAccountText(file, readFileSync(join(FIXTURES, file)), { validators: accountValidators(config), config });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      // a significance factor out of range: the map form fits, so its error alone
      '3:39 positioning.significance.brand: 12 is out of range: must be between 0 and 10',
      '8:33 plan.development.tactics.q1[0].due: "tomorrow" is not a valid date: use YYYY-MM-DD with a real day of the month',
      '9:11 plan.development.tactics.q1[1] is missing the required key "action"',
      '10:30 plan.development.tactics.q1[2].done: expected true or false, found text "yes"',
      '11:11 plan.development.tactics.q1[3]: expected text or a mapping, found number 42',
    ]);
  });
});

describe('the config schema', () => {
  it('lets every rule be configured', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../../schemas/config.schema.json', import.meta.url), 'utf8'));
    const ids = ['schema', ...RULES.map((r) => r.id), UNUSED_ACCEPT_RULE.id];
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ids.sort());
  });
});
