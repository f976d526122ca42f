/**
 * One account file from path to result: read, load, score, run the
 * account-level rules and place their findings. Nothing of the file is kept
 * but the result (and the data, when asked), so memory stays flat.
 */
import { resolve } from 'node:path';
import { acceptancesOf, type Acceptance } from '../core/accept.js';
import { analyzeAccount, type AccountResult } from '../core/analyze.js';
import { RULES, runAccountRules, type RuleContext } from '../core/rules/index.js';
import type { Account, Config, Diagnostic } from '../core/types.js';
import { loadAccountSource, positionDiagnostics, type LoadedFile } from '../io/yaml/load-account.js';
import { accountValidators } from '../io/schema/schema.js';
import { readListedFile, readRegularFile } from '../io/files/read-file.js';
import { decodeSource, MAX_FILE_BYTES, type SourceText } from '../io/files/source-text.js';

export interface FileOutcome {
  file: string;
  result?: AccountResult;
  account?: Account;
  /** The findings the account accepts (SPEC 8.3), when it accepts any. */
  acceptances?: Acceptance[];
  diagnostics: Diagnostic[];
}

export interface ProcessorOptions {
  cwd: string;
  config: Config;
  asOf: string;
  /** Ids of the rules to run. */
  ruleIds: readonly string[];
  keepAccounts: boolean;
  /**
   * Loaded files by a content key (git blob id and config), shared by the
   * snapshots of one run: an unchanged file is parsed once, however many
   * snapshots hold it.
   */
  loadCache?: Map<string, LoadedFile>;
  /** When each factor score last changed, from git (stale-score, --freshness). */
  freshness?: RuleContext['freshness'];
  /** Put each account's freshness on its result (kam score --freshness). */
  attachFreshness?: boolean;
  /**
   * Files discovery saw as regular files, all but these (readListedFile):
   * given, the others are read with one system call fewer.
   */
  listedRegular?: { except: ReadonlySet<string> };
}

export function createFileProcessor(options: ProcessorOptions): (file: string) => FileOutcome {
  const fromBytes = createBytesProcessor(options);
  // One buffer for every file: each is decoded before the next is read, and nothing keeps its bytes.
  const scratch = { buffer: Buffer.allocUnsafe(64 * 1024) };
  return (file) => {
    const path = resolve(options.cwd, file);
    const read = (options.listedRegular && !options.listedRegular.except.has(file) && readListedFile(path, MAX_FILE_BYTES, scratch))
      || readRegularFile(path, MAX_FILE_BYTES, undefined, scratch);
    if (!read.ok) return { file, diagnostics: [{ file, line: 1, column: 1, severity: 'error', rule: 'schema', message: read.message }] };
    return fromBytes(file, read.bytes);
  };
}

/** The same for content that does not come from the working tree (a git revision). */
export function createBytesProcessor(options: ProcessorOptions): (file: string, bytes: Uint8Array, cacheKey?: string) => FileOutcome {
  const { config, asOf } = options;
  const validators = accountValidators(config);
  const rules = RULES.filter((r) => options.ruleIds.includes(r.id));
  const ctx: RuleContext = { config, asOf, ...(options.freshness ? { freshness: options.freshness } : {}) };
  return (file, bytes, cacheKey) => {
    let loaded = cacheKey !== undefined ? options.loadCache?.get(cacheKey) : undefined;
    // Decoded once: the text places the findings too.
    let source: SourceText | undefined;
    let plainText = false;
    if (!loaded) {
      source = decodeSource(bytes);
      ({ loaded, plainText } = loadAccountSource(file, source, { validators, config }));
      if (cacheKey !== undefined) options.loadCache?.set(cacheKey, loaded);
    }
    if (!loaded.ok) return { file, diagnostics: loaded.file === file ? loaded.diagnostics : loaded.diagnostics.map((d) => ({ ...d, file })) };
    const result = analyzeAccount(loaded.account, file, config, asOf);
    if (options.attachFreshness && options.freshness) result.freshness = options.freshness(file, loaded.account) ?? null;
    const found = runAccountRules(loaded.account, result, ctx, rules);
    if (found.length > 0) source ??= decodeSource(bytes);
    return {
      file,
      result,
      ...(options.keepAccounts ? { account: loaded.account } : {}),
      ...(loaded.account.accept?.length ? { acceptances: acceptancesOf(loaded.account) } : {}),
      diagnostics: found.length > 0 && source?.ok ? positionDiagnostics(source.text, found, plainText) : found,
    };
  };
}
