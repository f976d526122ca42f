/** The report formats behind `kam report` and `kam score --format`. */
import { formatCsv } from './csv.js';
import { formatHtml, htmlReportChunks } from './html.js';
import { formatMarkdownReport, markdownReportChunks } from './markdown.js';
import { formatJson } from './json.js';
import type { ReportData, ReportOptions } from './data.js';

export const REPORT_FORMATS = ['html', 'markdown', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, data: ReportData, options: ReportOptions): string {
  switch (format) {
    case 'html':
      return formatHtml(data, options);
    case 'markdown':
      return formatMarkdownReport(data);
    case 'csv':
      return formatCsv(data.accounts);
    case 'json':
      return formatJson(data);
  }
}

/**
 * The HTML and Markdown reports in pieces, for writing one by one: at 100,000
 * accounts the joined text would be a second copy of the report, twice its
 * size in UTF-16, and its accounts table is made a row at a time.
 */
export function reportChunks(format: 'html' | 'markdown', data: ReportData, options: ReportOptions): Iterable<string> {
  return format === 'html' ? htmlReportChunks(data, options) : markdownReportChunks(data);
}

/** The format a file name asks for: report.html, review.md, accounts.csv, scores.json. */
export function formatFromFile(file: string): ReportFormat | undefined {
  const ext = file.toLowerCase().split('.').pop();
  return ({ html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', csv: 'csv', json: 'json' } as const)[ext ?? ''];
}
