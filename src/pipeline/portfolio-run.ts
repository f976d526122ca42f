/**
 * The one pipeline every analysing command shares: find files, read the
 * config, load and score each account, then the portfolio. I/O lives here
 * and in io/; the analysis itself is the pure core.
 */
import { readFileSync } from 'node:fs';
import { createBytesProcessor, createFileProcessor, type ProcessorOptions } from './file-processor.js';
import { applyAcceptances, UNUSED_ACCEPT_RULE, type AccountAcceptances } from '../core/accept.js';
import { portfolioEntry, type AccountResult, type PortfolioEntry } from '../core/analyze.js';
import { FilterError, shownDiagnostics, type AccountFilter, type Showing } from '../core/filter.js';
import { summarizePortfolio, type PortfolioSummary } from '../core/portfolio.js';
import { RULES, ruleSeverity, runPortfolioRules, SCHEMA_RULE, type Rule, type RuleContext } from '../core/rules/index.js';
import { staleScore } from '../core/rules/stale-score.js';
import { factorScores, freshnessFor, readFreshnessIndex } from '../io/git/freshness.js';
import { loadAccountText } from '../io/yaml/load-account.js';
import { accountValidators } from '../io/schema/schema.js';
import type { Account, Config, Diagnostic } from '../core/types.js';
import { configSearchStart, findConfig, loadConfigFile } from '../io/config.js';
import { defaultConfig } from '../core/factors.js';
import { discoverAccountFiles } from '../io/files/discover.js';
import { UsageError } from '../io/errors.js';
import { positionDiagnostics } from '../io/yaml/load-account.js';
import { isDate } from '../io/schema/schema.js';
import { decodeSource } from '../io/files/source-text.js';
import { relative, resolve } from 'node:path';

export interface RunOptions {
  paths: string[];
  cwd: string;
  configFile?: string;
  asOf?: string;
  /** Today's date, YYYY-MM-DD; injected so tests are deterministic. */
  today: string;
  /** Keep each valid account's data (for commands that show details). */
  keepAccounts?: boolean;
  /** Which rules run (default: all). */
  rules?: readonly Rule[];
  /**
   * Streaming: called once the as-of date is known, then with each account
   * in file order. With `retainAccounts: false` the run keeps only what the
   * portfolio summary needs, so memory stays flat whatever the portfolio size.
   */
  onStart?: (start: { asOf: string; config: Config }) => void | Promise<void>;
  onAccount?: (result: AccountResult) => void | Promise<void>;
  retainAccounts?: boolean;
  /** Told of each file read, and of the phase after reading. */
  progress?: { files(done: number, total: number): void; phase(text: string): void };
  /** Read when each factor score last changed from git, and put it on each result. */
  freshness?: boolean;
  /**
   * Paths that hold no account file are bad usage (exit 2): for the commands
   * a user points at a portfolio, an empty one is almost always a wrong path,
   * and a CI gate must not pass on nothing. Snapshots of the past may be empty.
   */
  requireAccountFiles?: boolean;
  /**
   * Which accounts are shown: only they reach `accounts`, `data` and
   * `onAccount`, and only their findings (with those about no account in
   * particular) reach `diagnostics`. The portfolio still counts every account.
   */
  filter?: AccountFilter;
  /**
   * One account read from standard input instead of the paths (`kam check -`).
   * Only the account rules run: the portfolio rules need the portfolio.
   */
  stdin?: { file: string; bytes: Uint8Array };
}

export interface PortfolioRun {
  asOf: string;
  config: Config;
  files: string[];
  /** Every valid account, in file order (empty when streamed with `retainAccounts: false`). */
  accounts: AccountResult[];
  /** Account data by file, when `keepAccounts` was asked for. */
  data: Map<string, Account>;
  portfolio: PortfolioSummary;
  diagnostics: Diagnostic[];
  /** Set when a filter was given: how many accounts are shown, of how many. */
  showing?: Showing;
}

export function resolveConfig(options: Pick<RunOptions, 'paths' | 'cwd' | 'configFile'>): Config {
  // Shown relative to where the user is, like account files.
  const shown = (file: string) => relative(options.cwd, file) || file;
  if (options.configFile !== undefined) {
    return loadConfigFile(resolve(options.cwd, options.configFile), shown(resolve(options.cwd, options.configFile)));
  }
  const found = findConfig(configSearchStart(options.paths[0], options.cwd));
  return found ? loadConfigFile(found, shown(found)) : defaultConfig();
}

