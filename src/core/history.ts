/**
 * The portfolio across snapshots (SPEC 8.4): each account's trail and the
 * portfolio's composition at each point. Pure: the snapshots are read and
 * scored at the I/O edge. An account is its id, not its file: a moved file
 * keeps its trail, and a file whose id changed from one snapshot to the next
 * (the old id gone, the new one new) carries the trail on under the new id.
 */
import type { AccountResult } from './analyze.js';
import type { AccountFilter, Showing } from './filter.js';
import type { PositioningId, QuadrantId, StageId } from './types.js';

export const QUADRANT_IDS: readonly QuadrantId[] = ['key', 'key-development', 'maintenance', 'opportunistic', 'unclassified'];

export interface SnapshotRef {
  /** A tag, a period ("2026-Q3", "2026-07"), a revision as given, or "now". */
  label: string;
  /** The commit date (YYYY-MM-DD); the as-of date the snapshot was scored at. */
  date: string;
  /** The commit, or null for the working tree. */
  commit: string | null;
}

export interface ScoredSnapshot {
  ref: SnapshotRef;
  /** Accounts as scored at that snapshot, each with its health status when known. */
  accounts: readonly (AccountResult & { healthStatus?: string | null })[];
  /** Files that were not valid account files at that snapshot: left out of that point only. */
  invalid: readonly { file: string; message: string }[];
}

export interface TrailPoint {
  /** Index into History.snapshots. */
  at: number;
  file: string;
  attractiveness: number | null;
  strength: number | null;
  quadrant: QuadrantId;
  positioning: PositioningId | null;
  stage: StageId | null;
  health: string | null;
}

export type TrailEvent =
  | { at: number; kind: 'appeared' | 'disappeared' }
  | { at: number; kind: 'moved'; from: string; to: string }
  | { at: number; kind: 'id-changed'; from: string; to: string }
  | { at: number; kind: 'invalid'; file: string; message: string };

export interface AccountTrail {
  /** The id at the last snapshot the account appears in. */
  id: string;
  name: string;
  points: TrailPoint[];
  events: TrailEvent[];
}

export interface PortfolioPoint {
  at: number;
  accounts: number;
  invalid: number;
  quadrants: Record<QuadrantId, number>;
  /** Counts per health status; accounts without a status count as unknown. */
  health: Record<string, number>;
  /** Current revenue per quadrant. */
  revenue: Record<QuadrantId, number>;
}

export interface History {
  snapshots: SnapshotRef[];
  accounts: AccountTrail[];
  portfolio: PortfolioPoint[];
  /** Set when a filter chose the trails: how many are shown, of how many. */
  showing?: Showing;
}

const zeroes = (): Record<QuadrantId, number> => ({ key: 0, 'key-development': 0, maintenance: 0, opportunistic: 0, unclassified: 0 });

export function buildHistory(snapshots: readonly ScoredSnapshot[]): History {
  // Trails keyed by the account's id as last seen; `alias` maps an older id to the trail that carries it on.
  const trails = new Map<string, AccountTrail>();
  const alias = new Map<string, string>();
  const portfolio: PortfolioPoint[] = [];
  let previous = new Map<string, string>(); // id → file at the previous snapshot
  let previousByFile = new Map<string, string>(); // file → id at the previous snapshot

  snapshots.forEach((snapshot, at) => {
    const current = new Map<string, string>();
    for (const a of snapshot.accounts) if (!current.has(a.id)) current.set(a.id, a.file);
    const currentByFile = new Map([...current].map(([id, file]) => [file, id]));

    for (const a of snapshot.accounts) {
      if (current.get(a.id) !== a.file) continue; // a duplicate id: the first file counts
      let trail = trails.get(alias.get(a.id) ?? a.id);
      if (!trail) {
        // Same file, new id, and the old id is gone: the id was changed, not a new account.
        const oldId = previousByFile.get(a.file);
        const renamedFrom = oldId !== undefined && oldId !== a.id && !current.has(oldId) && !previous.has(a.id) ? trails.get(alias.get(oldId) ?? oldId) : undefined;
        if (renamedFrom) {
          trails.delete(renamedFrom.id);
          renamedFrom.events.push({ at, kind: 'id-changed', from: renamedFrom.id, to: a.id });
          for (const [old, to] of alias) if (to === renamedFrom.id) alias.set(old, a.id);
          alias.set(renamedFrom.id, a.id);
          renamedFrom.id = a.id;
          trail = renamedFrom;
        } else {
          trail = { id: a.id, name: a.name, points: [], events: at === 0 ? [] : [{ at, kind: 'appeared' }] };
        }
        trails.set(a.id, trail);
      } else {
        const last = trail.points[trail.points.length - 1];
        if (last && last.at < at - 1) trail.events.push({ at, kind: 'appeared' }); // back after a gap
        if (last && last.file !== a.file) trail.events.push({ at, kind: 'moved', from: last.file, to: a.file });
      }
      trail.name = a.name;
      trail.points.push({
        at, file: a.file, attractiveness: a.attractiveness, strength: a.strength, quadrant: a.quadrant,
        positioning: a.positioning, stage: a.relationship?.stage ?? null, health: a.healthStatus ?? null,
      });
    }
    // Accounts present before and absent now: disappeared (an invalid file says why).
    for (const [id, file] of previous) {
      const trail = trails.get(alias.get(id) ?? id);
      if (!trail || trail.points[trail.points.length - 1]?.at === at) continue;
      const invalid = snapshot.invalid.find((i) => i.file === file);
      trail.events.push(invalid ? { at, kind: 'invalid', file, message: invalid.message } : { at, kind: 'disappeared' });
    }

    const point: PortfolioPoint = { at, accounts: 0, invalid: snapshot.invalid.length, quadrants: zeroes(), health: {}, revenue: zeroes() };
    for (const a of snapshot.accounts) {
      if (current.get(a.id) !== a.file) continue;
      point.accounts++;
      point.quadrants[a.quadrant]++;
      point.revenue[a.quadrant] += a.revenue.current ?? 0;
      const status = a.healthStatus ?? 'unknown';
      point.health[status] = (point.health[status] ?? 0) + 1;
    }
    portfolio.push(point);
    previous = current;
    previousByFile = currentByFile;
  });

  const accounts = [...trails.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { snapshots: snapshots.map((s) => s.ref), accounts, portfolio };
}

/**
 * The trails of the accounts the filter chooses, each judged as it was at the
 * last snapshot it appears in (Dana's accounts are those Dana manages now);
 * the portfolio points still count every account. Every account of every
 * snapshot is shown to the filter, so a value only the past had is no typo.
 */
export function filterHistory(history: History, snapshots: readonly ScoredSnapshot[], filter: AccountFilter): History {
  const latest = new Map<string, AccountResult>();
  for (const snapshot of snapshots) {
    const seen = new Set<string>();
    for (const a of snapshot.accounts) {
      filter.observe(a);
      if (seen.has(a.id)) continue; // a duplicate id: the first file counts, as in buildHistory
      seen.add(a.id);
      latest.set(a.id, a);
    }
  }
  filter.checkValues();
  const accounts = history.accounts.filter((t) => {
    const a = latest.get(t.id);
    return a !== undefined && filter.matches(a);
  });
  return { ...history, accounts, showing: { accounts: accounts.length, of: history.accounts.length } };
}

/** One letter per quadrant for compact trails: K, D (key development), M, O, and · when unclassified. */
export const QUADRANT_LETTER: Record<QuadrantId, string> = { key: 'K', 'key-development': 'D', maintenance: 'M', opportunistic: 'O', unclassified: '·' };
