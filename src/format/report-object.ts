/**
 * The SPEC 5 object: the machine-readable contract of `kam score` and
 * `kam check`. Field names here are binding within version 1.
 */
import type { AccountResult } from '../core/analyze.js';
import type { MapContact, PlanView } from '../core/plan-view.js';
import type { PortfolioSummary } from '../core/portfolio.js';
import type { Diagnostic, ForceId, QuarterId, Tactic } from '../core/types.js';
import { countBySeverity } from '../core/exit-code.js';
import type { Showing } from '../core/filter.js';

export interface ReportInput {
  asOf: string;
  /** Account files read (valid or not). */
  files: readonly string[];
  accounts: readonly AccountResult[];
  portfolio: PortfolioSummary;
  diagnostics: readonly Diagnostic[];
  /** When a filter chose the accounts: how many are shown, of how many. */
  showing?: Showing;
}

export function round(value: number | null, decimals = 2): number | null {
  if (value === null) return null;
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

// Built field by field, in the contract's order: this runs for every account
// of a JSON run, and spreads into a literal cost more than the rest of it.
export function accountObject(a: AccountResult) {
  const o = {
    id: a.id,
    name: a.name,
    file: a.file,
    manager: a.manager,
    industry: a.industry,
    tags: a.tags,
    attractiveness: round(a.attractiveness),
    strength: round(a.strength),
    quadrant: a.quadrant,
    positioning: a.positioning,
    spend: round(a.spend),
    significance: round(a.significance),
    relationship: a.relationship,
    perceivedLevel: a.perceivedLevel,
    revenue: a.revenue,
    opportunities: a.opportunities.map((x) => ({
      id: x.id, name: x.name, value: x.value, stage: x.stage, decision: x.decision, failed: x.failed,
    })),
    stability: a.stability,
    target: a.target && { attractiveness: round(a.target.attractiveness), strength: round(a.target.strength), by: a.target.by, quadrant: a.target.quadrant },
    health: { status: a.health.status, reasons: a.health.reasons },
    coverage: a.coverage,
    provisional: a.provisional,
  } as AccountObject;
  if (a.freshness !== undefined) o.freshness = a.freshness;
  if (a.plan) addPlan(o, a.plan);
  return o;
}

type PlanFields = ReturnType<typeof planFields>;
export type AccountObject = {
  id: string; name: string; file: string; manager: string | null; industry: string | null; tags: string[];
  attractiveness: number | null; strength: number | null; quadrant: AccountResult['quadrant']; positioning: AccountResult['positioning'];
  spend: number | null; significance: number | null; relationship: AccountResult['relationship']; perceivedLevel: AccountResult['perceivedLevel'];
  revenue: AccountResult['revenue'];
  opportunities: Pick<AccountResult['opportunities'][number], 'id' | 'name' | 'value' | 'stage' | 'decision' | 'failed'>[];
  stability: AccountResult['stability']; target: AccountResult['target']; health: Pick<AccountResult['health'], 'status' | 'reasons'>;
  coverage: AccountResult['coverage']; provisional: boolean; freshness?: AccountResult['freshness'];
} & Partial<PlanFields>;

/** The account plan's fields (contract 1.1 addition): the charter, development plan, relationship map and forces. */
function addPlan(o: AccountObject, p: PlanView): void {
  const f = planFields(p);
  o.position = f.position;
  o.lifecycle = f.lifecycle;
  o.tags = f.tags; // the plan's copy, in the place tags already hold
  o.plan = f.plan;
  o.relationshipMap = f.relationshipMap;
  o.forces = f.forces;
}

function planFields(p: PlanView) {
  const tactics = {} as Record<QuarterId, Tactic[]>;
  let currentQuarter = p.quarters[0]!.quarter;
  for (const q of p.quarters) {
    tactics[q.quarter] = q.tactics;
    if (q.current) currentQuarter = q.quarter;
  }
  // File order: each contact's index is its place in the file's list.
  const contacts = new Array<ContactObject>(p.map.contacts.length);
  for (const c of p.map.contacts) {
    contacts[c.index] = { name: c.name, role: c.role, function: c.function, influence: c.influence, owner: c.owner, agenda: c.agenda, agendaAnswered: c.agendaAnswered };
  }
  const forces = {} as Record<ForceId, number | null>;
  for (const x of p.forces) forces[x.id] = x.value;
  return {
    position: p.position,
    lifecycle: p.lifecycle,
    tags: p.tags,
    plan: {
      charter: {
        situation: p.situation,
        objectives: p.charter.objectives, initiatives: p.charter.initiatives, barriers: p.charter.barriers, enablers: p.charter.enablers,
      },
      development: { objectives: p.development.objectives, strategies: p.development.strategies, tactics },
      currentQuarter,
      openActions: p.openActions.map((x) => ({ quarter: x.quarter, action: x.action, owner: x.owner, due: x.due, overdue: x.overdue })),
    },
    relationshipMap: {
      shape: p.map.shape,
      owners: p.map.owners,
      functions: p.map.functions,
      decisionMakers: p.map.decisionMakers,
      contacts,
    },
    forces,
  };
}

type ContactObject = Pick<MapContact, 'name' | 'role' | 'function' | 'influence' | 'owner' | 'agenda' | 'agendaAnswered'>;

export function diagnosticObject(d: Diagnostic) {
  return {
    file: d.file,
    line: d.line ?? null,
    column: d.column ?? null,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.account !== undefined ? { account: d.account } : {}),
    ...(d.subject !== undefined ? { subject: d.subject } : {}),
    ...(d.accepted ? { accepted: { ...d.accepted } } : {}),
  };
}

