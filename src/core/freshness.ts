/**
 * How fresh each factor score is: when it last changed, and in which commit.
 * Pure: the versions of a file come from git at the I/O edge.
 */
export interface FactorChange {
  /** YYYY-MM-DD of the commit, or of the as-of date for a change not yet committed. */
  changed: string;
  /** The commit, or null for a change in the working tree. */
  commit: string | null;
}

/** "attractiveness.size" → when its score last changed. */
export type Freshness = Record<string, FactorChange>;

export interface Version {
  commit: string | null;
  date: string;
  /** The factor scores of this version ("attractiveness.size" → 7), or undefined when it could not be read. */
  scores: Record<string, number> | undefined;
}

/**
 * Versions newest first. A factor's score changed at the newest version whose
 * value differs from the next older readable version, or, if it never
 * changed, at the oldest version that has it. Factors not scored in the
 * newest version have no freshness. Unreadable versions are passed over.
 */
export function factorFreshness(versions: readonly Version[]): Freshness {
  const readable = versions.filter((v) => v.scores !== undefined) as (Version & { scores: Record<string, number> })[];
  const out: Freshness = {};
  const newest = readable[0];
  if (!newest) return out;
  for (const [factor, value] of Object.entries(newest.scores)) {
    let at = newest;
    for (const older of readable.slice(1)) {
      if (older.scores[factor] !== value) break;
      at = older;
    }
    out[factor] = { changed: at.date, commit: at.commit };
  }
  return out;
}

/** The most recent change among an account's factor scores, or null when none has a date. */
export function newestChange(freshness: Freshness): FactorChange | null {
  let best: FactorChange | null = null;
  for (const change of Object.values(freshness)) if (!best || change.changed > best.changed) best = change;
  return best;
}
