// Account health, coverage and the SPEC 8.2 rules on a portfolio built for
// them (test/fixtures/health, as of 2026-11-22, default limits except
// accounts_per_manager: 2). Every expectation is worked out from SPEC 8.1
// by hand in the comments; each signal is tried exactly at its limit and
// just past it.
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountHealth, coverage } from '../../../src/core/health.js';
import { defaultConfig } from '../../../src/core/factors.js';
import type { Account, Diagnostic } from '../../../src/core/types.js';
import { runPortfolio } from '../../../src/pipeline/portfolio-run.js';
import { formatTable } from '../../../src/format/terminal/table.js';
import { NO_COLORS } from '../../../src/format/colors.js';
import { PERCEIVED_NEXT_STEP } from '../../../src/core/guidance.js';
import { FIXTURES, tempDir } from '../../helpers/run-kam.js';

const cwd = join(FIXTURES, 'health');
const run = await runPortfolio({ paths: ['accounts'], cwd, today: '2030-01-01' });
const byId = new Map(run.accounts.map((a) => [a.id, a]));
const health = (id: string) => byId.get(id)!.health;
const reasons = (id: string) => health(id).reasons.map((r) => `${r.signal} ${r.level}`);
const NEW_RULES = new Set(['satisfaction-drop', 'open-alert', 'sales-behind-target', 'thin-scoring', 'early-stage-key', 'no-manager', 'stale-opportunity', 'handover', 'price-buyer']);
const fired = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.rule === rule).map((d) => `${d.account}@${d.line}:${d.column}`);

