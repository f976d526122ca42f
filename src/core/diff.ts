/**
 * What moved between two snapshots of a portfolio (pure): accounts added and
 * removed, quadrant and positioning moves, relationship-stage changes,
 * opportunity decisions that changed, and the factor changes behind each
 * quadrant move, weighted as in SPEC 3.1.
 */
import type { AccountResult } from './analyze.js';
import type { Account, Axis, Config, Decision, PerceivedLevel, PositioningId, QuadrantId, StageId } from './types.js';
import type { HealthStatus, OpenAlert } from './health.js';

export interface Snapshot {
  accounts: readonly AccountResult[];
  /** Account data by file, for factor attribution (absent for JSON snapshots). */
  data?: ReadonlyMap<string, Account>;
  config: Config;
}

export interface Driver {
  axis: Axis;
  factor: string;
  from: number | null;
  to: number | null;
  /** This factor's part of the axis change: w·s'/Σw' − w·s/Σw; the parts add up to the change. */
  contribution: number;
}

export interface QuadrantMove {
  id: string;
  name: string;
  from: { quadrant: QuadrantId; attractiveness: number | null; strength: number | null };
  to: { quadrant: QuadrantId; attractiveness: number | null; strength: number | null };
  /** Largest contribution first; empty when the snapshots carry no factor data. */
  drivers: Driver[];
}

/** One change behind an account's health, old and new value. */
export type HealthChange =
  | { kind: 'status'; from: HealthStatus; to: HealthStatus }
  | { kind: 'satisfaction'; from: number | null; to: number | null }
  | { kind: 'sales-attainment'; from: number | null; to: number | null }
  | { kind: 'alert-new' | 'alert-resolved'; date: string; symptom: string; severity: OpenAlert['severity'] }
  | { kind: 'perceived-level'; from: PerceivedLevel | null; to: PerceivedLevel | null }
  | { kind: 'customer-view'; from: StageId | null; to: StageId | null }
  | { kind: 'position'; from: Account['position'] | null; to: Account['position'] | null };

export interface HealthMove {
  id: string;
  name: string;
  from: HealthStatus;
  to: HealthStatus;
  changes: HealthChange[];
  /** Why the account stands where it does now (its health reasons). */
  reasons: string[];
}

/** A score that moved by 0.5 or more on an axis while the quadrant stayed the same. */
export interface ScoreDrift {
  id: string;
  name: string;
  quadrant: QuadrantId;
  attractiveness: { from: number; to: number } | null;
  strength: { from: number; to: number } | null;
  /** The factor changes on the drifting axes, largest first. */
  drivers: Driver[];
}

/** In-quadrant drifts smaller than this are noise, not news. */
export const DRIFT = 0.5;

export interface PortfolioDiff {
  added: { id: string; name: string; quadrant: QuadrantId }[];
  removed: { id: string; name: string; quadrant: QuadrantId }[];
  quadrantMoves: QuadrantMove[];
  positioningMoves: { id: string; name: string; from: PositioningId | null; to: PositioningId | null }[];
  stageChanges: { id: string; name: string; from: { stage: StageId | null; customerView: StageId | null }; to: { stage: StageId | null; customerView: StageId | null } }[];
  decisionChanges: { id: string; name: string; opportunity: string; from: Decision | null; to: Decision | null }[];
  healthChanges: HealthMove[];
  drifts: ScoreDrift[];
}

const AXES: readonly Axis[] = ['attractiveness', 'strength'];

/** Each factor's weighted share of its axis: w·s/Σw over the scored factors with weight > 0. */
function shares(account: Account | undefined, axis: Axis, config: Config): Map<string, { score: number; share: number }> {
  const scores = account?.[axis] ?? {};
  const used = config.factors[axis].filter((f) => typeof scores[f.id] === 'number' && f.weight > 0);
  const total = used.reduce((s, f) => s + f.weight, 0);
  return new Map(used.map((f) => [f.id, { score: scores[f.id]!, share: (f.weight * scores[f.id]!) / total }]));
}

export function drivers(base: Account | undefined, head: Account | undefined, baseConfig: Config, headConfig: Config): Driver[] {
  if (!base || !head) return [];
  const out: Driver[] = [];
  for (const axis of AXES) {
    const before = shares(base, axis, baseConfig);
    const after = shares(head, axis, headConfig);
    for (const factor of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(factor);
      const a = after.get(factor);
      const contribution = (a?.share ?? 0) - (b?.share ?? 0);
      if (Math.abs(contribution) < 1e-12) continue;
      out.push({ axis, factor, from: b?.score ?? null, to: a?.score ?? null, contribution });
    }
  }
  return out.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.factor.localeCompare(y.factor));
}

function byId(accounts: readonly AccountResult[]): Map<string, AccountResult> {
  const map = new Map<string, AccountResult>();
  for (const a of accounts) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}

