import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/terminal-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function terminalSafe(text) {
  return text.replace(UNSAFE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "	") return "\\t";
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).toUpperCase().padStart(4, "0")}` : `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
  });
}
function terminalLines(text) {
  return text.split("\n").map(terminalSafe).join("\n");
}
var PLAIN = /^[\u0020-\u007e]*$/;
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || cp >= 129280 && cp <= 129535 || cp >= 131072 && cp <= 262141;
}
function charWidth(ch) {
  const cp = ch.codePointAt(0);
  if (cp < 768) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(cp) ? 2 : 1;
}
function displayWidth(text) {
  if (PLAIN.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}
function truncateTo(text, width) {
  if (PLAIN.test(text)) return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}\u2026`;
  if (displayWidth(text) <= width) return text;
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    used += w;
    end += ch.length;
  }
  return `${text.slice(0, end)}\u2026`;
}
function padTo(text, width, align = "left") {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + pad : pad + text;
}
function wrapText(text, width, indent = 0) {
  const lines = [];
  let line = "";
  let used = 0;
  const room = () => Math.max(1, width - (lines.length === 0 ? 0 : indent));
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
    used = 0;
  };
  for (const word of text.split(" ")) {
    const w = displayWidth(word);
    if (used > 0 && used + 1 + w > room()) push();
    if (w <= room() - used - (used > 0 ? 1 : 0)) {
      line = used > 0 ? `${line} ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
      continue;
    }
    for (const ch of word) {
      const cw = charWidth(ch);
      if (used + cw > room()) push();
      line += ch;
      used += cw;
    }
  }
  push();
  return lines.map((l, i) => i === 0 ? l : " ".repeat(indent) + l);
}
function wrap(text, width, first, rest = " ".repeat(displayWidth(first))) {
  const words = text.split(/\s+/).filter(Boolean).join(" ");
  const [head = "", ...more] = wrapText(words, Math.max(1, width - displayWidth(first)));
  if (more.length === 0) return [first + head];
  const tail = wrapText(words.slice(head.length).trimStart(), Math.max(1, width - displayWidth(rest)));
  return [first + head, ...tail.map((l) => rest + l)];
}

export {
  terminalSafe,
  terminalLines,
  displayWidth,
  truncateTo,
  padTo,
  wrapText,
  wrap
};
