/**
 * Filters choose which accounts a command shows: by quadrant, health (SPEC
 * 8.1), manager, tag, industry, and `--where` expressions. They never change what is computed:
 * the portfolio figures and portfolio rules still see every account.
 *
 * The same option given twice widens (either value); different options
 * narrow (all must hold). Text values are compared without regard to case,
 * accents or runs of spaces, so "dana  reyes" finds "Dana Reyes".
 */
import type { AccountResult } from './analyze.js';
import { HEALTH_STATUSES, type HealthStatus } from './health.js';
import { QUADRANTS } from './portfolio.js';
import { nearest } from './suggest.js';
import type { Diagnostic, QuadrantId } from './types.js';
import { checkWhereFields, matchesWhere, parseWhere, WhereError, type WhereNode } from './where.js';

/** Case, accents and spacing folded away: how account text is matched. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

export interface FilterOptions {
  quadrant?: string[];
  health?: string[];
  manager?: string[];
  tag?: string[];
  industry?: string[];
  where?: string[];
}

/** A mistake in a filter option: bad usage, exit 2. */
export class FilterError extends Error {}

/** The options whose values come from the account files. */
export const TEXT_FIELDS = ['manager', 'tag', 'industry'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const valuesOf: Record<TextField, (a: AccountResult) => readonly (string | null)[]> = {
  manager: (a) => [a.manager],
  tag: (a) => a.tags,
  industry: (a) => [a.industry],
};

/**
 * Records the account's values of a field by their folded form, each in the
 * first spelling met: one entry per value as the filters tell them apart.
 */
export function recordSpellings(spellings: Map<string, string>, a: AccountResult, field: TextField): void {
  for (const v of valuesOf[field](a)) {
    if (v !== null && !spellings.has(foldText(v))) spellings.set(foldText(v), v);
  }
}

export interface AccountFilter {
  /** True when any filter option was given. */
  readonly active: boolean;
  /**
   * True when some values can be checked only once every account is read
   * (checkValues): a command must then write nothing before the run ends.
   */
  readonly checksAfterRun: boolean;
  matches(a: AccountResult): boolean;
  /**
   * Records the values an account has, so that a value no account has can
   * be reported (with the nearest one) once the run is over.
   */
  observe(a: AccountResult): void;
  /** Throws FilterError for a manager, tag or industry that no account has. */
  checkValues(): void;
}

/**
 * Parses and checks the options that need no portfolio (quadrants, the
 * `--where` grammar and its field names). `template` is the JSON object of
 * an account with every optional part present, `toObject` turns a result
 * into the object `--where` reads.
 */
/**
 * The values of an option with a fixed list ("Key Development" and
 * "key_development" are key-development), or a FilterError with the nearest.
 */
function fixedValues<T extends string>(option: string, given: readonly string[] | undefined, allowed: readonly T[], what: string): T[] {
  return (given ?? []).map((value) => {
    const id = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
    if (allowed.includes(id as T)) return id as T;
    const near = nearest(value, allowed);
    throw new FilterError(`--${option} "${value}" is not ${what}${near ? `; did you mean "${near}"?` : `: use one of ${allowed.join(', ')}`}`);
  });
}

export function createFilter(options: FilterOptions, where: { template: unknown; toObject: (a: AccountResult) => unknown }): AccountFilter {
  const quadrants = fixedValues<QuadrantId>('quadrant', options.quadrant, QUADRANTS, 'a quadrant');
  const healths = fixedValues<HealthStatus>('health', options.health, HEALTH_STATUSES, 'a health status');
  const trees: WhereNode[] = (options.where ?? []).map((text) => {
    try {
      const tree = parseWhere(text);
      checkWhereFields(tree, where.template, nearest);
      return tree;
    } catch (e) {
      if (!(e instanceof WhereError)) throw e;
      throw new FilterError(`--where "${text}": ${e.message} (column ${e.column})`);
    }
  });
  const wanted = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Set((options[f] ?? []).map(foldText))])) as Record<TextField, Set<string>>;
  const seen = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new Map<string, string>()])) as Record<TextField, Map<string, string>>;
  const asked = TEXT_FIELDS.filter((f) => wanted[f].size > 0);
  const active = quadrants.length > 0 || healths.length > 0 || trees.length > 0 || asked.length > 0;

  return {
    active,
    checksAfterRun: asked.length > 0,
    matches(a) {
      if (quadrants.length > 0 && !quadrants.includes(a.quadrant)) return false;
      if (healths.length > 0 && !healths.includes(a.health.status)) return false;
      for (const f of asked) {
        if (!valuesOf[f](a).some((v) => v !== null && wanted[f].has(foldText(v)))) return false;
      }
      if (trees.length === 0) return true;
      const object = where.toObject(a);
      return trees.every((t) => matchesWhere(t, object));
    },
    observe(a) {
      for (const f of asked) recordSpellings(seen[f], a, f);
    },
    checkValues() {
      for (const f of asked) {
        for (const value of options[f] ?? []) {
          if (seen[f].has(foldText(value))) continue;
          const known = [...seen[f].values()];
          const near = nearest(foldText(value), known.map(foldText));
          const suggestion = near !== undefined ? `; did you mean "${seen[f].get(near)}"?` : known.length === 0 ? '' : known.length <= 12 ? `; ${f === 'industry' ? 'industries' : `${f}s`}: ${known.sort().join(', ')}` : '';
          throw new FilterError(`--${f} "${value}": no account has this ${f}${suggestion}`);
        }
      }
    },
  };
}

/** What a filtered command shows, and the count for "showing 12 of 130 accounts". */
export interface Showing {
  accounts: number;
  of: number;
}

/**
 * The findings of the accounts shown. Findings about no account in
 * particular (files that did not load, portfolio-wide rules) always show.
 */
export function shownDiagnostics<T extends Pick<Diagnostic, 'file' | 'account'>>(diagnostics: readonly T[], hiddenFiles: ReadonlySet<string>): T[] {
  if (hiddenFiles.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => d.account === undefined || !hiddenFiles.has(d.file));
}

export function showingLine(s: Showing): string {
  return `showing ${s.accounts} of ${s.of} account${s.of === 1 ? '' : 's'}`;
}
