/**
 * `-o review.xlsx`: the portfolio as an Excel workbook, written with exceljs
 * (loaded only when a workbook is asked for). Three sheets: Accounts (the
 * CSV columns plus the revenue share; frozen header, autofilter, numbers as
 * numbers, the quadrant as a coloured cell), Findings and Portfolio.
 *
 * Text from account files is written as text cells: exceljs writes a
 * formula only when given a formula object, so "=HYPERLINK(…)" in a name
 * stays the characters it is.
 */
import type { Worksheet } from 'exceljs';
import { label } from '../../core/labels.js';
import { QUADRANTS } from '../../core/portfolio.js';
import { accountRow, CSV_COLUMNS } from './csv.js';
import { QUADRANT_COLORS } from '../quadrant-colors.js';
import type { ReportData } from './data.js';
import { round } from '../report-object.js';

const SCORE = '0.00';
const PERCENT = '0.0%';
/** A thousands-separated amount followed by the currency code as literal text. */
const money = (currency: string) => `#,##0 "${currency.replace(/["\\]/g, '')}"`;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function header(sheet: Worksheet, columns: { header: string; width: number; numFmt?: string }[]): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.numFmt = 'General';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The autofilter over the header and every row, once the rows are in. */
function filterAll(sheet: Worksheet): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: sheet.columnCount } };
}

const WIDTHS: Partial<Record<(typeof CSV_COLUMNS)[number], number>> = { id: 22, name: 30, file: 34, manager: 18, industry: 18, quadrant: 16, positioning: 20 };

function accountsSheet(sheet: Worksheet, r: ReportData): void {
  const total = r.portfolio.revenue.total;
  const formats: Partial<Record<string, string>> = {
    attractiveness: SCORE, strength: SCORE, spend: SCORE, significance: SCORE,
    revenue_current: money(r.config.currency), revenue_potential: money(r.config.currency),
  };
  header(sheet, [
    ...CSV_COLUMNS.map((c) => ({ header: c, width: WIDTHS[c] ?? Math.max(10, c.length + 2), ...(formats[c] ? { numFmt: formats[c] } : {}) })),
    { header: 'revenue_share', width: 14, numFmt: PERCENT },
  ]);
  const quadrantColumn = CSV_COLUMNS.indexOf('quadrant') + 1;
  for (const a of r.accounts) {
    const share = total > 0 && a.revenue.current !== null ? a.revenue.current / total : null;
    const row = sheet.addRow([...accountRow(a), share]);
    const cell = row.getCell(quadrantColumn);
    cell.value = label(a.quadrant, r.config);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(QUADRANT_COLORS[a.quadrant]) } };
    cell.font = { color: { argb: 'FFFFFFFF' }, bold: true };
  }
}

function findingsSheet(sheet: Worksheet, r: ReportData): void {
  header(sheet, [
    { header: 'file', width: 34 }, { header: 'line', width: 6 }, { header: 'column', width: 8 }, { header: 'severity', width: 10 },
    { header: 'rule', width: 22 }, { header: 'account', width: 22 }, { header: 'message', width: 100 },
    { header: 'accepted', width: 40 }, { header: 'accepted_until', width: 14 },
  ]);
  for (const d of r.diagnostics) {
    sheet.addRow([d.file, d.line ?? null, d.column ?? null, d.severity, d.rule, d.account ?? null, d.message, d.accepted?.reason ?? null, d.accepted?.until ?? null]);
  }
}

function portfolioSheet(sheet: Worksheet, r: ReportData): void {
  const p = r.portfolio;
  header(sheet, [{ header: 'measure', width: 40 }, { header: 'value', width: 22 }]);
  const add = (measure: string, value: string | number | null, numFmt?: string) => {
    const row = sheet.addRow([measure, value]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  add('as of', r.asOf);
  add('accounts', p.accounts);
  if (r.showing) add('accounts shown in this workbook', r.showing.accounts);
  add('revenue (current)', p.revenue.total, money(r.config.currency));
  add('top account share', round(p.revenue.topShare, 4), PERCENT);
  add('top account', p.revenue.topAccount);
  add('top 20 % of accounts share', round(p.revenue.top20Share, 4), PERCENT);
  for (const q of QUADRANTS) add(`accounts: ${label(q, r.config)}`, p.quadrants[q]);
  for (const [manager, n] of Object.entries(p.managers)) add(`key + key development: ${manager}`, n);
}

export async function formatXlsx(r: ReportData): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kam';
  // A fixed date keeps the file the same for the same portfolio.
  workbook.created = workbook.modified = new Date(`${r.asOf}T00:00:00Z`);
  const sheets = [workbook.addWorksheet('Accounts'), workbook.addWorksheet('Findings'), workbook.addWorksheet('Portfolio')] as const;
  accountsSheet(sheets[0], r);
  findingsSheet(sheets[1], r);
  portfolioSheet(sheets[2], r);
  sheets.forEach(filterAll);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
