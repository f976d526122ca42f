// Human output at a given terminal width: the table narrows and drops
// columns in FIT_STEPS order before it cuts a name, findings and legends wrap
// at words with a hanging indent, and nothing is longer than the width.
// Layout is linear in accounts and in text length (a 200,000-character name
// with an astral character, 20,000 accounts: both would hang a layout that
// compares every cell with every other or re-measures a string per cut).
import { describe, expect, it } from 'vitest';
import type { AccountResult } from '../../../../src/core/analyze.js';
import { NO_COLORS } from '../../../../src/format/colors.js';
import { formatStylish } from '../../../../src/format/check/stylish.js';
import { formatSummary, formatTable } from '../../../../src/format/terminal/table.js';
import { displayWidth, truncateTo, wrapText } from '../../../../src/format/terminal-text.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { ROOT } from '../../../helpers/run-kam.js';

const run = await runPortfolio({ paths: ['examples/accounts'], cwd: ROOT, today: '2030-01-01' });
const fit = (width: number) => ({ colors: NO_COLORS, width, config: run.config, layout: 'fit' as const });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every line fits, and every word of a wrapped text comes back whole. */
function expectFits(text: string, width: number) {
  for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
}

describe('terminal text widths', () => {
  it('counts columns, not code units', () => {
    expect(displayWidth('Nordwind')).toBe(8);
    expect(displayWidth('日本')).toBe(4); // wide
    expect(displayWidth('e\u0301')).toBe(1); // combining accent
    expect(displayWidth('😀')).toBe(2); // astral, two code units, two columns
    expect(displayWidth('𝒳')).toBe(1); // astral, two code units, one column
  });

  it('cuts at a column, never inside a surrogate pair', () => {
    expect(truncateTo('Nordwind Logistik GmbH', 10)).toBe('Nordwind …');
    expect(truncateTo('ab😀cd', 4)).toBe('ab…'); // the emoji (2 columns) would need 5
    expect(truncateTo('ab😀cd', 5)).toBe('ab😀…');
    const long = `${'x'.repeat(100_000)}😀${'y'.repeat(100_000)}`;
    const cut = truncateTo(long, 30);
    expect(cut).toBe(`${'x'.repeat(29)}…`);
    expect(truncateTo(`😀${long}`, 4)).toBe('😀x…');
  });

  it('wraps at spaces with a hanging indent', () => {
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', '  three', '  four', '  five']);
    expect(wrapText('perception-gap is a rule', 14)).toEqual(['perception-gap', 'is a rule']);
    // Only a word longer than a whole line is split.
    expect(wrapText('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
  });
});

describe('kam score table at 60, 80 and 200 columns', () => {
  const names = run.accounts.map((a) => a.name);
  const heading = (table: string) => table.split('\n')[0]!.split(/\s+/);

  it.each([60, 80, 200])('fits %i columns without cutting a name', (width) => {
    const table = formatTable(run.accounts, fit(width));
    expectFits(table, width);
    for (const name of names) expect(table).toContain(`${name}  `);
    expect(table).not.toContain('…');
    expect(table).toMatchSnapshot();
    const summary = formatSummary(run.accounts, run.portfolio, fit(width));
    expectFits(summary, width);
    expect(summary).toMatchSnapshot();
  });

  it('drops columns in the documented order', () => {
    // Longest name 24 (Meridian Pharmaceuticals), A 4, S 4, Quadrant 15 ("Key development"), gaps of 2.
    // 60: 24+4+4+15 + 3 gaps = 53; the short positioning (11 with its heading) would make 66.
    expect(heading(formatTable(run.accounts, fit(60)))).toEqual(['Account', 'A', 'S', 'Quadrant']);
    // 80: 53 + 2 + 6 (health narrowed to "✓ ok", under its 6-wide heading) + 2 + 11 (positioning) = 74;
    // Stage ("Inter/Inter", 11) would make 87. Health is dropped last, only below 60.
    expect(heading(formatTable(run.accounts, fit(80)))).toEqual(['Account', 'A', 'S', 'Quadrant', 'Health', 'Positioning']);
    expect(heading(formatTable(run.accounts, fit(200)))).toEqual(['Account', 'Manager', 'Revenue', 'A', 'S', 'Quadrant', 'Health', 'Positioning', 'Stage', 'Opps']);
    expect(formatTable(run.accounts, fit(200))).toContain('Strategic partner');
  });

  it('cuts names only when nothing is left to drop', () => {
    const table = formatTable(run.accounts, fit(50));
    expect(heading(table)).toEqual(['Account', 'A', 'S', 'Quadrant']);
    expectFits(table.split('\nA attractiveness')[0]!, 50);
    // 50 - (4+4+15 + 3 gaps) = 21 columns for names: "Meridian Pharmaceuticals" (24) is cut to 20 + "…".
    expect(table).toContain('Meridian Pharmaceuti…');
    expect(table).toContain('ACME Industrial plc  ');
  });

  it('piped: every column, nothing cut, one tab-separated row per account', () => {
    const table = formatTable(run.accounts, { ...fit(40), layout: 'full' });
    const rows = table.split('\n').slice(0, run.accounts.length + 1).map((l) => l.split('\t').map((c) => c.trim()));
    for (const row of rows) expect(row).toHaveLength(10);
    expect(rows.slice(1).map((r) => r[0])).toEqual(names);
  });
});

describe('linear in accounts and in text length', () => {
  const base = run.accounts[0]!;
  it('lays out a 200,000-character name with one astral character', () => {
    const name = `Nordwind ${'x'.repeat(100_000)}😀${'y'.repeat(100_000)} Logistik`;
    const accounts: AccountResult[] = [{ ...base, name }, ...run.accounts.slice(1)];
    const table = formatTable(accounts, fit(80));
    expectFits(table, 80);
    expect(table).not.toMatch(LONE_SURROGATE);
    const full = formatTable(accounts, { ...fit(80), layout: 'full' });
    expect(full).toContain(name); // piped: whole
    const legendAndSummary = formatSummary(accounts, run.portfolio, fit(80));
    expect(legendAndSummary).not.toMatch(LONE_SURROGATE);
  });

  it('lays out 20,000 accounts, one row each', () => {
    const accounts = Array.from({ length: 20_000 }, (_, i): AccountResult => ({ ...run.accounts[i % 13]!, id: `a${i}`, name: `Account ${i}` }));
    const table = formatTable(accounts, fit(80));
    const lines = table.split('\n');
    expect(lines[20_000]).toMatch(/^Account 19999 /);
    expect(lines[20_001]).toMatch(/^A attractiveness/);
  });
});

describe('findings wrap at words under the message', () => {
  it.each([60, 80, 200])('at %i columns', (width) => {
    const text = formatStylish(run.diagnostics, { colors: NO_COLORS, files: 13, width });
    expectFits(text, width);
    expect(text).toMatchSnapshot();
    // Joining each finding's lines gives the message and the rule back, word for word.
    const findings = text.split('\n').reduce<string[]>((all, line) => {
      if (/^ {2}\d+:\d+ /.test(line)) all.push(line.trim());
      else if (/^ {10,}\S/.test(line)) all[all.length - 1] += ` ${line.trim()}`;
      return all;
    }, []);
    expect(findings).toHaveLength(run.diagnostics.length);
    findings.forEach((f, i) => {
      const d = run.diagnostics[i]!;
      expect(f.replace(/\s+/g, ' ')).toBe(`${d.line}:${d.column} ${d.severity} ${d.message} ${d.rule}`.replace(/\s+/g, ' '));
    });
  });
});

describe('progress line', () => {
  it('draws at most every 100 ms, each phase at once, and erases itself', async () => {
    const { createProgress } = await import('../../../../src/cli/progress.js');
    let written = '';
    let clock = 0;
    const p = createProgress({ write: (s: string) => (written += s) }, () => clock);
    // 5,000 files, one every millisecond: drawn at 0, 100, …, 4900 ms (50 times) and at the last file.
    for (let i = 1; i <= 5000; i++) {
      clock = i - 1;
      p.files(i, 5000);
    }
    p.phase('checking the portfolio');
    p.end();
    const draws = written.split('\r\u001b[2K').filter(Boolean);
    expect(draws.filter((d) => d.startsWith('kam: reading files'))).toHaveLength(51);
    expect(draws[0]).toBe('kam: reading files 1 / 5000');
    expect(draws[50]).toBe('kam: reading files 5000 / 5000');
    expect(draws[51]).toBe('kam: checking the portfolio (5000 files read)');
    expect(written.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('shows nothing for a small run', async () => {
    const { createProgress } = await import('../../../../src/cli/progress.js');
    let written = '';
    const p = createProgress({ write: (s: string) => (written += s) }, () => 0);
    for (let i = 1; i <= 999; i++) p.files(i, 999);
    p.phase('checking the portfolio');
    p.end();
    expect(written).toBe('');
  });
});
