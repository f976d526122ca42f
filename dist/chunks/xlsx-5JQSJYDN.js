import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  QUADRANT_COLORS
} from "./chunk-TLIP7ZW3.js";
import {
  CSV_COLUMNS,
  accountRow
} from "./chunk-W75QBZTN.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import {
  label
} from "./chunk-EQWHRGNW.js";
import {
  QUADRANTS
} from "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import {
  round
} from "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";

// src/format/report/xlsx.ts
var SCORE = "0.00";
var PERCENT = "0.0%";
var money = (currency) => `#,##0 "${currency.replace(/["\\]/g, "")}"`;
var argb = (hex) => `FF${hex.slice(1).toUpperCase()}`;
function header(sheet, columns) {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...c.numFmt ? { style: { numFmt: c.numFmt } } : {} }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.numFmt = "General";
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}
function filterAll(sheet) {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: sheet.columnCount } };
}
var WIDTHS = { id: 22, name: 30, file: 34, manager: 18, industry: 18, quadrant: 16, positioning: 20 };
function accountsSheet(sheet, r) {
  const total = r.portfolio.revenue.total;
  const formats = {
    attractiveness: SCORE,
    strength: SCORE,
    spend: SCORE,
    significance: SCORE,
    revenue_current: money(r.config.currency),
    revenue_potential: money(r.config.currency)
  };
  header(sheet, [
    ...CSV_COLUMNS.map((c) => ({ header: c, width: WIDTHS[c] ?? Math.max(10, c.length + 2), ...formats[c] ? { numFmt: formats[c] } : {} })),
    { header: "revenue_share", width: 14, numFmt: PERCENT }
  ]);
  const quadrantColumn = CSV_COLUMNS.indexOf("quadrant") + 1;
  for (const a of r.accounts) {
    const share = total > 0 && a.revenue.current !== null ? a.revenue.current / total : null;
    const row = sheet.addRow([...accountRow(a), share]);
    const cell = row.getCell(quadrantColumn);
    cell.value = label(a.quadrant, r.config);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(QUADRANT_COLORS[a.quadrant]) } };
    cell.font = { color: { argb: "FFFFFFFF" }, bold: true };
  }
}
function findingsSheet(sheet, r) {
  header(sheet, [
    { header: "file", width: 34 },
    { header: "line", width: 6 },
    { header: "column", width: 8 },
    { header: "severity", width: 10 },
    { header: "rule", width: 22 },
    { header: "account", width: 22 },
    { header: "message", width: 100 },
    { header: "accepted", width: 40 },
    { header: "accepted_until", width: 14 }
  ]);
  for (const d of r.diagnostics) {
    sheet.addRow([d.file, d.line ?? null, d.column ?? null, d.severity, d.rule, d.account ?? null, d.message, d.accepted?.reason ?? null, d.accepted?.until ?? null]);
  }
}
function portfolioSheet(sheet, r) {
  const p = r.portfolio;
  header(sheet, [{ header: "measure", width: 40 }, { header: "value", width: 22 }]);
  const add = (measure, value, numFmt) => {
    const row = sheet.addRow([measure, value]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
  };
  add("as of", r.asOf);
  add("accounts", p.accounts);
  if (r.showing) add("accounts shown in this workbook", r.showing.accounts);
  add("revenue (current)", p.revenue.total, money(r.config.currency));
  add("top account share", round(p.revenue.topShare, 4), PERCENT);
  add("top account", p.revenue.topAccount);
  add("top 20 % of accounts share", round(p.revenue.top20Share, 4), PERCENT);
  for (const q of QUADRANTS) add(`accounts: ${label(q, r.config)}`, p.quadrants[q]);
  for (const [manager, n] of Object.entries(p.managers)) add(`key + key development: ${manager}`, n);
}
async function formatXlsx(r) {
  const { default: ExcelJS } = await import("./excel-LWYEZULG.js");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kam";
  workbook.created = workbook.modified = /* @__PURE__ */ new Date(`${r.asOf}T00:00:00Z`);
  const sheets = [workbook.addWorksheet("Accounts"), workbook.addWorksheet("Findings"), workbook.addWorksheet("Portfolio")];
  accountsSheet(sheets[0], r);
  findingsSheet(sheets[1], r);
  portfolioSheet(sheets[2], r);
  sheets.forEach(filterAll);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
export {
  formatXlsx
};
