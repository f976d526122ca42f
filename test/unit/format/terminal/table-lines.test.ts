// The score table and the findings under it are made line by line (widths
// measured first, each row's cells made again as it is written), so that
// 100,000 accounts never hold every cell or line at once. The text must stay
// what the layout that held every cell gave: the snapshots in
// __snapshots__/table-lines.test.ts.snap were written by that layout (main at
// 14fae98), for rows that stress it: long, wide and unsafe names, ties, missing
// scores, revenue, manager, positioning and stage, provisional and borderline
// quadrants, and a team label with a tab in it.
import { describe, expect, it } from 'vitest';
import type { AccountResult } from '../../../../src/core/analyze.js';
import { ansiColors, NO_COLORS } from '../../../../src/format/colors.js';
import { formatStylish, stylishLines } from '../../../../src/format/check/stylish.js';
import { formatTable, tableLines } from '../../../../src/format/terminal/table.js';
import { sortAccounts } from '../../../../src/core/sort.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { ROOT } from '../../../helpers/run-kam.js';

const run = await runPortfolio({ paths: ['examples/accounts'], cwd: ROOT, today: '2030-01-01' });
const [first, second, third] = run.accounts as [AccountResult, AccountResult, AccountResult];
const accounts: AccountResult[] = [
  ...run.accounts,
  { ...first, id: 'long', name: `Nordwind Logistik GmbH & Co. KG, Zweigniederlassung ${'Süd'.repeat(8)}` },
  { ...first, id: 'wide', name: '日本ロジスティクス株式会社 😀', manager: 'Ĳsbrand van der Ŵal' },
  { ...first, id: 'unsafe', name: 'Tab\there \u001b[31mred\u001b[0m', manager: 'line\nbreak' },
  // Ties with the first account on every sort key but the name.
  { ...first, id: 'tie-a', name: 'Tie A' },
  { ...first, id: 'tie-b', name: 'Tie B' },
  {
    ...second, id: 'missing', name: 'Nothing scored', attractiveness: null, strength: null, quadrant: 'unclassified', manager: null,
    positioning: null, relationship: null, opportunities: [], revenue: { current: null, potential: null }, stability: null, provisional: false,
  },
  { ...third, id: 'provisional', name: 'Provisional', provisional: true },
  { ...third, id: 'borderline', name: 'Borderline', provisional: false, stability: { borderline: true, minimalChange: null } },
  { ...second, id: 'half', name: 'Half known', relationship: { stage: 'basic', customerView: null, gap: null }, health: { ...second.health, status: 'unknown' } },
];
const config = { ...run.config, labels: { ...run.config.labels, key: 'Key\taccount' } };
const options = (width: number, layout: 'fit' | 'full', colored = false) => ({ colors: colored ? ansiColors(1) : NO_COLORS, width, config, layout });

describe('the score table made line by line', () => {
  it.each([
    [40, 'fit'], [60, 'fit'], [80, 'fit'], [200, 'fit'], [80, 'full'],
  ] as const)('at %i columns, %s layout: the text of the all-cells layout', (width, layout) => {
    for (const colored of [false, true]) {
      const lines = [...tableLines(accounts, options(width, layout, colored))];
      expect(lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1)).toBe(true);
      expect(lines.join('')).toMatchSnapshot(colored ? 'colour' : 'plain');
    }
  });

  it('sorted by each key both ways, as the all-cells layout sorted it', () => {
    const text = (['name', 'revenue', 'health', 'manager', 'stage', 'opportunities', 'quadrant'] as const)
      .flatMap((key) => [false, true].map((reverse) => formatTable(sortAccounts(accounts, key, reverse), options(80, 'full'))));
    expect(text.join('\n----\n')).toMatchSnapshot();
  });

  it('makes no row before it is read, and each row once', () => {
    let made = 0;
    const counted = accounts.map((a) => new Proxy(a, { get: (t, p) => (p === 'revenue' ? (made++, t.revenue) : t[p as keyof AccountResult]) }));
    const lines = tableLines(counted, options(200, 'full'))[Symbol.iterator]();
    // Widths are measured when the table is asked for: each row's cells once.
    const measured = made;
    expect(measured).toBe(accounts.length);
    lines.next(); // the heading
    expect(made).toBe(measured);
    lines.next(); // the first row
    expect(made).toBe(measured + 1);
    while (!lines.next().done);
    expect(made).toBe(2 * measured);
  });
});

describe('findings made line by line', () => {
  it.each([undefined, 60])('join to the formatted text (width %s)', (width) => {
    const opts = { colors: ansiColors(1), files: 13, ...(width ? { width } : {}) };
    expect(formatStylish(run.diagnostics, opts)).toMatchSnapshot();
    const lines = [...stylishLines(run.diagnostics, opts)];
    expect(lines.length).toBeGreaterThan(run.diagnostics.length);
    expect(lines.join('')).toBe(formatStylish(run.diagnostics, opts));
  });
});
