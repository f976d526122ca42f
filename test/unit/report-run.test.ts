// The small run behind the table and the reports: no plan views kept, account
// data only for the per-account sections, and the same reports as a run that
// keeps everything.
import { describe, expect, it } from 'vitest';
import { NO_COLORS } from '../../src/format/colors.js';
import { formatHtml } from '../../src/format/html.js';
import { formatMarkdownReport } from '../../src/format/markdown-report.js';
import { sectionAccounts } from '../../src/format/report-data.js';
import { formatSummary, formatTable } from '../../src/format/table.js';
import { formatChart } from '../../src/format/terminal-chart.js';
import { SORT_KEYS, sortAccounts } from '../../src/core/sort.js';
import { runPortfolio } from '../../src/portfolio-run.js';
import { reportRun } from '../../src/report-run.js';
import { ROOT } from '../helpers/run-kam.js';

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
});
