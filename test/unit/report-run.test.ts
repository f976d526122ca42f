// The small run behind the table and the reports: no plan views kept, account
// data only for the per-account sections, and the same reports as a run that
// keeps everything.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/format/html.js';
import { formatMarkdownReport } from '../../src/format/markdown-report.js';
import { sectionAccounts } from '../../src/format/report-data.js';
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
});
