// Every SPEC 6 rule fires, and stays silent, on purpose-built account files
// (test/fixtures/rules), with limits and severities from a config file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/core/types.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { FIXTURES } from '../../../helpers/run-kam.js';

const cwd = join(FIXTURES, 'rules');
const run = (configFile?: string, asOf?: string) =>
  runPortfolio({ paths: ['accounts'], cwd, today: '2030-01-01', ...(configFile ? { configFile } : {}), ...(asOf ? { asOf } : {}) });

const byRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => `${d.account}@${d.line}:${d.column} ${d.severity}`);

const strict = await run();
const relaxed = await run('relaxed.config.yaml');
const later = await run(undefined, '2026-11-23');

describe('check rules with kam.config.yaml (limits tightened, perception-gap: error)', () => {
  const { diagnostics, asOf } = strict;

  it('uses as_of from the config', () => expect(asOf).toBe('2026-11-22'));

  it('too-many-key: 3 of 5 classified accounts are key, above 25 %; placed on the config file, at the limit, with no account', () => {
    // kam.config.yaml line 3 is "  key_share: 0.25": the value starts at column 14
    const found = diagnostics.filter((d) => d.rule === 'too-many-key');
    expect(found.map((d) => `${d.file}@${d.line}:${d.column} ${d.severity} ${d.account}`)).toEqual(['kam.config.yaml@3:14 warning undefined']);
    expect(found[0]!.message).toMatch(/^portfolio: 3 of 5 classified accounts are key \(60\.0 %, limit 25\.0 %\)/);
  });

  it('manager-load: Ann carries 3 key accounts, limit 2; Bob none; placed on the config file at the limit', () => {
    // line 4 is "  accounts_per_manager: 2": the value starts at column 25
    const found = diagnostics.filter((d) => d.rule === 'manager-load');
    expect(found.map((d) => `${d.file}@${d.line}:${d.column} ${d.account}`)).toEqual(['kam.config.yaml@4:25 undefined']);
    expect(found[0]!.message).toMatch(/^portfolio: Ann carries 3 key and key-development accounts \(limit 2\)/);
  });

  it('concentration: 1000 of 1300 (76.9 %) is above 30 %', () => {
    expect(byRule(diagnostics, 'concentration')).toEqual(['k3-big@4:21 warning']);
    expect(diagnostics.find((d) => d.rule === 'concentration')!.message).toMatch(/^76\.9 % of total current revenue/);
  });

  it('perception-gap: integrated vs co-operative (gap 2), raised to error by the config; a negative gap is silent', () => {
    expect(byRule(diagnostics, 'perception-gap')).toEqual(['k2-gaps@11:18 error']);
  });

  it('positioning-mismatch: a key account positioned tactical profit; silent on maintenance', () => {
    expect(byRule(diagnostics, 'positioning-mismatch')).toEqual(['k2-gaps@8:14 warning']);
  });

  it('single-threaded: integrated with 2 contacts, and interdependent with every contact in purchasing', () => {
    expect(byRule(diagnostics, 'single-threaded')).toEqual(['k2-gaps@13:3 warning', 'o1-one-function@9:3 warning']);
  });

  it('stale-satisfaction: none at all, or one day outside the 6 months; later entries do not count', () => {
    expect(byRule(diagnostics, 'stale-satisfaction')).toEqual(['k2-gaps@2:1 warning', 'k3-big@14:3 warning']);
    expect(diagnostics.find((d) => d.rule === 'stale-satisfaction' && d.account === 'k3-big')!.message)
      .toMatch(/since 2026-05-22 \(last: 2026-05-21\)/);
  });

  it('incomplete-plan: a key account with no plan and no decision-maker; silent on complete plans and maintenance', () => {
    expect(byRule(diagnostics, 'incomplete-plan')).toEqual(['k2-gaps@2:1 warning']);
  });

  it('pursuit-without-go: no-go and qualify opportunities at stage pursuing; go and non-pursuing are silent', () => {
    expect(byRule(diagnostics, 'pursuit-without-go')).toEqual(['k2-gaps@18:12 warning', 'k2-gaps@21:12 warning']);
    const [noGo, qualify] = diagnostics.filter((d) => d.rule === 'pursuit-without-go');
    expect(noGo!.message).toMatch(/the answer to "win" is no \(no-go\)/);
    expect(qualify!.message).toMatch(/"win" and "worth" are still open \(qualify\)/);
  });

  it('price-buyer: a key account that sees us as a commodity; silent on maintenance', () => {
    expect(byRule(diagnostics, 'price-buyer')).toEqual(['k2-gaps@12:20 warning']);
  });

  it('unclassified: no strength score', () => {
    expect(byRule(diagnostics, 'unclassified')).toEqual(['u1-unscored@1:1 warning']);
  });

  it('bow-tie: an integrated key account whose contacts have no owner; k1-complete has two people on our side', () => {
    expect(byRule(diagnostics, 'bow-tie')).toEqual(['k2-gaps@13:3 warning']);
  });

  it('duplicate-id stays silent with unique ids', () => {
    expect(byRule(diagnostics, 'duplicate-id')).toEqual([]);
  });
});

describe('check rules with relaxed limits and rules turned off', () => {
  const { diagnostics } = relaxed;
  it('reports only what is still on: stale satisfaction with 12 months', () => {
    // 12 months back from 2026-11-22 is 2025-11-22: k3-big's 2026-05-21 now counts.
    expect(diagnostics.map((d) => `${d.rule}:${d.account}`)).toEqual(['stale-satisfaction:k2-gaps']);
  });
});

describe('--as-of makes stale-satisfaction deterministic', () => {
  it('a later as-of date makes k1-complete stale too', () => {
    const { diagnostics } = later;
    expect(byRule(diagnostics, 'stale-satisfaction')).toContain('k1-complete@28:3 warning');
  });
});
