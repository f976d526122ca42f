// Snapshot tests of the terminal views at a fixed width with colour off.
// The snapshots were read line by line when they were written: markers sit
// in their quadrants, bars match the scores, pulls add up to score − threshold.
import { describe, expect, it } from 'vitest';
import { accountDetail } from '../../../../src/format/account-detail.js';
import { NO_COLORS } from '../../../../src/format/colors.js';
import { formatShow } from '../../../../src/format/terminal/show.js';
import { formatChart } from '../../../../src/format/terminal/chart.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { ROOT } from '../../../helpers/run-kam.js';

// Relative paths, so the snapshot does not depend on where the repository is.
const run = await runPortfolio({ paths: ['examples/accounts'], cwd: ROOT, today: '2030-01-01', keepAccounts: true });

describe('terminal chart', () => {
  it('draws the example portfolio at 80 columns', () => {
    const chart = formatChart(run.accounts, { colors: NO_COLORS, width: 80, config: run.config });
    for (const line of chart.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(chart).toMatchSnapshot();
  });

  it('switches to density marks beyond 35 accounts', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...run.accounts[0]!, id: `a${i}`, name: `A ${i}`, attractiveness: 8, strength: 2 + (i % 3) }));
    const chart = formatChart(many, { colors: NO_COLORS, width: 80, config: run.config });
    expect(chart).toContain('60 accounts: . : * # = few to many per cell');
    expect(chart).not.toContain('A 1 ');
  });
});

describe('kam show', () => {
  it('shows ACME in depth, and the pulls add up to score − threshold', () => {
    const acme = run.accounts.find((a) => a.id === 'acme-industrial')!;
    const detail = accountDetail(acme, run.data.get(acme.file)!, run.config, run.asOf, run.diagnostics);
    const pulls = detail.attractiveness.reduce((s, f) => s + (f.contribution ?? 0), 0);
    expect(pulls).toBeCloseTo(107 / 14 - 5, 12);
    expect(formatShow(detail, { colors: NO_COLORS, config: run.config })).toMatchSnapshot();
  });
});
