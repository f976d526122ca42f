/**
 * A copy of a string that does not point into another one. Parsers hand out
 * slices of the whole file's text; keeping one name would keep the file,
 * and at 100,000 accounts that is hundreds of megabytes.
 */
export function detached(s: string): string;
export function detached(s: string | null | undefined): string | null;
export function detached(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  if (s.length > INTERNED_LENGTH) return (s + ' ').slice(0, -1);
  // Short values repeat from account to account (stages, tags, managers,
  // regions): one copy each, not one per account.
  let copy = interned.get(s);
  if (copy === undefined) {
    // V8 only slices strings of 13 characters or more; concatenating and cutting
    // again forces a flat copy of just these characters.
    copy = s.length < 13 ? s : (s + ' ').slice(0, -1);
    if (interned.size < INTERNED_MAX) interned.set(copy, copy);
  }
  return copy;
}

const INTERNED_LENGTH = 40;
/** Bounded: a portfolio of unique names must not grow the table without end. */
const INTERNED_MAX = 20_000;
const interned = new Map<string, string>();

/**
 * A person's name as compared (SPEC 8.1): trimmed, runs of spaces collapsed,
 * case ignored, so "Dana  Reyes" and "dana reyes" are one person.
 */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