export function diffPortfolios(base: Snapshot, head: Snapshot): PortfolioDiff {
  const before = byId(base.accounts);
  const after = byId(head.accounts);
  const diff: PortfolioDiff = {
    added: [], removed: [], quadrantMoves: [], positioningMoves: [], stageChanges: [], decisionChanges: [], healthChanges: [], drifts: [],
  };
  // A JSON snapshot keeps the health status and reasons, not the figures behind them.
  const detailed = base.data !== undefined && head.data !== undefined;
  for (const [id, a] of after) if (!before.has(id)) diff.added.push({ id, name: a.name, quadrant: a.quadrant });
  for (const [id, b] of before) if (!after.has(id)) diff.removed.push({ id, name: b.name, quadrant: b.quadrant });
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) continue;
    if (a.quadrant !== b.quadrant) {
      diff.quadrantMoves.push({
        id, name: a.name,
        from: { quadrant: b.quadrant, attractiveness: b.attractiveness, strength: b.strength },
        to: { quadrant: a.quadrant, attractiveness: a.attractiveness, strength: a.strength },
        drivers: drivers(base.data?.get(b.file), head.data?.get(a.file), base.config, head.config),
      });
    }
    const drift = scoreDrift(b, a, base, head);
    if (drift) diff.drifts.push(drift);
    const health = healthMove(b, a, detailed);
    if (health) diff.healthChanges.push(health);
    if (a.positioning !== b.positioning) diff.positioningMoves.push({ id, name: a.name, from: b.positioning, to: a.positioning });
    const [rb, ra] = [b.relationship, a.relationship];
    if ((rb?.stage ?? null) !== (ra?.stage ?? null) || (rb?.customerView ?? null) !== (ra?.customerView ?? null)) {
      diff.stageChanges.push({
        id, name: a.name,
        from: { stage: rb?.stage ?? null, customerView: rb?.customerView ?? null },
        to: { stage: ra?.stage ?? null, customerView: ra?.customerView ?? null },
      });
    }
    const oldDecisions = new Map(b.opportunities.map((o) => [o.id, o.decision]));
    for (const o of a.opportunities) {
      const was = oldDecisions.get(o.id) ?? null;
      if (was !== o.decision) diff.decisionChanges.push({ id, name: a.name, opportunity: o.id, from: was, to: o.decision });
    }
  }
  return diff;
}

function scoreDrift(b: AccountResult, a: AccountResult, base: Snapshot, head: Snapshot): ScoreDrift | null {
  if (a.quadrant !== b.quadrant || a.quadrant === 'unclassified') return null;
  // Compared as shown (two decimals), so a drift printed as 0.50 is always reported and 0.47 never is.
  const shown = (n: number) => Math.round(n * 100);
  const moved = (from: number | null, to: number | null) =>
    from !== null && to !== null && Math.abs(shown(to) - shown(from)) >= DRIFT * 100 ? { from, to } : null;
  const attractiveness = moved(b.attractiveness, a.attractiveness);
  const strength = moved(b.strength, a.strength);
  if (!attractiveness && !strength) return null;
  const axes = new Set<Axis>([...(attractiveness ? ['attractiveness' as const] : []), ...(strength ? ['strength' as const] : [])]);
  return {
    id: a.id, name: a.name, quadrant: a.quadrant, attractiveness, strength,
    drivers: drivers(base.data?.get(b.file), head.data?.get(a.file), base.config, head.config).filter((d) => axes.has(d.axis)),
  };
}

const alertKey = (x: OpenAlert) => `${x.date}\0${x.symptom}`;
const roundTo = (n: number | null | undefined, f: number) => (n == null ? null : Math.round(n * f) / f);

function healthMove(b: AccountResult, a: AccountResult, detailed: boolean): HealthMove | null {
  const changes: HealthChange[] = [];
  const [hb, ha] = [b.health, a.health];
  if (hb.status !== ha.status) changes.push({ kind: 'status', from: hb.status, to: ha.status });
  if (detailed) {
    const [sb, sa] = [hb.satisfaction?.latest.score ?? null, ha.satisfaction?.latest.score ?? null];
    if (sb !== sa) changes.push({ kind: 'satisfaction', from: sb, to: sa });
    const [pb, pa] = [roundTo(hb.sales?.attainment, 1e4), roundTo(ha.sales?.attainment, 1e4)];
    if (pb !== pa) changes.push({ kind: 'sales-attainment', from: pb, to: pa });
    const before = new Set(hb.openAlerts.map(alertKey));
    const after = new Set(ha.openAlerts.map(alertKey));
    for (const x of ha.openAlerts) if (!before.has(alertKey(x))) changes.push({ kind: 'alert-new', date: x.date, symptom: x.symptom, severity: x.severity });
    for (const x of hb.openAlerts) if (!after.has(alertKey(x))) changes.push({ kind: 'alert-resolved', date: x.date, symptom: x.symptom, severity: x.severity });
  }
  if (b.position !== a.position) changes.push({ kind: 'position', from: b.position, to: a.position });
  if (b.perceivedLevel !== a.perceivedLevel) changes.push({ kind: 'perceived-level', from: b.perceivedLevel, to: a.perceivedLevel });
  const [vb, va] = [b.relationship?.customerView ?? null, a.relationship?.customerView ?? null];
  if (vb !== va) changes.push({ kind: 'customer-view', from: vb, to: va });
  if (changes.length === 0) return null;
  return { id: a.id, name: a.name, from: hb.status, to: ha.status, changes, reasons: ha.reasons.map((r) => r.message) };
}

export function isEmptyDiff(d: PortfolioDiff): boolean {
  return Object.values(d).every((list) => list.length === 0);
}
