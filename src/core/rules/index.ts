/**
 * The rule registry and engine (SPEC section 6). Rules are pure; the
 * engine applies the config's severities and leaves positions to the edge.
 */
import type { AccountResult, PortfolioEntry } from '../analyze.js';
import type { PortfolioSummary } from '../portfolio.js';
import type { Account, Diagnostic, RuleSetting, Severity } from '../types.js';
import { bowTie } from './bow-tie.js';
import { concentration } from './concentration.js';
import { detached } from '../strings.js';
import { duplicateId } from './duplicate-id.js';
import { incompletePlan } from './incomplete-plan.js';
import { managerLoad } from './manager-load.js';
import { overdueAction } from './overdue-action.js';
import { perceptionGap } from './perception-gap.js';
import { positioningMismatch } from './positioning-mismatch.js';
import { priceBuyer } from './price-buyer.js';
import { pursuitWithoutGo } from './pursuit-without-go.js';
import { singleThreaded } from './single-threaded.js';
import { staleSatisfaction } from './stale-satisfaction.js';
import { staleScore } from './stale-score.js';
import { targetMissed } from './target-missed.js';
import { tooManyKey } from './too-many-key.js';
import { unclassified } from './unclassified.js';
import { satisfactionDrop } from './satisfaction-drop.js';
import { openAlert } from './open-alert.js';
import { salesBehindTarget } from './sales-behind-target.js';
import { thinScoring } from './thin-scoring.js';
import { earlyStageKey } from './early-stage-key.js';
import { noManager } from './no-manager.js';
import { staleOpportunity } from './stale-opportunity.js';
import { handover } from './handover.js';
import type { AccountRule, PortfolioRule, Rule, RuleContext } from './types.js';

export type { AccountRule, PortfolioRule, Rule, RuleContext, Finding } from './types.js';

/** The `schema` rule is applied by the loader; it is listed so config and docs know it. */
export const SCHEMA_RULE = {
  id: 'schema',
  defaultSeverity: 'error' as Severity,
  description: 'The file is not valid YAML or fails the schema.',
  why: 'A file that is not a well-formed account cannot be scored: it drops out of every analysis and report.',
  fix: 'Fix the problem at the line and column shown; the message names the field, what was expected and, for a typo, the nearest valid key or value.',
};

/** In SPEC section 6 order, then section 8.2. */
export const RULES: readonly Rule[] = [
  duplicateId, tooManyKey, managerLoad, concentration, perceptionGap, positioningMismatch, singleThreaded,
  staleSatisfaction, incompletePlan, pursuitWithoutGo, priceBuyer, unclassified, targetMissed, staleScore,
  satisfactionDrop, openAlert, salesBehindTarget, thinScoring, earlyStageKey, noManager, staleOpportunity, handover,
  bowTie, overdueAction,
];

/** What `kam validate` runs besides the schema: is every file a well-formed account? */
export const VALIDATION_RULES: readonly Rule[] = [duplicateId];

export function ruleSeverity(rule: { id: string; defaultSeverity: RuleSetting }, settings: Record<string, RuleSetting>): RuleSetting {
  return settings[rule.id] ?? rule.defaultSeverity;
}

export function runAccountRules(
  account: Account,
  result: AccountResult,
  ctx: RuleContext,
  rules: readonly Rule[] = RULES,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'account') continue;
    const severity = ruleSeverity(rule, ctx.config.rules);
    if (severity === 'off') continue;
    for (const f of (rule as AccountRule).check(account, result, ctx)) {
      out.push({
        file: result.file, severity, rule: rule.id, message: detached(f.message), account: result.id,
        ...(f.subject !== undefined ? { subject: f.subject } : {}), path: f.path ?? [],
      });
    }
  }
  return out;
}

export function runPortfolioRules(
  results: readonly PortfolioEntry[],
  summary: PortfolioSummary,
  ctx: RuleContext,
  rules: readonly Rule[] = RULES,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'portfolio') continue;
    const severity = ruleSeverity(rule, ctx.config.rules);
    if (severity === 'off') continue;
    for (const f of (rule as PortfolioRule).check(results, summary, ctx)) {
      const target = f.account;
      const onConfig = !target && ctx.portfolioFile?.isConfig === true;
      out.push({
        file: target?.file ?? ctx.portfolioFile?.file ?? '',
        severity,
        rule: rule.id,
        message: detached(f.message),
        ...(target ? { account: target.id } : {}),
        ...(f.subject !== undefined ? { subject: f.subject } : {}),
        path: (onConfig ? f.configPath : f.path) ?? [],
      });
    }
  }
  return out;
}
