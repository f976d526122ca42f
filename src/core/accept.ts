/**
 * Accepted findings (SPEC 8.3): an account file may acknowledge a finding
 * the team has discussed, with its reason and, optionally, an end date.
 * An accepted finding stays in every output, marked as accepted, but does
 * not count for the exit code. After `until` it counts again, and an
 * acceptance that matches no finding is reported itself (`unused-accept`),
 * so a stale one cannot hide a future finding nobody decided on.
 */
import { nearest } from './suggest.js';
import type { Account, Diagnostic, Severity } from './types.js';

export interface Acceptance {
  rule: string;
  reason: string;
  until: string | null;
}

/** The acceptances of one account, found while its file was read. */
export interface AccountAcceptances {
  file: string;
  account: string;
  accept: Acceptance[];
}

export const UNUSED_ACCEPT_RULE = {
  id: 'unused-accept',
  scope: 'account' as const,
  defaultSeverity: 'warning' as Severity,
  description: 'An acceptance in an account file matches none of its findings.',
  why: 'An acceptance left behind after the finding went away would silently hide the next finding of that rule, one nobody has decided on.',
  fix: 'Remove the entry from `accept:` (or correct the rule id the message names); accept a finding again when it comes back and the team has discussed it.',
};

export function acceptancesOf(account: Account): Acceptance[] {
  return (account.accept ?? []).map((a) => ({ rule: a.rule, reason: a.reason.trim(), until: a.until ?? null }));
}

export interface AcceptOptions {
  asOf: string;
  /** The rules that ran: an acceptance of any other rule is neither used nor unused. */
  ran: ReadonlySet<string>;
  /** Every rule id there is, for "did you mean". */
  known: readonly string[];
  /** The severity of unused-accept; undefined when it is off or did not run. */
  unusedSeverity?: Severity;
}

/**
 * Marks the findings each account accepts and returns the unused
 * acceptances as findings (without positions: they point at `accept[i]`).
 */
export function applyAcceptances(diagnostics: readonly Diagnostic[], lists: readonly AccountAcceptances[], options: AcceptOptions): { diagnostics: Diagnostic[]; unused: Diagnostic[] } {
  if (lists.length === 0) return { diagnostics: [...diagnostics], unused: [] };
  const byFile = new Map(lists.map((l) => [l.file, { list: l, used: l.accept.map(() => false) }]));
  const out = diagnostics.map((d) => {
    const entry = d.account !== undefined ? byFile.get(d.file) : undefined;
    if (!entry || entry.list.account !== d.account) return d;
    const i = entry.list.accept.findIndex((a) => a.rule === d.rule);
    if (i < 0) return d;
    entry.used[i] = true;
    const a = entry.list.accept[i]!;
    if (a.until !== null && a.until < options.asOf) {
      return { ...d, message: `${d.message} (accepted until ${a.until}, which has passed)` };
    }
    return { ...d, accepted: { reason: a.reason, until: a.until } };
  });
  const unused: Diagnostic[] = [];
  if (options.unusedSeverity === undefined) return { diagnostics: out, unused };
  for (const { list, used } of byFile.values()) {
    list.accept.forEach((a, i) => {
      if (used[i]) return;
      const known = options.known.includes(a.rule);
      if (known && !options.ran.has(a.rule)) return;
      let message: string;
      if (!known) {
        const near = nearest(a.rule, options.known);
        message = `accepts findings of "${a.rule}", which is not a rule${near ? `; did you mean "${near}"?` : ''}`;
      } else {
        message = `accepts findings of "${a.rule}", but this account has none${a.until !== null && a.until < options.asOf ? ` (and the acceptance ended ${a.until})` : ''}: remove the acceptance, so that a future finding is decided on afresh rather than hidden`;
      }
      unused.push({ file: list.file, severity: options.unusedSeverity!, rule: UNUSED_ACCEPT_RULE.id, message, account: list.account, path: ['accept', i, 'rule'] });
    });
  }
  return { diagnostics: out, unused };
}

/** Findings that count for the exit code and --max-warnings. */
export function counted<T extends { accepted?: unknown }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => d.accepted === undefined);
}

/** "accepted: reason (until 2027-03-31)", for the human formats. */
export function acceptedNote(accepted: { reason: string; until: string | null }): string {
  return `accepted: ${accepted.reason}${accepted.until !== null ? ` (until ${accepted.until})` : ''}`;
}
