// The small run behind the table and the reports: no plan views kept, account
// data only for the per-account sections, and the same reports as a run that
// keeps everything.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AccountResult } from '../../../src/core/analyze.js';
import { NO_COLORS } from '../../../src/format/colors.js';
import { formatHtml, htmlReportChunks } from '../../../src/format/report/html.js';
import { formatMarkdownReport, markdownReportChunks } from '../../../src/format/report/markdown.js';
import { atRiskAccounts, MAX_AT_RISK, MAX_SECTIONS, sectionAccounts } from '../../../src/format/report/data.js';
import { formatSummary, formatTable } from '../../../src/format/terminal/table.js';
import { formatChart } from '../../../src/format/terminal/chart.js';
import { SORT_KEYS, sortAccounts } from '../../../src/core/sort.js';
import { runPortfolio } from '../../../src/pipeline/portfolio-run.js';
import { reportRun } from '../../../src/pipeline/report-run.js';
import { ROOT, tempDir } from '../../helpers/run-kam.js';

const options = { paths: ['examples/accounts'], cwd: ROOT, today: '2030-01-01' };

describe('reportRun', () => {
  it('keeps no plan view and data for the section accounts only, and gives the same reports', async () => {
    const [small, full] = await Promise.all([reportRun(options, true), runPortfolio({ ...options, keepAccounts: true })]);
    expect(small.accounts.map((a) => a.plan)).toEqual(small.accounts.map(() => null));
    expect(full.accounts.some((a) => a.plan !== null)).toBe(true);
    // The examples: 13 accounts, of which the key and key-development ones get sections.
    const sections = sectionAccounts(full.accounts).map((a) => a.file).sort();
    expect(full.data.size).toBe(13);
    expect([...small.data.keys()].sort()).toEqual(sections);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThan(13);
    expect(formatHtml(small, { bubble: 'revenue' })).toBe(formatHtml(full, { bubble: 'revenue' }));
    expect(formatMarkdownReport(small)).toBe(formatMarkdownReport(full));
  });

  it('reads no account data when there are no sections to write', async () => {
    expect((await reportRun(options, false)).data.size).toBe(0);
  });

  it('keeps for the score table only what it shows, and the table, its sorts, chart and summary are those of a full run', async () => {
    const [small, full] = await Promise.all([reportRun(options, false), runPortfolio(options)]);
    // No health details and no opportunity names: the table shows the status and counts decisions.
    expect(small.accounts.every((a) => a.health.reasons.length === 0 && a.health.openAlerts.length === 0)).toBe(true);
    expect(full.accounts.some((a) => a.health.reasons.length > 0)).toBe(true);
    expect(small.accounts.flatMap((a) => a.opportunities).every((o) => o.id === '' && o.name === null)).toBe(true);
    expect(small.accounts.flatMap((a) => a.opportunities).length).toBeGreaterThan(0);
    // Equal coverages and relationships, and the slim health of equal statuses, are one shared object each.
    expect(small.accounts.map((a) => [a.health.status, a.coverage, a.relationship])).toEqual(full.accounts.map((a) => [a.health.status, a.coverage, a.relationship]));
    for (const pick of [(a: AccountResult): unknown => a.health, (a: AccountResult): unknown => a.coverage, (a: AccountResult): unknown => a.relationship]) {
      const values = small.accounts.map(pick);
      const distinct = new Set(values.map((v) => JSON.stringify(v))).size;
      expect(new Set(values).size).toBe(distinct);
      expect(distinct).toBeLessThan(small.accounts.length);
    }
    for (const layout of ['fit', 'full'] as const) {
      const table = { colors: NO_COLORS, width: 100, config: full.config, layout };
      for (const key of SORT_KEYS) {
        for (const reverse of [false, true]) {
          expect(formatTable(sortAccounts(small.accounts, key, reverse), table)).toBe(formatTable(sortAccounts(full.accounts, key, reverse), table));
        }
      }
      expect(formatChart(small.accounts, table)).toBe(formatChart(full.accounts, table));
      expect(formatSummary(small.accounts, small.portfolio, table)).toBe(formatSummary(full.accounts, full.portfolio, table));
    }
  });

  describe('with more key and at-risk accounts than the reports detail', () => {
    // 400 generated accounts, each with performance data: more than 100 are at
    // risk and more than 100 are key or key development, so the run must pick
    // which accounts to keep whole while they stream in.
    const dir = tempDir();
    afterAll(() => dir.remove());
    const generated = () => {
      execFileSync(process.execPath, [join(ROOT, 'bench/generate.js'), dir.path, '400', '--every-performance'], { stdio: 'ignore' });
      return { paths: [join(dir.path, 'accounts')], cwd: dir.path, today: '2026-11-20' };
    };

    it('keeps whole only the section and listed at-risk accounts, and gives the same reports', async () => {
      const big = generated();
      const [small, full] = await Promise.all([reportRun(big, true), runPortfolio({ ...big, keepAccounts: true })]);
      expect(sectionAccounts(full.accounts).length).toBe(MAX_SECTIONS);
      expect(full.accounts.filter((a) => a.quadrant === 'key' || a.quadrant === 'key-development').length).toBeGreaterThan(MAX_SECTIONS);
      expect(atRiskAccounts(full.accounts).length).toBeGreaterThan(MAX_AT_RISK);
      const whole = new Set([...sectionAccounts(full.accounts), ...atRiskAccounts(full.accounts).slice(0, MAX_AT_RISK)].map((a) => a.file));
      // Whole: the health reasons and opportunity ids are there; slim: neither.
      const kept = (a: (typeof small.accounts)[number]) => a.health.reasons.length > 0 || a.opportunities.some((o) => o.id !== '');
      expect(new Set(small.accounts.filter(kept).map((a) => a.file))).toEqual(new Set(full.accounts.filter((a) => whole.has(a.file) && kept(a)).map((a) => a.file)));
      const slim = small.accounts.filter((a) => !whole.has(a.file));
      expect(slim.length).toBeGreaterThan(150);
      expect(slim.every((a) => a.health.history.length === 0 && a.opportunities.every((o) => o.id === '' && o.name === null))).toBe(true);
      expect(full.accounts.filter((a) => !whole.has(a.file)).some((a) => a.health.reasons.length > 0)).toBe(true);
      expect(small.accounts.map((a) => a.file)).toEqual(full.accounts.map((a) => a.file));
      expect(formatHtml(small, { bubble: 'revenue' })).toBe(formatHtml(full, { bubble: 'revenue' }));
      expect(formatHtml(small, { bubble: 'potential' })).toBe(formatHtml(full, { bubble: 'potential' }));
      expect(formatMarkdownReport(small)).toBe(formatMarkdownReport(full));
      // What score and report write: the same text, a line (or a few, from the plan) a chunk.
      const chunks = [...markdownReportChunks(small)];
      expect(chunks.join('')).toBe(formatMarkdownReport(full));
      expect(chunks.length).toBeGreaterThan(400);
      expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
      // The page in pieces: the head, the accounts table's heading, a piece a row, the table's end, the rest.
      const pieces = [...htmlReportChunks(small, { bubble: 'potential' })];
      expect(pieces.join('')).toBe(formatHtml(full, { bubble: 'potential' }));
      expect(pieces).toHaveLength(small.accounts.length + 4);
      expect(pieces.slice(2, -2).every((row, i) => row.startsWith(i === 0 ? '<tr><td>' : '\n<tr><td>') && row.endsWith('</tr>'))).toBe(true);
    });

    it('among accounts of equal revenue, keeps whole the first ones in file order, as the reports list them', async () => {
      // 105 copies of a key account and 105 of an at-risk one, each group with one revenue.
      const tied = join(dir.path, 'tied');
      mkdirSync(tied);
      for (const [example, short] of [['acme-industrial', 'k'], ['fjord-paper', 'r']] as const) {
        const text = readFileSync(join(ROOT, 'examples/accounts', `${example}.yaml`), 'utf8');
        for (let i = 0; i < 105; i++) {
          const n = String(i).padStart(3, '0');
          writeFileSync(join(tied, `${short}${n}.yaml`), text.replace(/^id: .*$/m, `id: ${short}${n}`).replace(/^name: .*$/m, `name: ${short.toUpperCase()} ${n}`));
        }
      }
      const ties = { paths: [tied], cwd: dir.path, today: '2026-11-20' };
      const [small, full] = await Promise.all([reportRun(ties, true), runPortfolio({ ...ties, keepAccounts: true })]);
      expect(sectionAccounts(full.accounts).length).toBe(MAX_SECTIONS);
      expect(atRiskAccounts(full.accounts).length).toBe(105);
      expect(formatHtml(small, { bubble: 'revenue' })).toBe(formatHtml(full, { bubble: 'revenue' }));
      expect(formatMarkdownReport(small)).toBe(formatMarkdownReport(full));
    });
  });
});
