/**
 * The SPEC 5 object: the machine-readable contract of `kam score` and
 * `kam check`. Field names here are binding within version 1.
 */
import type { AccountResult } from '../core/analyze.js';
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

export function reportObject(input: ReportInput) {
  const { errors, warnings } = countBySeverity(input.diagnostics);
  return {
    kam: { contract: 1 },
    asOf: input.asOf,
    accounts: input.accounts.map((a) => ({
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
    })),
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
    },
    diagnostics: input.diagnostics.map((d) => ({
      file: d.file,
      line: d.line ?? null,
      column: d.column ?? null,
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      ...(d.account !== undefined ? { account: d.account } : {}),
    })),
    summary: { files: input.files.length, accounts: input.accounts.length, errors, warnings },
  };
}