describe('health status per account (SPEC 8.1)', () => {
  it('uses the config as-of date', () => expect(run.asOf).toBe('2026-11-22'));

  it('h01: satisfaction 8 → 6 is a drop of exactly 2 (watch); 6 is not below 6; sales 90/100 = 0.9 is not below 0.9', () => {
    // The medium alert is dated after the as-of date and the high one was resolved on it: neither is open.
    expect(health('h01-watch-drop').status).toBe('watch');
    expect(reasons('h01-watch-drop')).toEqual(['satisfaction-drop watch']);
    expect(health('h01-watch-drop').reasons[0]!.message).toBe('satisfaction fell from 8 to 6 (−2) between 2026-01-10 and 2026-06-01');
    expect(health('h01-watch-drop').openAlerts).toEqual([]);
    expect(health('h01-watch-drop').sales!.attainment).toBe(0.9);
  });

  it('h02: latest 3 (the 2026-12-01 entry is after the as-of date) is at risk; 5 → 3 is a watch drop; a medium alert is watch', () => {
    expect(health('h02-low-satisfaction').status).toBe('at-risk');
    expect(reasons('h02-low-satisfaction')).toEqual(['satisfaction-low at-risk', 'satisfaction-drop watch', 'open-alert watch']);
    expect(health('h02-low-satisfaction').satisfaction).toMatchObject({ latest: { date: '2026-09-01', score: 3 }, previous: { date: '2026-03-01', score: 5 }, change: -2 });
  });

  it('h03: a high alert dated on the as-of date is open (at risk); a medium one resolved the day after is open; 150/200 = 0.75 is watch, not at risk', () => {
    expect(health('h03-kd-alerts').status).toBe('at-risk');
    expect(reasons('h03-kd-alerts')).toEqual(['open-alert at-risk', 'open-alert watch', 'sales watch']);
    // the low alert is open too, but is no signal
    expect(health('h03-kd-alerts').openAlerts.map((a) => a.severity)).toEqual(['high', 'medium', 'low']);
    expect(health('h03-kd-alerts').reasons[2]!.message).toBe('sales forecast at 75.0 % of target (150 of 200; below 90.0 %)');
  });

  it('h04: achieved 749 of 1000 (no forecast) is 0.749, below 0.75: at risk', () => {
    expect(health('h04-sales-risk').status).toBe('at-risk');
    expect(health('h04-sales-risk').reasons).toEqual([
      { signal: 'sales', level: 'at-risk', message: 'sales achieved at 74.9 % of target (749 of 1000; below 75.0 %)' },
    ]);
  });

  it('h05, h06, h11: healthy with a sales target and no signal, with satisfaction dated exactly 12 months back, and with a drop of only 1', () => {
    expect(['h05-hunt-won', 'h06-healthy-satisfaction', 'h11-bob-key'].map((id) => health(id).status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(health('h11-bob-key').reasons).toEqual([]);
  });

  it('h07: satisfaction one day older than 12 months and a target of 0 say nothing: unknown', () => {
    expect(health('h07-unknown').status).toBe('unknown');
    expect(health('h07-unknown').sales).toBeNull();
  });

  it('h09: 8 → 5 is a drop of exactly 3 (at risk) and 5 is below 6 (watch)', () => {
    expect(health('h09-drop-three').status).toBe('at-risk');
    expect(reasons('h09-drop-three')).toEqual(['satisfaction-low watch', 'satisfaction-drop at-risk']);
  });

  it('accounts without performance data are unknown', () => {
    expect(['h08-thin-key', 'h10-bob-development', 'h12-dana-key'].map((id) => health(id).status)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('the portfolio counts each status: at-risk h02 h03 h04 h09, watch h01, healthy h05 h06 h11, unknown h07 h08 h10 h12', () => {
    expect(run.portfolio.health).toEqual({ 'at-risk': 4, watch: 1, healthy: 3, unknown: 4 });
  });
});

describe('coverage and provisional (SPEC 8.1)', () => {
  it('5 of 10 attractiveness factors is exactly the 0.5 share: not provisional', () => {
    expect(byId.get('h01-watch-drop')!.coverage).toEqual({ attractiveness: { scored: 5, of: 10 }, strength: { scored: 5, of: 9 } });
    expect(byId.get('h01-watch-drop')!.provisional).toBe(false);
  });

  it('4 of 9 strength factors (0.44) is provisional', () => {
    expect(byId.get('h08-thin-key')!.coverage.strength).toEqual({ scored: 4, of: 9 });
    expect(byId.get('h08-thin-key')!.provisional).toBe(true);
  });

  it('counts only factors with weight above 0, in the scored and in the total', () => {
    const config = defaultConfig();
    config.factors.attractiveness = [{ id: 'size', weight: 2, label: 'Size' }, { id: 'growth_potential', weight: 0, label: 'G' }, { id: 'trust', weight: 1, label: 'T' }];
    const c = coverage({ id: 'a', name: 'A', attractiveness: { size: 5, growth_potential: 5 } }, config);
    expect(c.attractiveness).toEqual({ scored: 1, of: 2 });
  });
});

describe('managers (SPEC 8.1)', () => {
  it('"Dana Reyes", " dana  reyes " and "DANA REYES" are one manager, shown as first written', () => {
    expect(run.portfolio.managers).toEqual({ 'Dana Reyes': 3, Eve: 0, Bob: 2 });
  });

  it('managerLoad gives each book by quadrant with its current revenue', () => {
    expect(run.portfolio.managerLoad['Dana Reyes']).toEqual({
      accounts: 3, quadrants: { key: 2, 'key-development': 1, maintenance: 0, opportunistic: 0, unclassified: 0 }, revenue: 500 + 300 + 200,
    });
    expect(run.portfolio.managerLoad.Eve).toEqual({
      accounts: 4, quadrants: { key: 0, 'key-development': 0, maintenance: 2, opportunistic: 2, unclassified: 0 }, revenue: 100,
    });
  });
});

describe('the SPEC 8.2 rules, each at its edge', () => {
  const ds = run.diagnostics;

  it('satisfaction-drop: at the latest entry of h01 (drop 2), h02 (low 3) and h09; silent on h11 (drop 1) and h06 (score 6)', () => {
    expect(fired(ds, 'satisfaction-drop')).toEqual(['h01-watch-drop@16:34', 'h02-low-satisfaction@10:34', 'h09-drop-three@8:34']);
    expect(ds.find((d) => d.rule === 'satisfaction-drop' && d.account === 'h02-low-satisfaction')!.message)
      .toMatch(/^satisfaction 3\/10 on 2026-09-01 \(3 or less\); satisfaction fell from 5 to 3 \(−2\)/);
  });

  it('open-alert: one per alert on h03 (high, and medium on key development); silent on a medium alert of a maintenance account, a low one, a future and a resolved one', () => {
    expect(fired(ds, 'open-alert')).toEqual(['h03-kd-alerts@11:7', 'h03-kd-alerts@12:7']);
  });

  it('sales-behind-target: at the forecast of h03 (0.75) and the achieved of h04 (0.749); silent on h01 (0.9)', () => {
    expect(fired(ds, 'sales-behind-target')).toEqual(['h03-kd-alerts@9:50', 'h04-sales-risk@8:36']);
  });

  it('thin-scoring: at the strength of h08 (4 of 9), naming the 5 factors to score; silent at 5 of 10', () => {
    expect(fired(ds, 'thin-scoring')).toEqual(['h08-thin-key@5:11']);
    expect(ds.find((d) => d.rule === 'thin-scoring')!.message)
      .toMatch(/^strength rests on 4 of 9 factors \(below 50\.0 %\), so the quadrant is provisional: .*score relationships, innovation, value_in_use, sustainability and trust$/);
  });

  it('early-stage-key: key at basic (h08); silent on key development at exploratory (h10) and key at co-operative or integrated', () => {
    expect(fired(ds, 'early-stage-key')).toEqual(['h08-thin-key@6:24']);
  });

  it('no-manager: the key account h08 (at its id); silent on the maintenance account h04', () => {
    expect(fired(ds, 'no-manager')).toEqual(['h08-thin-key@1:5']);
  });

  it('stale-opportunity: qualified with close the day before the as-of date; silent when close is the as-of date, or won', () => {
    expect(fired(ds, 'stale-opportunity')).toEqual(['h01-watch-drop@9:44']);
  });

  it('handover: hunt with a won opportunity (h05) and hunt on a key account (h08); silent on a hunted opportunistic account with nothing won (h06)', () => {
    expect(fired(ds, 'handover')).toEqual(['h05-hunt-won@4:12', 'h08-thin-key@3:12']);
  });

  it('price-buyer: key development seen as product provider (h03); silent on maintenance seen as commodity (h04)', () => {
    expect(fired(ds, 'price-buyer')).toEqual(['h03-kd-alerts@7:34']);
  });

  it('every new finding belongs to the account it is about', () => {
    for (const d of ds.filter((x) => NEW_RULES.has(x.rule))) expect(d.file).toBe(`accounts/${d.account}.yaml`);
  });
});

describe('portfolio findings (SPEC 8.2)', () => {
  it('manager-load counts normalised names: Dana Reyes has 3 (limit 2), Bob exactly 2 is silent', () => {
    const found = run.diagnostics.filter((d) => d.rule === 'manager-load');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^portfolio: Dana Reyes carries 3 key and key-development accounts \(limit 2\): .*\(h01-watch-drop, h03-kd-alerts, h12-dana-key\)$/);
    // On the config file, at the limit: line 3 is "  accounts_per_manager: 2", the value at column 25.
    expect(found.map((d) => `${d.file}@${d.line}:${d.column}:${d.account ?? 'none'}`)).toEqual(['kam.config.yaml@3:25:none']);
  });

  it('too-many-key (4 of 12, above 20 %) goes on the config file, at limits (no key_share line)', () => {
    const found = run.diagnostics.filter((d) => d.rule === 'too-many-key');
    expect(found.map((d) => `${d.file}@${d.line}:${d.column}:${d.account ?? 'none'}`)).toEqual(['kam.config.yaml@2:1:none']);
  });

  it('without a config file they go on the first account file in walk order, whatever it holds', async () => {
    const dir = tempDir();
    try {
      // b-key.yaml and c-key.yaml are key; a-maintenance.yaml, first in walk order, is not.
      copyFileSync(join(cwd, 'accounts', 'h04-sales-risk.yaml'), join(dir.path, 'a-maintenance.yaml'));
      copyFileSync(join(cwd, 'accounts', 'h11-bob-key.yaml'), join(dir.path, 'b-key.yaml'));
      copyFileSync(join(cwd, 'accounts', 'h12-dana-key.yaml'), join(dir.path, 'c-key.yaml'));
      const r = await runPortfolio({ paths: ['.'], cwd: dir.path, today: '2026-11-22' });
      const found = r.diagnostics.filter((d) => d.rule === 'too-many-key');
      expect(found.map((d) => `${d.file}@${d.line}:${d.column}:${d.account ?? 'none'}`)).toEqual(['a-maintenance.yaml@1:1:none']);
    } finally {
      dir.remove();
    }
  });
});

describe('accountHealth reads the limits from the config', () => {
  const account: Account = {
    id: 'a', name: 'A',
    performance: { sales: { target: 100, achieved: 80 }, satisfaction: [{ date: '2026-01-01', score: 6.5 }] },
  };
  it('with the defaults: 6.5 is fine, 0.8 is watch (below 0.9, not below 0.75)', () => {
    expect(accountHealth(account, defaultConfig(), '2026-11-22').reasons.map((r) => `${r.signal} ${r.level}`)).toEqual(['sales watch']);
  });
  it('with min_satisfaction 7 and risk_sales_attainment 0.85: 6.5 is watch, 0.8 at risk', () => {
    const config = defaultConfig();
    config.limits.min_satisfaction = 7;
    config.limits.risk_sales_attainment = 0.85;
    expect(accountHealth(account, config, '2026-11-22').reasons.map((r) => `${r.signal} ${r.level}`)).toEqual(['satisfaction-low watch', 'sales at-risk']);
  });
  it('two entries on the same date: the later one in the file is the latest', () => {
    const h = accountHealth({ id: 'a', name: 'A', performance: { satisfaction: [{ date: '2026-05-01', score: 9 }, { date: '2026-05-01', score: 4 }] } }, defaultConfig(), '2026-11-22');
    expect(h.satisfaction).toMatchObject({ latest: { score: 4 }, previous: { score: 9 }, change: -5 });
    expect(h.status).toBe('at-risk');
  });
});

describe('the score table on a terminal', () => {
  it('at 80 columns shortens the health word before dropping columns', () => {
    const text = formatTable(run.accounts, { colors: NO_COLORS, width: 80, config: run.config });
    expect(text.split('\n').find((l) => l.startsWith('KD Alerts'))).toMatch(/Key development\s+✗ risk\s/);
    expect(text.split('\n').find((l) => l.startsWith('Hunt Won'))).toMatch(/Opportunistic\s+✓ ok\s/);
  });

  it('at 140 columns writes the health word in full and keeps the opportunity counts', () => {
    const text = formatTable(run.accounts, { colors: NO_COLORS, width: 140, config: run.config });
    expect(text.split('\n')[0]).toMatch(/Quadrant\s+Health\s+Positioning\s+Stage\s+Opps$/);
    expect(text.split('\n').find((l) => l.startsWith('KD Alerts'))).toMatch(/Key development\s+✗ at risk\s/);
    expect(text.split('\n').find((l) => l.startsWith('Hunt Won'))).toMatch(/Opportunistic\s+✓ healthy\s/);
  });
});

describe('guidance per perceived level (DOMAIN.md, relationship levels)', () => {
  it('commodity: differentiate; product provider: the customer\'s aims, stage 1; value-add: stages 2 to 4; partner: the full process', () => {
    expect(PERCEIVED_NEXT_STEP.commodity.next).toMatch(/^differentiate and add benefits/);
    expect(PERCEIVED_NEXT_STEP['product-provider'].next).toMatch(/^understand the customer's aims and support some of them \(stage 1 of the KAM process/);
    expect(PERCEIVED_NEXT_STEP['value-add'].next).toBe('stages 2 to 4 of the KAM process: relationship plan, opportunity pipeline, performance and satisfaction measurement');
    expect(PERCEIVED_NEXT_STEP.partner.next).toMatch(/^the full KAM process/);
  });
});