export async function runPortfolio(options: RunOptions): Promise<PortfolioRun> {
  const { stdin } = options;
  const { files, missing, unreadable, special } = stdin ? { files: [stdin.file], missing: [], unreadable: [], special: new Set<string>() } : discoverAccountFiles(options.paths, options.cwd);
  if (missing.length > 0) throw new UsageError(`path does not exist: ${missing.join(', ')}`);
  const config = resolveConfig(options);
  const asOf = options.asOf ?? config.asOf ?? options.today;
  if (!isDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  // After the config (a broken config is the first thing to fix) and only when no folder was unreadable (that is exit 1).
  if (files.length === 0 && unreadable.length === 0 && options.requireAccountFiles) {
    throw new UsageError(`no account files in ${options.paths.join(', ')}: kam reads the .yaml and .yml files there and in its folders ` +
      '(not hidden ones or node_modules); give the folder that holds the account files');
  }

  const rules = (options.rules ?? RULES).filter((r) => !stdin || r.scope === 'account');
  // Git history is read only when asked for or when the stale-score rule is on: it is the costly part.
  const wantFreshness = !stdin && (options.freshness === true || (rules.includes(staleScore) && ruleSeverity(staleScore, config.rules) !== 'off'));
  const freshness = wantFreshness ? gitFreshness(options, config, asOf) : undefined;
  const processorOptions: ProcessorOptions = {
    cwd: options.cwd, config, asOf, ruleIds: rules.map((r) => r.id), keepAccounts: options.keepAccounts ?? false,
    ...(freshness ? { freshness, attachFreshness: options.freshness === true } : {}),
    listedRegular: { except: special },
  };
  const processFile = stdin
    ? (file: string) => createBytesProcessor(processorOptions)(file, stdin.bytes)
    : createFileProcessor(processorOptions);
  const retain = options.retainAccounts ?? true;
  const accounts: AccountResult[] = [];
  const entries: PortfolioEntry[] = [];
  const data = new Map<string, Account>();
  // A folder kam cannot list may hold accounts: the gate fails closed.
  const diagnostics: Diagnostic[] = unreadable.map(({ path, code }) => ({
    file: path, line: 1, column: 1, severity: 'error', rule: 'schema',
    message: `cannot read this folder (${code}); its account files were not checked`,
  }));
  const { filter } = options;
  const hidden = new Set<string>();
  const acceptances: AccountAcceptances[] = [];
  if (options.onStart) await options.onStart({ asOf, config });
  const progress = options.progress;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const o = processFile(file);
    progress?.files(i + 1, files.length);
    diagnostics.push(...o.diagnostics);
    if (!o.result) continue;
    if (o.acceptances) acceptances.push({ file: o.file, account: o.result.id, accept: o.acceptances });
    entries.push(retain ? o.result : portfolioEntry(o.result));
    if (filter) {
      filter.observe(o.result);
      if (!filter.matches(o.result)) {
        hidden.add(o.file);
        continue;
      }
    }
    if (options.onAccount) await options.onAccount(o.result);
    if (retain) accounts.push(o.result);
    if (o.account) data.set(o.file, o.account);
  }
  progress?.phase('checking the portfolio');
  if (filter) {
    try {
      filter.checkValues();
    } catch (e) {
      throw e instanceof FilterError ? new UsageError(e.message) : e;
    }
  }
  const portfolio = summarizePortfolio(entries);
  const portfolioFile = config.file !== undefined ? { file: config.file, isConfig: true }
    : files[0] !== undefined ? { file: files[0], isConfig: false } : undefined;
  const portfolioFindings = runPortfolioRules(entries, portfolio, { config, asOf, ...(portfolioFile ? { portfolioFile } : {}) }, rules);
  const read = (file: string) => (stdin && file === stdin.file ? textOf(stdin.bytes) : textOf(readFileSync(resolve(options.cwd, file))));
  diagnostics.push(...positionPortfolioFindings(portfolioFindings, read));
  // Unused acceptances are reported only when every rule ran (kam validate runs a few).
  const unusedSetting = options.rules === undefined ? ruleSeverity(UNUSED_ACCEPT_RULE, config.rules) : 'off';
  const accepted = applyAcceptances(diagnostics, acceptances, {
    asOf,
    ran: new Set(rules.filter((r) => ruleSeverity(r, config.rules) !== 'off').map((r) => r.id)),
    known: [SCHEMA_RULE.id, ...RULES.map((r) => r.id), UNUSED_ACCEPT_RULE.id],
    ...(unusedSetting !== 'off' ? { unusedSeverity: unusedSetting } : {}),
  });
  const all = [...accepted.diagnostics, ...positionPortfolioFindings(accepted.unused, read)];
  return {
    asOf, config, files, accounts, data, portfolio,
    diagnostics: shownDiagnostics(sortDiagnostics(all, files), hidden),
    ...(filter?.active ? { showing: { accounts: entries.length - hidden.size, of: entries.length } } : {}),
  };
}

function textOf(bytes: Uint8Array): string {
  const source = decodeSource(bytes);
  return source.ok ? source.text : '';
}

/** Portfolio findings name accounts, not positions: read those files once more to place them. */
function positionPortfolioFindings(found: Diagnostic[], read: (file: string) => string): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of found) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (file === '') {
      out.push(...list);
      continue;
    }
    let text = '';
    try {
      text = read(file);
    } catch {
      /* the file vanished since it was read: keep the finding without a position */
    }
    out.push(...positionDiagnostics(text, list));
  }
  return out;
}

function sortDiagnostics(diagnostics: Diagnostic[], files: string[]): Diagnostic[] {
  const order = new Map(files.map((f, i) => [f, i]));
  const rank = (d: Diagnostic) => order.get(d.file) ?? files.length;
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * Freshness from one pass over the git history of the scanned folders; blobs
 * read as account files are. With `only`, just those files' histories are read
 * (kam show: one account's, not the portfolio's).
 */
export function gitFreshness(options: Pick<RunOptions, 'cwd' | 'paths'>, config: Config, asOf: string, only?: ReadonlySet<string>): NonNullable<RuleContext['freshness']> {
  const validators = accountValidators(config);
  const index = readFreshnessIndex(options.cwd, options.paths, (bytes) => {
    const loaded = loadAccountText('', bytes, { validators, config });
    return loaded.ok ? factorScores(loaded.account) : undefined;
  }, only);
  return (file, account) => freshnessFor(index, file, factorScores(account), asOf);
}
