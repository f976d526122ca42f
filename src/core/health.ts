/**
 * Account health (SPEC 8.1): what the performance and satisfaction data say
 * about an account, as a status with the reasons behind it. A pure function
 * of (account, config, as-of date): no index, every reason carries its figures.
 */
import { satisfactionReview } from './plan.js';
import type { Account, Axis, Config } from './types.js';

export type HealthStatus = 'at-risk' | 'watch' | 'healthy' | 'unknown';
export type HealthLevel = 'watch' | 'at-risk';
export type HealthSignal = 'satisfaction-low' | 'satisfaction-drop' | 'open-alert' | 'sales';

export const HEALTH_STATUSES: readonly HealthStatus[] = ['at-risk', 'watch', 'healthy', 'unknown'];

export interface HealthReason {
  signal: HealthSignal;
  level: HealthLevel;
  message: string;
}

export interface SatisfactionPoint {
  date: string;
  score: number;
  /** Index in performance.satisfaction, for positions. */
  index: number;
}

export interface OpenAlert {
  date: string;
  symptom: string;
  severity: 'low' | 'medium' | 'high' | null;
  /** Index in performance.alerts, for positions. */
  index: number;
}

export interface Health {
  status: HealthStatus;
  reasons: HealthReason[];
  /** Latest and previous satisfaction on or before the as-of date; change = latest − previous. */
  satisfaction: { latest: SatisfactionPoint; previous: SatisfactionPoint | null; change: number | null } | null;
  /** Every satisfaction entry on or before the as-of date, oldest first (for sparklines). */
  history: SatisfactionPoint[];
  sales: { target: number; achieved: number | null; forecast: number | null; attainment: number | null } | null;
  openAlerts: OpenAlert[];
}

export interface AxisCoverage {
  scored: number;
  of: number;
}

export type Coverage = Record<Axis, AxisCoverage>;

const pct = (f: number) => `${(f * 100).toFixed(1)} %`;
const fig = (n: number) => String(Math.round(n * 100) / 100);

/** Entries after the as-of date are ignored; equal dates keep file order, the later entry counting as the more recent. */
function satisfactionHistory(account: Account, asOf: string): SatisfactionPoint[] {
  return (account.performance?.satisfaction ?? [])
    .map((e, index) => ({ date: e.date, score: e.score, index }))
    .filter((e) => e.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
}

export function openAlerts(account: Account, asOf: string): OpenAlert[] {
  const out: OpenAlert[] = [];
  (account.performance?.alerts ?? []).forEach((a, index) => {
    if (a.date > asOf || (a.resolved !== undefined && a.resolved <= asOf)) return;
    out.push({ date: a.date, symptom: a.symptom, severity: a.severity ?? null, index });
  });
  return out;
}

/** (forecast, else achieved) / target, where target > 0. */
function salesOf(account: Account): Health['sales'] {
  const s = account.performance?.sales;
  if (!s || typeof s.target !== 'number' || !(s.target > 0)) return null;
  const achieved = s.achieved ?? null;
  const forecast = s.forecast ?? null;
  const basis = forecast ?? achieved;
  return { target: s.target, achieved, forecast, attainment: basis === null ? null : basis / s.target };
}

export function accountHealth(account: Account, config: Config, asOf: string): Health {
  const limits = config.limits;
  const reasons: HealthReason[] = [];
  const history = satisfactionHistory(account, asOf);
  const latest = history[history.length - 1];
  const previous = history[history.length - 2];
  if (latest) {
    const level: HealthLevel | null = latest.score <= 3 ? 'at-risk' : latest.score < limits.min_satisfaction ? 'watch' : null;
    if (level) {
      reasons.push({
        signal: 'satisfaction-low', level,
        message: `satisfaction ${fig(latest.score)}/10 on ${latest.date} (${level === 'at-risk' ? '3 or less' : `below ${fig(limits.min_satisfaction)}`})`,
      });
    }
    if (previous) {
      const fall = previous.score - latest.score;
      const dropLevel: HealthLevel | null = fall >= 3 ? 'at-risk' : fall >= 2 ? 'watch' : null;
      if (dropLevel) {
        reasons.push({
          signal: 'satisfaction-drop', level: dropLevel,
          message: `satisfaction fell from ${fig(previous.score)} to ${fig(latest.score)} (−${fig(fall)}) between ${previous.date} and ${latest.date}`,
        });
      }
    }
  }
  const alerts = openAlerts(account, asOf);
  for (const a of alerts) {
    if (a.severity !== 'high' && a.severity !== 'medium') continue;
    reasons.push({
      signal: 'open-alert', level: a.severity === 'high' ? 'at-risk' : 'watch',
      message: `open ${a.severity} alert since ${a.date}: ${a.symptom}`,
    });
  }
  const sales = salesOf(account);
  if (sales?.attainment != null) {
    const a = sales.attainment;
    const level: HealthLevel | null = a < limits.risk_sales_attainment ? 'at-risk' : a < limits.min_sales_attainment ? 'watch' : null;
    if (level) {
      const basis = sales.forecast !== null ? 'forecast' : 'achieved';
      const limit = level === 'at-risk' ? limits.risk_sales_attainment : limits.min_sales_attainment;
      reasons.push({
        signal: 'sales', level,
        message: `sales ${basis} at ${pct(a)} of target (${fig(sales.forecast ?? sales.achieved!)} of ${fig(sales.target)}; below ${pct(limit)})`,
      });
    }
  }
  let status: HealthStatus;
  if (reasons.some((r) => r.level === 'at-risk')) status = 'at-risk';
  else if (reasons.length > 0) status = 'watch';
  else if (sales || satisfactionReview(account, asOf, limits.review_months).measured) status = 'healthy';
  else status = 'unknown';
  return {
    status,
    reasons,
    satisfaction: latest ? { latest, previous: previous ?? null, change: previous ? latest.score - previous.score : null } : null,
    history,
    sales,
    openAlerts: alerts,
  };
}

/** Factors the file scores with weight above 0, out of the axis's factors with weight above 0 (SPEC 8.1). */
export function coverage(account: Account, config: Config): Coverage {
  const axis = (a: Axis): AxisCoverage => {
    const scores = account[a] ?? {};
    const weighted = config.factors[a].filter((f) => f.weight > 0);
    return { scored: weighted.filter((f) => typeof scores[f.id] === 'number').length, of: weighted.length };
  };
  return { attractiveness: axis('attractiveness'), strength: axis('strength') };
}

/** The axes with a score resting on fewer than limits.min_factor_share of their factors. */
export function thinAxes(c: Coverage, config: Pick<Config, 'limits'>): Axis[] {
  return (['attractiveness', 'strength'] as const).filter((a) => {
    const { scored, of } = c[a];
    return scored > 0 && scored / of < config.limits.min_factor_share;
  });
}
