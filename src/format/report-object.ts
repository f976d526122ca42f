/**
 * The SPEC 5 object: the machine-readable contract of `kam score` and
 * `kam check`. Field names here are binding within version 1.
 */
import type { AccountResult } from '../core/analyze.js';
import type { PlanView } from '../core/plan-view.js';
import type { PortfolioSummary } from '../core/portfolio.js';
import type { Diagnostic } from '../core/types.js';
import { countBySeverity } from '../core/exit-code.js';

export interface ReportInput {
  asOf: string;
  /** Account files read (valid or not). */
  files: readonly string[];
  accounts: readonly AccountResult[];
  portfolio: PortfolioSummary;
  diagnostics: readonly Diagnostic[];
}

export function round(value: number | null, decimals = 2): number | null {
  if (value === null) return null;
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
}

export function accountObject(a: AccountResult) {
  return {
      id: a.id,
      name: a.name,
      file: a.file,
      manager: a.manager,
      industry: a.industry,
      attractiveness: round(a.attractiveness),
      strength: round(a.strength),
      quadrant: a.quadrant,
      positioning: a.positioning,
      spend: round(a.spend),
      significance: round(a.significance),
      relationship: a.relationship,
      perceivedLevel: a.perceivedLevel,
      revenue: a.revenue,
      opportunities: a.opportunities.map((o) => ({
        id: o.id, name: o.name, value: o.value, stage: o.stage, decision: o.decision, failed: o.failed,
      })),
      stability: a.stability,
      target: a.target && { ...a.target, attractiveness: round(a.target.attractiveness), strength: round(a.target.strength) },
      health: { status: a.health.status, reasons: a.health.reasons },
      coverage: a.coverage,
      provisional: a.provisional,
      ...(a.freshness !== undefined ? { freshness: a.freshness } : {}),
      ...(a.plan ? planObject(a.plan) : {}),
  };
}

/** The account plan's fields (contract 1.1 addition): the charter, development plan, relationship map and forces. */
function planObject(p: PlanView) {
  return {
    position: p.position,
    lifecycle: p.lifecycle,
    tags: p.tags,
    plan: {
      charter: { situation: p.situation, ...p.charter },
      development: { ...p.development, tactics: Object.fromEntries(p.quarters.map((q) => [q.quarter, q.tactics])) },
      currentQuarter: p.quarters.find((q) => q.current)!.quarter,
      openActions: p.openActions.map((x) => ({ quarter: x.quarter, action: x.action, owner: x.owner, due: x.due, overdue: x.overdue })),
    },
    relationshipMap: {
      shape: p.map.shape,
      owners: p.map.owners,
      functions: p.map.functions,
      decisionMakers: p.map.decisionMakers,
      contacts: [...p.map.contacts].sort((x, y) => x.index - y.index).map((c) => ({
        name: c.name, role: c.role, function: c.function, influence: c.influence, owner: c.owner, agenda: c.agenda, agendaAnswered: c.agendaAnswered,
      })),
    },
    forces: Object.fromEntries(p.forces.map((f) => [f.id, f.value])),
  };
}

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
  };
}

/** The object without its two long lists, which the JSON writer streams element by element. */
export function reportHead(input: ReportInput) {
  const { errors, warnings } = countBySeverity(input.diagnostics);
  return {
    kam: { contract: 1 },
    asOf: input.asOf,
    accounts: [] as ReturnType<typeof accountObject>[],
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
    summary: { files: input.files.length, accounts: input.portfolio.accounts, errors, warnings },
  };
}

export function reportObject(input: ReportInput) {
  return { ...reportHead(input), accounts: input.accounts.map(accountObject), diagnostics: input.diagnostics.map(diagnosticObject) };
}
