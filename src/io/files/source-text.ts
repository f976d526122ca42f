/**
 * Turning a file's bytes into text a YAML parser may see: the size cap,
 * UTF-8, binary content and merge-conflict markers are reported here with
 * their position, before any parser runs.
 */

import { tooLargeMessage } from './read-file.js';

/** Documented in README: larger files are refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface TextProblem {
  message: string;
  line: number;
  column: number;
}

export type SourceText = { ok: true; text: string; bom: boolean } | { ok: false; problem: TextProblem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based line and column (in UTF-16 units + 1) of an offset in text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms that the lead byte alone does not rule out.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += len;
  }
  return -1;
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      column = 1;
    } else if ((bytes[i]! & 0xc0) !== 0x80) column += 1;
  }
  return { line, column };
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      problem: {
        message: tooLargeMessage(bytes.length),
        line: 1,
        column: 1,
      },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: { message: 'file is not valid UTF-8 text (binary content or another encoding); save it as UTF-8', ...bytePosition(bytes, Math.max(at, 0)) },
    };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return { ok: false, problem: { message: 'file contains NUL bytes: it looks binary, not a YAML account plan', ...positionOf(text, nul) } };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  // A lone CR is a line break in YAML 1.2, but the `yaml` parser does not take it as one (js-yaml
  // does): made a LF here, one character for one, so both parsers read the same lines and
  // offsets still match the file.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  // Three plain searches first: the line-anchored expression costs several times more, and almost no file has a marker.
  const conflict = text.includes('<<<<<<<') || text.includes('=======') || text.includes('>>>>>>>') ? CONFLICT_MARKER.exec(text) : null;
  if (conflict) {
    return {
      ok: false,
      problem: {
        message: `unresolved git merge conflict (a "${conflict[1]}" marker); resolve the conflict and remove the markers`,
        ...positionOf(text, conflict.index),
      },
    };
  }
  return { ok: true, text, bom };
}
