import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatHtml
} from "./chunk-TFZB323G.js";
import {
  formatCsv
} from "./chunk-HR6H4OQ5.js";
import {
  formatMarkdownReport
} from "./chunk-KN3APWV5.js";
import {
  formatJson
} from "./chunk-Y46XV5VN.js";

// src/format/report.ts
var REPORT_FORMATS = ["html", "markdown", "csv", "json"];
function renderReport(format, data, options) {
  switch (format) {
    case "html":
      return formatHtml(data, options);
    case "markdown":
      return formatMarkdownReport(data);
    case "csv":
      return formatCsv(data.accounts);
    case "json":
      return formatJson(data);
  }
}
function formatFromFile(file) {
  const ext = file.toLowerCase().split(".").pop();
  return { html: "html", htm: "html", md: "markdown", markdown: "markdown", csv: "csv", json: "json" }[ext ?? ""];
}

export {
  REPORT_FORMATS,
  renderReport,
  formatFromFile
};
