/**
 * Escaping text from account files for each place it can land. One function
 * per destination; each output format uses the one for its medium.
 */

import { terminalSafe } from './terminal-text.js';

/** HTML text and attribute values (quoted with "), and SVG text. */
export function html(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/**
 * One CSV cell, RFC 4180 quoting. Cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return first) are prefixed with an
 * apostrophe; numbers are passed as numbers and never altered.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Markdown inline text, safe in a table cell: no HTML, links, images,
 * emphasis, code spans, @mentions, #references or line breaks survive.
 */
export function markdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    // $ starts GitHub math; the rest are Markdown syntax.
    .replace(/[\\`*_{}[\]()<>#!|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    // GitHub links @user and #123 / issue references even escaped by "\"; a zero-width joiner breaks them.
    .replace(/([@#])/g, '$1\u200D')
    .replace(/(https?|ftp|www)/gi, (m) => `${m[0]}\u200D${m.slice(1)}`);
}

/**
 * GitHub Actions workflow command data (the message). The log shows it on a
 * terminal-like page: other control characters are made visible as for a terminal.
 */
export function githubData(text: string): string {
  return terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** GitHub Actions workflow command property values (file, title). */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** XML text and attribute values; characters XML 1.0 cannot hold are replaced. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A quoted Mermaid string (point names and labels of a quadrant chart), so
 * that names that look like keywords ("Title …", "X-Axis …") or hold colons
 * and brackets stay names. Mermaid has no escape inside quotes, but decodes
 * `#code;` entities: the characters it would otherwise read (the quote, `#`
 * entities, `%%` comments and directives, backtick Markdown strings, `<` `>`
 * that its sanitiser drops, and backticks that would end the code fence)
 * are written as their entity. Line breaks and control characters become
 * spaces; an empty text becomes `fallback`.
 */
export function mermaidString(text: string, fallback: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\s]+/g, ' ').trim() || fallback;
  return `"${oneLine.replace(/[#"%`<>]/g, (c) => `#${c.charCodeAt(0)};`)}"`;
}