/** The object without its two long lists, which the JSON writer streams element by element. */
export function reportHead(input: ReportInput) {
  const { errors, warnings, accepted } = countBySeverity(input.diagnostics);
  return {
    kam: { contract: 1 },
    asOf: input.asOf,
    accounts: [] as AccountObject[],
    portfolio: {
      accounts: input.portfolio.accounts,
      revenue: {
        total: input.portfolio.revenue.total,
        topShare: round(input.portfolio.revenue.topShare, 4),
        top20Share: round(input.portfolio.revenue.top20Share, 4),
        topAccount: input.portfolio.revenue.topAccount,
      },
      quadrants: input.portfolio.quadrants,
      managers: { ...input.portfolio.managers },
      managerLoad: { ...input.portfolio.managerLoad },
      health: input.portfolio.health,
    },
    diagnostics: [] as ReturnType<typeof diagnosticObject>[],
    summary: {
      files: input.files.length, accounts: input.portfolio.accounts, errors, warnings,
      ...(accepted > 0 ? { accepted } : {}),
      ...(input.showing ? { showing: { ...input.showing } } : {}),
    },
  };
}

export function reportObject(input: ReportInput) {
  return { ...reportHead(input), accounts: input.accounts.map(accountObject), diagnostics: input.diagnostics.map(diagnosticObject) };
}

/**
 * An account object with every optional part present: `--where` checks the
 * fields it names against it, so a misspelt field is an error, not a filter
 * that quietly matches nothing.
 */
export const ACCOUNT_TEMPLATE = accountObject({
  id: '', name: '', file: '', manager: '', industry: '', tags: [''], attractiveness: 0, strength: 0, quadrant: 'key',
  spend: 0, significance: 0, positioning: 'strategic-partner',
  relationship: { stage: 'basic', customerView: 'basic', gap: 0 }, perceivedLevel: 'partner', position: 'strong',
  revenue: { current: 0, potential: 0 },
  health: { status: 'unknown', reasons: [], satisfaction: null, history: [], sales: null, openAlerts: [] },
  coverage: { attractiveness: { scored: 0, of: 0 }, strength: { scored: 0, of: 0 } },
  provisional: false,
  plan: null,
  opportunities: [{ id: '', name: '', value: 0, stage: '', decision: 'go', failed: [], open: [] }],
  stability: { borderline: false, minimalChange: { axis: 'attractiveness', factor: '', from: 0, to: 0 } },
  target: { attractiveness: 0, strength: 0, by: '', quadrant: 'key' },
});
