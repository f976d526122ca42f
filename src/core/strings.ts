/**
 * A copy of a string that does not point into another one. Parsers hand out
 * slices of the whole file's text; keeping one name would keep the file,
 * and at 100,000 accounts that is hundreds of megabytes.
 */
export function detached(s: string): string;
export function detached(s: string | null | undefined): string | null;
export function detached(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  // V8 only slices strings of 13 characters or more; concatenating and cutting
  // again forces a flat copy of just these characters.
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * A person's name as compared (SPEC 8.1): trimmed, runs of spaces collapsed,
 * case ignored, so "Dana  Reyes" and "dana reyes" are one person.
 */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
