// `kam report -o review.xlsx`, read back with exceljs cell by cell. Expected
// values come from examples/EXPECTED.md (scores, quadrants, revenue) and the
// account files; ACME is the first account in file order.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/format/report/csv.js';
import { runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir('kam-xlsx-');
afterAll(() => dir.remove());

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const { ValueType } = ExcelJS;

describe('kam report -o review.xlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const out = join(dir.path, 'review.xlsx');
    const r = await runKam(['report', 'examples/accounts', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote');
    workbook = await read(out);
  });

  it('has the Accounts, Findings and Portfolio sheets, each with a frozen header and an autofilter', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Accounts', 'Findings', 'Portfolio']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    // 13 accounts under the header; one column per CSV column and the revenue share.
    const last = workbook.getWorksheet('Accounts')!.getColumn(CSV_COLUMNS.length + 1).letter;
    expect(workbook.getWorksheet('Accounts')!.autoFilter).toBe(`A1:${last}14`);
  });

  it('writes numbers as numbers with score, currency and percent formats, text as text', () => {
    const sheet = workbook.getWorksheet('Accounts')!;
    const head = (sheet.getRow(1).values as unknown[]).slice(1);
    // The CSV's columns (the first 21 of SPEC order, then health, coverage and plan), then the revenue share.
    expect(head).toEqual([...CSV_COLUMNS, 'revenue_share']);
    expect(head.slice(0, 21)).toEqual([
      'id', 'name', 'file', 'manager', 'industry', 'attractiveness', 'strength', 'quadrant', 'positioning', 'spend', 'significance',
      'stage', 'customer_view', 'gap', 'perceived_level', 'revenue_current', 'revenue_potential', 'opportunities', 'go', 'qualify', 'no_go',
    ]);
    const acme = sheet.getRow(2);
    const cell = (name: string) => acme.getCell(head.indexOf(name) + 1);
    const expectCell = (name: string, value: unknown, type: number, numFmt?: string) => {
      expect(cell(name).value, name).toBe(value);
      expect(cell(name).type, name).toBe(type);
      if (numFmt) expect(cell(name).numFmt, name).toBe(numFmt);
    };
    expectCell('id', 'acme-industrial', ValueType.String);
    expectCell('name', 'ACME Industrial plc', ValueType.String);
    expectCell('manager', 'Dana Reyes', ValueType.String);
    expectCell('attractiveness', 7.64, ValueType.Number, '0.00'); // 107 / 14
    expectCell('strength', 7.64, ValueType.Number, '0.00'); // 84 / 11
    expectCell('revenue_current', 4200000, ValueType.Number, '#,##0 "EUR"');
    expectCell('revenue_potential', 6000000, ValueType.Number, '#,##0 "EUR"');
    expectCell('go', 1, ValueType.Number);
    expectCell('gap', 0, ValueType.Number);
    expect(cell('revenue_share').numFmt).toBe('0.0%');
    expect(cell('revenue_share').value as number).toBeCloseTo(4.2 / 14.2, 10);
    expectCell('quadrant', 'Key', ValueType.String);
    expect(cell('quadrant').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1B7F3B' } });
    // Kestrel (row 8 in file order) has no strength score: an empty cell, not 0 or "null".
    const kestrel = sheet.getRow(8);
    expect(kestrel.getCell(1).value).toBe('kestrel-aerospace');
    expect(kestrel.getCell(head.indexOf('strength') + 1).type).toBe(ValueType.Null);
    expect(kestrel.getCell(head.indexOf('quadrant') + 1).value).toBe('Unclassified');
  });

  it('lists the findings and the portfolio figures', () => {
    const findings = workbook.getWorksheet('Findings')!;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'account', 'message', 'accepted', 'accepted_until']);
    const first = findings.getRow(2);
    expect([first.getCell(1).value, first.getCell(2).value, first.getCell(3).value, first.getCell(4).value, first.getCell(5).value, first.getCell(6).value])
      .toEqual(['examples/accounts/acme-industrial.yaml', 11, 12, 'warning', 'concentration', 'acme-industrial']);
    expect(first.getCell(2).type).toBe(ValueType.Number);

    const portfolio = workbook.getWorksheet('Portfolio')!;
    const rows = new Map<string, ExcelJS.Cell>();
    portfolio.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), row.getCell(2));
    });
    expect(rows.get('accounts')!.value).toBe(13);
    expect(rows.get('revenue (current)')!.value).toBe(14200000);
    expect(rows.get('revenue (current)')!.numFmt).toBe('#,##0 "EUR"');
    expect(rows.get('top account share')!.value).toBe(0.2958);
    expect(rows.get('top account share')!.numFmt).toBe('0.0%');
    expect(rows.get('top 20 % of accounts share')!.value).toBe(0.5704);
    expect(rows.get('accounts: Key')!.value).toBe(4);
    expect(rows.get('key + key development: Dana Reyes')!.value).toBe(4);
  });
});

describe('workbook safety and filters', () => {
  it('account text that looks like a formula stays text', async () => {
    const root = join(dir.path, 'hostile');
    mkdirSync(join(root, 'accounts'), { recursive: true });
    writeFileSync(join(root, 'accounts', 'evil.yaml'), 'id: evil\nname: "=HYPERLINK(\\"http://x\\",\\"y\\")"\nmanager: "+cmd|calc"\nindustry: "@SUM(A1)"\nrevenue: { current: 5 }\n');
    const r = await runKam(['report', '-o', 'out.xlsx'], { cwd: root });
    expect(r.code).toBe(0);
    const row = (await read(join(root, 'out.xlsx'))).getWorksheet('Accounts')!.getRow(2);
    for (const [col, text] of [[2, '=HYPERLINK("http://x","y")'], [4, '+cmd|calc'], [5, '@SUM(A1)']] as const) {
      expect(row.getCell(col).type).toBe(ValueType.String);
      expect(row.getCell(col).value).toBe(text);
      expect(row.getCell(col).formula).toBeUndefined();
    }
  });

  it('a filtered workbook has the chosen accounts; the portfolio sheet keeps the whole portfolio', async () => {
    const out = join(dir.path, 'key.xlsx');
    await runKam(['report', 'examples/accounts', '--quadrant', 'key', '-o', out]);
    const workbook = await read(out);
    const ids: unknown[] = [];
    workbook.getWorksheet('Accounts')!.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).value);
    });
    expect(ids).toEqual(['acme-industrial', 'meridian-pharma', 'nordlys-energy', 'solano-water']);
    const values: unknown[] = [];
    workbook.getWorksheet('Portfolio')!.eachRow((row) => values.push([row.getCell(1).value, row.getCell(2).value]));
    expect(values).toContainEqual(['accounts', 13]);
    expect(values).toContainEqual(['accounts shown in this workbook', 4]);
  });

  it('--format xlsx without -o writes the workbook to a piped standard output', async () => {
    const r = await runKam(['report', 'examples/accounts', '--format', 'xlsx']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('PK')).toBe(true); // a zip archive
  });
});
