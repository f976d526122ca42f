import { reportObject, type ReportInput } from './report-object.js';

/** `--format json`: the SPEC 5 object, pretty-printed. */
export function formatJson(input: ReportInput): string {
  return `${JSON.stringify(reportObject(input), null, 2)}\n`;
}
