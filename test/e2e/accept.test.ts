// Accepted findings (SPEC 8.3) through the real binary. The portfolio is two
// maintenance accounts (attractiveness 3, strength 8; SPEC 3.2) with current
// revenue 900 and 100: the only finding is concentration on "big"
// (900 / 1000 = 90 % > the default limit of 25 %). Each axis is scored on one
// factor, so thin-scoring (SPEC 8.2) is turned off in every portfolio's config.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir('kam-accept-');
const BIG = `id: big
name: Big Customer
revenue: { current: 900 }
attractiveness: { size: 3 }
strength: { price: 8 }
`;
const SMALL = `id: small
name: Small Customer
revenue: { current: 100 }
attractiveness: { size: 3 }
strength: { price: 8 }
`;

function portfolio(name: string, big: string, small = SMALL, config?: string): string {
  const root = join(dir.path, name);
  mkdirSync(join(root, 'accounts'), { recursive: true });
  writeFileSync(join(root, 'accounts', 'big.yaml'), big);
  writeFileSync(join(root, 'accounts', 'small.yaml'), small);
  writeFileSync(join(root, 'kam.config.yaml'), `rules:\n  thin-scoring: off\n${config ? config.replace(/^rules:\n/, '') : ''}`);
  return root;
}

const ACCEPTED = `${BIG}accept:
  - rule: concentration
    reason: "the customer that funds the business: agreed at the Q3 review"
    until: 2027-03-31
`;

let plain: string;
let accepted: string;
beforeAll(() => {
  plain = portfolio('plain', BIG);
  accepted = portfolio('accepted', ACCEPTED);
});
afterAll(() => dir.remove());

describe('accepted findings', () => {
  it('without an acceptance the concentration warning fails --max-warnings 0', async () => {
    const r = await runKam(['check', '--as-of', '2026-11-22', '--max-warnings', '0', '--format', 'json'], { cwd: plain });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.map((d: { rule: string; account: string }) => [d.rule, d.account])).toEqual([['concentration', 'big']]);
  });

  it('an accepted finding does not count, and is listed with its reason', async () => {
    const json = await runKam(['check', '--as-of', '2026-11-22', '--max-warnings', '0', '--format', 'json'], { cwd: accepted });
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({
      rule: 'concentration', severity: 'warning', account: 'big',
      accepted: { reason: 'the customer that funds the business: agreed at the Q3 review', until: '2027-03-31' },
    });
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0, accepted: 1 });

    const stylish = await runKam(['check', '--as-of', '2026-11-22', '--max-warnings', '0'], { cwd: accepted });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('accepted: the customer that funds the business: agreed at the Q3 review (until 2027-03-31)');
    expect(stylish.stdout).toContain('no problems, 1 accepted');

    const md = await runKam(['check', '--as-of', '2026-11-22', '--format', 'markdown'], { cwd: accepted });
    expect(md.stdout).toContain('0 warnings, 1 accepted.');
    expect(md.stdout).toMatch(/\| ☑️ \| accounts\/big\.yaml \| 3 \| concentration \| .* — _accepted: the customer that funds the business: agreed at the Q3 review \\\(until 2027-03-31\\\)_ \|/); // parentheses escaped for Markdown

    const show = await runKam(['show', 'big', '--as-of', '2026-11-22'], { cwd: accepted });
    expect(show.stdout).toMatch(/accepted .*concentration/);
    expect(show.stdout).toContain('accepted: the customer that funds the business');

    const report = await runKam(['report', '--as-of', '2026-11-22', '--format', 'html'], { cwd: accepted });
    expect(report.stdout).toContain('<td class="muted">accepted</td>');
    expect(report.stdout).toContain('<span class="muted">accepted: the customer that funds the business: agreed at the Q3 review (until 2027-03-31)</span>');
  });

  it('SARIF keeps the result with a suppression; annotations, JUnit and Code Quality leave it out', async () => {
    const sarif = JSON.parse((await runKam(['check', '--as-of', '2026-11-22', '--format', 'sarif'], { cwd: accepted })).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe('concentration');
    expect(result.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'the customer that funds the business: agreed at the Q3 review (until 2027-03-31)' }]);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('unused-accept');
    expect((await runKam(['check', '--as-of', '2026-11-22', '--format', 'github'], { cwd: accepted })).stdout).toBe('');
    expect(JSON.parse((await runKam(['check', '--as-of', '2026-11-22', '--format', 'gitlab'], { cwd: accepted })).stdout)).toEqual([]);
    expect((await runKam(['check', '--as-of', '2026-11-22', '--format', 'junit'], { cwd: accepted })).stdout).not.toContain('<failure');
  });

  it('after until, the finding counts again and says the acceptance has passed', async () => {
    const r = await runKam(['check', '--as-of', '2027-04-01', '--max-warnings', '0', '--format', 'json'], { cwd: accepted });
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d.rule).toBe('concentration');
    expect(d.accepted).toBeUndefined();
    expect(d.message).toMatch(/\(accepted until 2027-03-31, which has passed\)$/);
    // The last day itself is still accepted.
    expect((await runKam(['check', '--as-of', '2027-03-31', '--max-warnings', '0'], { cwd: accepted })).code).toBe(0);
  });

  it('an acceptance that matches no finding is an unused-accept warning at its line', async () => {
    const root = portfolio('unused', ACCEPTED, `${SMALL}accept:\n  - { rule: concentration, reason: not needed }\n  - rule: concentraton\n    reason: a typo\n`);
    const r = await runKam(['check', '--as-of', '2026-11-22', '--max-warnings', '0', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const unused = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'unused-accept');
    expect(unused.map((d: { file: string; line: number; column: number; severity: string; account: string }) => [d.file, d.line, d.column, d.severity, d.account])).toEqual([
      ['accounts/small.yaml', 7, 13, 'warning', 'small'],
      ['accounts/small.yaml', 8, 11, 'warning', 'small'],
    ]);
    expect(unused[0].message).toContain('accepts findings of "concentration", but this account has none');
    expect(unused[1].message).toBe('accepts findings of "concentraton", which is not a rule; did you mean "concentration"?');
  });

  it('unused-accept can be turned off in the config; kam validate does not report it', async () => {
    const root = portfolio('off', BIG, `${SMALL}accept:\n  - { rule: concentration, reason: not needed }\n`, 'rules:\n  unused-accept: off\n');
    const r = await runKam(['check', '--as-of', '2026-11-22', '--format', 'json'], { cwd: root });
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['concentration']);
    const v = await runKam(['validate', '--format', 'json'], { cwd: portfolio('validate', BIG, `${SMALL}accept:\n  - { rule: concentration, reason: not needed }\n`) });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).diagnostics).toEqual([]);
  });

  it('the reason is required', async () => {
    const root = portfolio('no-reason', `${BIG}accept:\n  - { rule: concentration, reason: "  " }\n  - { rule: concentration }\n`);
    const r = await runKam(['validate', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const messages = JSON.parse(r.stdout).diagnostics.map((d: { line: number; message: string }) => [d.line, d.message]);
    expect(messages).toHaveLength(2);
    expect(messages[0][0]).toBe(7);
    expect(messages[1][0]).toBe(8);
    expect(messages[1][1]).toMatch(/reason/);
  });
});
