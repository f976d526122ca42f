import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-FH4AGJX7.js";

// src/format/escape.ts
function html(text) {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD");
}
function csvCell(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
function markdown(text) {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").replace(/[\\`*_{}[\]()<>#!|~$]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/([@#])/g, "$1\u200D").replace(/(https?|ftp|www)/gi, (m) => `${m[0]}\u200D${m.slice(1)}`);
}
function githubData(text) {
  return terminalSafe(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function githubProperty(text) {
  return githubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function xml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\uFFFD").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}
function mermaidString(text, fallback) {
  const oneLine = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\s]+/g, " ").trim() || fallback;
  return `"${oneLine.replace(/[#"%`<>]/g, (c) => `#${c.charCodeAt(0)};`)}"`;
}

export {
  html,
  csvCell,
  markdown,
  githubData,
  githubProperty,
  xml,
  mermaidString
};
