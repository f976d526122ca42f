/**
 * The one escaping for terminals. Text from account files, configs, paths
 * and arguments shown on a terminal: control characters and
 * escape sequences are made visible (\x1B, \n …) so they are never
 * interpreted, and bidirectional overrides cannot reorder what is shown.
 */
// C0 controls, DEL, C1 controls, and the bidi embedding/override/isolate characters.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** A message of several lines (errors, questionnaire output): each line escaped, the line breaks kept. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}

/*
 * Widths on a terminal. Each function walks the text once, so a name of any
 * length (astral characters included) costs time in proportion to its length.
 */
const PLAIN = /^[\u0020-\u007e]*$/;
// Combining marks, format characters (zero-width joiner, variation selectors …) take no column.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** East Asian wide and fullwidth characters and emoji take two columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Columns the text takes on a terminal (text already made terminal-safe, no colour codes). */
export function displayWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** The text cut to at most `width` columns, ending in "…" when cut. */
export function truncateTo(text: string, width: number): string {
  if (PLAIN.test(text)) return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
  if (displayWidth(text) <= width) return text;
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    used += w;
    end += ch.length;
  }
  return `${text.slice(0, end)}…`;
}

/** Pads with spaces to `width` columns, on the right (align left) or on the left. */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + pad : pad + text;
}

/**
 * Greedy word wrap: lines of at most `width` columns, broken at spaces; lines
 * after the first start with `indent` spaces (a hanging indent). Only a word
 * longer than a whole line is ever split.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = () => Math.max(1, width - (lines.length === 0 ? 0 : indent));
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const word of text.split(' ')) {
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w > room()) push();
    if (w <= room() - used - (used > 0 ? 1 : 0)) {
      line = used > 0 ? `${line} ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
      continue;
    }
    // Longer than a whole line: split it, one piece per line.
    for (const ch of word) {
      const cw = charWidth(ch);
      if (used + cw > room()) push();
      line += ch;
      used += cw;
    }
  }
  push();
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

/**
 * wrapText with a prefix: the first line after `first`, the next ones after
 * `rest` (a hanging indent, which may be shorter than `first`).
 */
export function wrap(text: string, width: number, first: string, rest = ' '.repeat(displayWidth(first))): string[] {
  const words = text.split(/\s+/).filter(Boolean).join(' ');
  const [head = '', ...more] = wrapText(words, Math.max(1, width - displayWidth(first)));
  if (more.length === 0) return [first + head];
  const tail = wrapText(words.slice(head.length).trimStart(), Math.max(1, width - displayWidth(rest)));
  return [first + head, ...tail.map((l) => rest + l)];
}
