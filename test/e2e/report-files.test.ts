// CSV and Markdown reports read back by real consumers, with hostile account text.
import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/format/report/csv.js';
import { EXAMPLES, ROOT, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir();
afterAll(() => dir.remove());

describe('CSV', () => {
  it('has the documented columns, one row per account, numbers as numbers', async () => {
    const r = await runKam(['score', join(EXAMPLES, 'accounts'), '--format', 'csv']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toMatch(/\r\n$/);
    const rows: string[][] = parse(r.stdout, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(14);
    const acme = rows.find((row) => row[0] === 'acme-industrial')!;
    const col = (name: string) => acme[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
    expect([col('attractiveness'), col('strength'), col('quadrant'), col('revenue_current'), col('go'), col('qualify')]).toEqual(['7.64', '7.64', 'key', '4200000', '1', '1']);
  });

  it.each(['accounts.csv', 'scores.json'])('-o %s says how many accounts it wrote, with a filter of how many', async (name) => {
    // Both are written as accounts are scored, keeping none: the count comes from the run.
    const out = join(dir.path, name);
    const all = await runKam(['report', join(EXAMPLES, 'accounts'), '-o', out]);
    expect(all.stderr).toBe(`kam: wrote ${out} (13 accounts)\n`);
    const key = await runKam(['report', join(EXAMPLES, 'accounts'), '-o', out, '--quadrant', 'key']);
    expect(key.stderr).toBe(`kam: wrote ${out} (4 of 13 accounts)\n`);
    expect(readFileSync(out, 'utf8')).toContain('acme-industrial');
  });

  it('neutralises formula injection and keeps quotes, commas and numbers intact', async () => {
    const r = await runKam(['score', 'test/fixtures/hostile/accounts', '--format', 'csv']);
    const rows: Record<string, string>[] = parse(r.stdout, { bom: true, columns: true });
    const evil = rows.find((row) => row.id === 'script-name')!;
    expect(evil.manager).toBe('\'=HYPERLINK("http://evil.example","click")');
    const plain = rows.find((row) => row.id === 'plain')!;
    expect(plain.name).toBe('Plain & Simple ; Ltd, "quoted"');
    expect(plain.manager).toBe("'+44 20 7946 0000");
    expect(plain.revenue_current).toBe('500');
    expect(plain.attractiveness).toBe('3');
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown and HTML written in pieces', () => {
  // 300 generated accounts: several 64 KiB batches, with multi-byte text (≈, ✓, –) across their edges.
  const portfolio = join(dir.path, 'generated');
  const accounts = join(portfolio, 'accounts');
  beforeAll(() => void execFileSync(process.execPath, [join(ROOT, 'bench/generate.js'), portfolio, '300'], { stdio: 'ignore' }));

  it.each([['md', 'markdown'], ['html', 'html']])('-o x.%s holds the bytes the report and kam score print', async (extension, format) => {
    const out = join(dir.path, `generated.${extension}`);
    const [written, printed, scored] = await Promise.all([
      runKam(['report', accounts, '-o', out]), runKam(['report', accounts, '--format', format]), runKam(['score', accounts, '--format', format]),
    ]);
    expect([written.code, printed.code, scored.code]).toEqual([0, 0, 0]);
    const file = readFileSync(out);
    expect(file.length).toBeGreaterThan(3 * 65536);
    expect(file.equals(Buffer.from(printed.stdout, 'utf8'))).toBe(true);
    expect(scored.stdout).toBe(printed.stdout);
  });
});

describe('Markdown', () => {
  it('renders the example portfolio with a Mermaid quadrant chart and writes atomically to -o', async () => {
    const out = join(dir.path, 'review.md');
    const r = await runKam(['report', join(EXAMPLES, 'accounts'), '-o', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Key account portfolio, 2026-11-22\n/);
    expect(md).toContain('```mermaid\nquadrantChart\n');
    expect(md).toContain('  "ACME Industrial plc": [0.764, 0.764]');
    expect(md).toMatch(/\| Key \| 4 \|/);
  });

  it('hostile names cannot break a table or create links, images, mentions or HTML', async () => {
    const r = await runKam(['score', 'test/fixtures/hostile/accounts', '--format', 'markdown']);
    const table = r.stdout.split('## Accounts')[1]!.split('\n## ')[0]!;
    const rows = table.split('\n').filter((l) => l.startsWith('| '));
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;
    for (const row of rows) expect(cells(row)).toBe(10);
    // Every markup character from the file is backslash-escaped (CommonMark then shows it as text).
    expect(r.stdout).not.toMatch(/(^|[^\\])<(script|img)|(^|[^\\])\]\(|(^|[^\\])!\[|(^|[^\\])@octocat/);
    expect(r.stdout).toContain('\\<script\\>');
    // Mermaid point names are quoted, with < > " as Mermaid's #code; entities (test/e2e/mermaid.test.ts renders them)
    expect(r.stdout).toContain('\n  "#60;script#62;window.__pwned = 1#60;/script#62;#60;img src=x onerror=#34;window.__pwned = 2#34;#62;#60;/td#62;#60;/tr#62;#60;/table#62;": [0.8, 0.8]\n');
  });

  it('refuses to write a report over an account file', async () => {
    const file = join(dir.path, 'a.yaml');
    writeFileSync(file, 'id: a\nname: A\n');
    const r = await runKam(['report', file, '-o', file, '--format', 'markdown']);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('id: a\nname: A\n');
  });
});
