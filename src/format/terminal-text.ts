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
