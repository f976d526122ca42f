/**
 * A flat copy of a string, pointing into no other one. Parsers hand out
 * slices of the whole file's text, and a message built from account text is a
 * tree of such pieces: keeping one name would keep the file, and at 100,000
 * accounts that is hundreds of megabytes. The account reader (io/) hands the
 * core only copies; the rules copy their messages.
 */
export function detached(s: string): string {
  // V8 only slices strings of 13 characters or more; concatenating and cutting
  // again forces a flat copy of just these characters.
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * A person's name as compared (SPEC 8.1): trimmed, runs of spaces collapsed,
 * case ignored, so "Dana  Reyes" and "dana reyes" are one person.
 */
export function personKey(name: string): string {
  const t = name.trim();
  // Most names have single spaces only: nothing to collapse, no regex replace to run.
  return (MORE_THAN_A_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t).toLowerCase();
}
/** Two whitespace characters in a row, or one that is not a plain space. */
const MORE_THAN_A_SPACE = /\s\s|[^\S ]/;
