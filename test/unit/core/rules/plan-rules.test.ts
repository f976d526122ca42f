// bow-tie and overdue-action (SPEC 8.2 additions) at their edges, on
// purpose-built files (test/fixtures/plan-rules) with as-of 2026-11-22.
// Expected findings and positions are worked out by hand from the files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/core/types.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { FIXTURES } from '../../../helpers/run-kam.js';

const cwd = join(FIXTURES, 'plan-rules');
const run = (configFile?: string) => runPortfolio({ paths: ['accounts'], cwd, today: '2030-01-01', ...(configFile ? { configFile } : {}) });
const byRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => `${d.account}@${d.line}:${d.column} ${d.severity}`);
const messages = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => d.message);

const defaults = await run();
const strict = await run('strict.config.yaml');

describe('bow-tie', () => {
  it('fires for key accounts from co-operative up whose contacts rest on one person of ours or on nobody', () => {
    // bt2 (two owners), bt3 (basic), bt6 (key development) and bt7 (no contacts) stay silent.
    expect(byRule(defaults.diagnostics, 'bow-tie')).toEqual([
      'bt1-one-owner@8:3 warning', 'bt4-no-owner@8:3 warning', 'bt5-mixed@8:3 warning',
    ]);
  });

  it('compares owners as names (trimmed, spaces collapsed, case ignored) and says who holds what', () => {
    const [one, none, mixed] = messages(defaults.diagnostics, 'bow-tie');
    expect(one).toMatch(/^Key account at stage co-operative where all 3 contacts are held by Dana Reyes: a bow-tie/);
    // "  " is no owner
    expect(none).toMatch(/^Key account at stage integrated where none of its 2 contacts has an owner on our side: /);
    expect(mixed).toMatch(/^Key account at stage interdependent where 1 contact is held by Dana Reyes and 1 by nobody: /);
    for (const m of [one, none, mixed]) expect(m).toMatch(/ends when that person leaves; name who holds each relationship \(owner\) and spread/);
  });
});

describe('overdue-action', () => {
  it('fires for an open action due before the as-of date, on any account, at the action', () => {
    // q1[2] due 2025-12-31 done: false (line 15), q4[1] due 2026-11-21, one day before (line 22).
    // Silent: the plain tactic, q1[1] done, q3[0] undated, q4[0] due on the as-of date itself.
    expect(byRule(defaults.diagnostics, 'overdue-action')).toEqual(['oa1-actions@15:11 warning', 'oa1-actions@22:11 warning']);
    expect(messages(defaults.diagnostics, 'overdue-action')).toEqual([
      'action "Send the TCO model" (Q1, no owner) was due 2025-12-31 and is not done: an overdue action means the development plan is slipping, ' +
        'and the customer remembers promises not kept; do it and set done: true, or agree a new due date and name its owner',
      'action "Reference visit" (Q4, owner Tom Becker) was due 2026-11-21 and is not done: an overdue action means the development plan is slipping, ' +
        'and the customer remembers promises not kept; do it and set done: true, or agree a new due date',
    ]);
  });
});

describe('configured like the other rules', () => {
  it('bow-tie off, overdue-action raised to error', () => {
    expect(byRule(strict.diagnostics, 'bow-tie')).toEqual([]);
    expect(byRule(strict.diagnostics, 'overdue-action')).toEqual(['oa1-actions@15:11 error', 'oa1-actions@22:11 error']);
  });
});
