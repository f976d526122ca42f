// Health seen in every output, through the real binary, on the portfolio of
// test/fixtures/health (worked out in test/unit/core/health.test.ts):
// at risk h02 (revenue 100), h03 (300), h04 (50), h09 (none); watch h01.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runKam, tempDir } from '../helpers/run-kam.js';

const cwd = join(FIXTURES, 'health');
const dir = tempDir();
afterAll(() => dir.remove());

describe('kam score', () => {
  it('has a health column with a mark and a word, and marks a provisional quadrant with *', async () => {
    const r = await runKam(['score', 'accounts'], { cwd });
    const row = (name: string) => r.stdout.split('\n').find((l) => l.startsWith(name))!;
    expect(r.stdout.split('\n')[0]).toMatch(/Quadrant\s+Health\s+Positioning/);
    // piped: every column, the health word whole
    expect(row('KD Alerts')).toMatch(/Key development\s+✗ at risk\s/);
    expect(row('Watch Drop')).toMatch(/Key\s+! watch\s/);
    expect(row('Hunt Won')).toMatch(/Opportunistic\s+✓ healthy\s/);
    expect(row('Unknown')).toMatch(/Maintenance\s+\? unknown\s/);
    expect(row('Thin Key')).toMatch(/Key \*\s+\? unknown\s/);
    expect(r.stdout).toContain('Health: ✗ at risk 4 · ! watch 1 · ✓ healthy 3 · ? unknown 4');
  });

  it('CSV has the health and coverage columns after the SPEC columns', async () => {
    const r = await runKam(['score', 'accounts', '--format', 'csv'], { cwd });
    const lines = r.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    const head = lines[0]!.split(',');
    // Columns only grow at the end: the 21 of the first CSV, then these ten (the plan's come after).
    expect(head.slice(21, 31)).toEqual(['health', 'health_reasons', 'satisfaction_latest', 'sales_attainment', 'open_alerts',
      'attractiveness_scored', 'attractiveness_factors', 'strength_scored', 'strength_factors', 'provisional']);
    const h04 = lines.find((l) => l.startsWith('h04-sales-risk,'))!;
    // no satisfaction, 749 / 1000, no alert; 5 of 10 and 5 of 9 factors
    expect(h04.split(',').slice(21, 31).join(',')).toBe('at-risk,sales achieved at 74.9 % of target (749 of 1000; below 75.0 %),,0.749,0,5,10,5,9,false');
    const h08 = lines.find((l) => l.startsWith('h08-thin-key,'))!;
    expect(h08.split(',').slice(21, 31).join(',')).toBe('unknown,,,,0,5,10,4,9,true');
  });
});

describe('kam show', () => {
  it('has a health block: satisfaction as a sparkline, sales against target as a bar, open alerts, the reasons', async () => {
    const r = await runKam(['show', 'h02-low-satisfaction', '--in', 'accounts'], { cwd });
    expect(r.stdout).toContain('Health       ✗ at risk');
    // 5 → 3: 5/10·7 = 3.5 rounds to block 4 (▅), 3/10·7 = 2.1 to block 2 (▃); the 2026-12-01 entry is after the as-of date
    expect(r.stdout).toContain('  Satisfaction  ▅▃  5 → 3  (latest 2026-09-01, −2 since 2026-03-01)');
    expect(r.stdout).toContain('  Open alerts   medium since 2026-10-01: slow payments');
    expect(r.stdout).toContain('  ✗ satisfaction 3/10 on 2026-09-01 (3 or less)');
    const h03 = await runKam(['show', 'h03-kd-alerts', '--in', 'accounts'], { cwd });
    // 150 / 200 = 75 % of a 20-cell bar: 15 full cells, 5 empty
    expect(h03.stdout).toContain(`  Sales         ${'█'.repeat(15)}${'░'.repeat(5)} 75.0 % of target (forecast 150 of 200)`);
    expect(h03.stdout).toContain('Manager      Dana Reyes carries 3 accounts (3 key or key development), 1,000 current revenue');
    expect(h03.stdout).toContain("next: understand the customer's aims and support some of them (stage 1 of the KAM process");
  });

  it('marks a provisional quadrant and shows coverage beside the scores', async () => {
    const r = await runKam(['show', 'h08-thin-key', '--in', 'accounts'], { cwd });
    expect(r.stdout).toMatch(/^Relative strength 8\.00 {2}4 of 9 factors scored/m);
    expect(r.stdout).toContain('Provisional  strength rests on 4 of 9 factors');
  });
});

describe('the reports', () => {
  it('Markdown: "At risk" comes first, largest revenue first, and findings are grouped by account, portfolio and at-risk key accounts first', async () => {
    const r = await runKam(['report', 'accounts', '--format', 'markdown'], { cwd });
    const md = r.stdout;
    expect(md.indexOf('## At risk')).toBeLessThan(md.indexOf('## The matrix'));
    const atRisk = md.slice(md.indexOf('## At risk'), md.indexOf('| Quadrant | Accounts |'));
    const order = ['KD Alerts', 'Low Satisfaction', 'Sales Risk', 'Drop Three'].map((n) => atRisk.indexOf(`| ${n} |`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const groups = [...md.matchAll(/^### (.*)$/gm)].map((m) => m[1]!.split(' (')[0]);
    // portfolio; at-risk key development h03; other at-risk by revenue h02, h04, h09; key and key development by revenue: h01 500, h12 200, then h08, h10 (none)
    expect(groups.slice(0, 8)).toEqual(['The portfolio', 'KD Alerts', 'Low Satisfaction', 'Sales Risk', 'Drop Three', 'Watch Drop', 'Dana Key', groups[7]]);
    expect(['Thin Key', 'Bob Development', 'Bob Key']).toContain(groups[7]);
  });

  it('HTML: an "At risk" section before the matrix, health and coverage columns, grouped findings, manager load with revenue', async () => {
    const out = join(dir.path, 'health.html');
    const r = await runKam(['report', 'accounts', '-o', out], { cwd });
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.indexOf('<section id="at-risk">')).toBeLessThan(page.indexOf('<section id="matrix">'));
    const atRisk = page.slice(page.indexOf('<table id="at-risk-table">'), page.indexOf('</table>', page.indexOf('<table id="at-risk-table">')));
    expect([...atRisk.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['h03-kd-alerts', 'h02-low-satisfaction', 'h04-sales-risk', 'h09-drop-three']);
    expect(page).toMatch(/<td>Thin Key<\/td>.*<td class="n">5\/10 · 4\/9<\/td><td><span class="q"[^>]*>Key<\/span> <span title="provisional/);
    expect(page).toContain('<span class="h-watch" data-health="watch">! watch</span>');
    const findings = page.slice(page.indexOf('<table id="findings">'));
    expect(findings.indexOf('<th colspan="4">The portfolio</th>')).toBeLessThan(findings.indexOf('KD Alerts'));
    expect(page).toMatch(/<tr><td>Dana Reyes<\/td><td class="n">3<\/td>.*?<td class="n">3<\/td><td class="n">1,000<\/td><\/tr>/);
  });
});
