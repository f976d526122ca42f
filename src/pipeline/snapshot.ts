/**
 * A portfolio as it was: a git revision of the current repository (read with
 * git itself, the working tree untouched), a directory, or a JSON output of
 * `kam score`. Used by `kam diff` and `kam check --baseline`.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, posix, relative, resolve, sep } from 'node:path';
import type { AccountResult } from '../core/analyze.js';
import { HEALTH_STATUSES, type HealthReason, type HealthStatus } from '../core/health.js';
import type { Snapshot } from '../core/diff.js';
import { defaultConfig } from '../core/factors.js';
import type { Account, Config, Decision, PositioningId } from '../core/types.js';
import { QUADRANTS } from '../core/portfolio.js';
import { PERCEIVED_LEVELS, POSITIONS, STAGES } from '../core/scoring.js';
import { createBytesProcessor } from './file-processor.js';
import { runPortfolio } from './portfolio-run.js';
import { CONFIG_NAMES } from '../io/files/discover.js';
import { ConfigError, loadConfigText } from '../io/config.js';
import { readRegularFile, tooLargeMessage } from '../io/files/read-file.js';
import { MAX_FILE_BYTES } from '../io/files/source-text.js';
import type { LoadedFile } from '../io/yaml/load-account.js';
import { UsageError } from '../io/errors.js';
import { git, readBlobs } from '../io/git/git.js';

export interface SnapshotOptions {
  cwd: string;
  /** Account paths, relative to cwd, as for the other commands. */
  paths: string[];
  today: string;
  asOf?: string;
  configFile?: string;
  /** Shared by the snapshots of one run (kam history, kam diff): each distinct blob is parsed once. */
  loadCache?: Map<string, LoadedFile>;
}

export interface LabelledSnapshot extends Snapshot {
  label: string;
  files: number;
  /** Files that are not valid accounts in this snapshot (git revisions only), with the first problem. */
  invalid?: { file: string; message: string }[];
}

export async function loadSnapshot(spec: string | undefined, options: SnapshotOptions): Promise<LabelledSnapshot> {
  if (spec === undefined) return fromDirectory(options.paths, 'working tree', options);
  const full = resolve(options.cwd, spec);
  if (existsSync(full) && statSync(full).isDirectory()) return fromDirectory([spec], spec, options);
  if (existsSync(full) && spec.endsWith('.json')) return fromJson(full, spec);
  return fromGit(spec, options);
}

async function fromDirectory(paths: string[], label: string, options: SnapshotOptions): Promise<LabelledSnapshot> {
  const run = await runPortfolio({
    paths, cwd: options.cwd, today: options.today, keepAccounts: true, rules: [],
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
  });
  return { label, accounts: run.accounts, data: run.data, config: run.config, files: run.files.length };
}

function fromJson(full: string, label: string): LabelledSnapshot {
  const read = readRegularFile(full, MAX_SNAPSHOT_BYTES, 'kam score JSON snapshots');
  if (!read.ok) throw new UsageError(`${label}: ${read.message}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch (e) {
    throw new UsageError(`${label} is not a JSON output of kam score (${(e as Error).message})`);
  }
  const list = parsed !== null && typeof parsed === 'object' ? (parsed as { accounts?: unknown }).accounts : undefined;
  if (!Array.isArray(list)) throw new UsageError(`${label} is not a JSON output of kam score (no "accounts" list)`);
  const accounts = list.map((a, i) => snapshotAccount(a, `${label}: accounts[${i}]`));
  return { label, accounts, config: defaultConfig(), files: accounts.length };
}

/** A kam score JSON file is as hostile as any input: bounded like the account files it summarises. */
const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024;

const POSITIONINGS: readonly PositioningId[] = ['strategic-partner', 'strategic-security', 'tactical-profit', 'tactical-make-easy'];
const DECISIONS: readonly Decision[] = ['go', 'qualify', 'no-go'];

/** What `kam diff` uses of one account of a snapshot, each field checked: a wrong one is a usage error naming it. */
function snapshotAccount(value: unknown, at: string): AccountResult {
  const bad = (field: string, expected: string): never => {
    throw new UsageError(`${at}${field}: expected ${expected}; is this a JSON output of kam score?`);
  };
  const object = (v: unknown, field: string): Record<string, unknown> =>
    (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : bad(field, 'an object'));
  const a = object(value, '');
  const text = (field: string, v: unknown = a[field]): string => (typeof v === 'string' && v !== '' ? v : bad(`.${field}`, 'a non-empty string'));
  const optionalText = (field: string): string | null => (a[field] === undefined || a[field] === null ? null : text(field));
  const score = (field: string): number | null => {
    const v = a[field];
    if (v === undefined || v === null) return null;
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10 ? v : bad(`.${field}`, 'a number from 0 to 10, or null');
  };
  const oneOf = <T extends string>(v: unknown, field: string, allowed: readonly T[]): T | null =>
    (v === undefined || v === null ? null : allowed.includes(v as T) ? (v as T) : bad(field, `null or one of ${allowed.join(', ')}`));
  const id = text('id');
  const rel = a.relationship === undefined || a.relationship === null ? null : object(a.relationship, '.relationship');
  const opportunities = a.opportunities === undefined ? [] : Array.isArray(a.opportunities) ? a.opportunities : bad('.opportunities', 'a list');
  return {
    id, name: optionalText('name') ?? id, file: typeof a.file === 'string' ? a.file : '',
    manager: optionalText('manager'), industry: optionalText('industry'),
    tags: Array.isArray(a.tags) ? a.tags.filter((t): t is string => typeof t === 'string') : [],
    attractiveness: score('attractiveness'), strength: score('strength'),
    quadrant: oneOf(a.quadrant, '.quadrant', QUADRANTS) ?? 'unclassified',
    spend: score('spend'), significance: score('significance'),
    positioning: oneOf(a.positioning, '.positioning', POSITIONINGS),
    relationship: rel && {
      stage: oneOf(rel.stage, '.relationship.stage', STAGES),
      customerView: oneOf(rel.customerView, '.relationship.customerView', STAGES),
      gap: null,
    },
    perceivedLevel: oneOf(a.perceivedLevel, '.perceivedLevel', PERCEIVED_LEVELS),
    position: oneOf(a.position, '.position', POSITIONS),
    revenue: { current: null, potential: null },
    opportunities: opportunities.map((o, i) => {
      const op = object(o, `.opportunities[${i}]`);
      const oid = typeof op.id === 'string' && op.id !== '' ? op.id : bad(`.opportunities[${i}].id`, 'a non-empty string');
      const decision = oneOf(op.decision, `.opportunities[${i}].decision`, DECISIONS) ?? bad(`.opportunities[${i}].decision`, DECISIONS.join(', '));
      return { id: oid, name: null, value: null, stage: null, decision, failed: [], open: [] };
    }),
    stability: null, target: null,
    health: snapshotHealth(a.health, bad),
    coverage: { attractiveness: { scored: 0, of: 0 }, strength: { scored: 0, of: 0 } },
    provisional: a.provisional === true,
    plan: null, // a snapshot compares scores; its plan is not read back
  };
}

/** A JSON output keeps the health status and its reasons, not the figures behind them. */
function snapshotHealth(value: unknown, bad: (field: string, expected: string) => never): AccountResult['health'] {
  const none = { satisfaction: null, history: [], sales: null, openAlerts: [] };
  if (value === undefined || value === null) return { status: 'unknown', reasons: [], ...none };
  if (typeof value !== 'object' || Array.isArray(value)) return bad('.health', 'an object');
  const h = value as { status?: unknown; reasons?: unknown };
  const status = HEALTH_STATUSES.includes(h.status as HealthStatus) ? (h.status as HealthStatus) : bad('.health.status', HEALTH_STATUSES.join(', '));
  const reasons = h.reasons === undefined ? [] : Array.isArray(h.reasons) ? h.reasons : bad('.health.reasons', 'a list');
  return {
    status,
    reasons: reasons.map((r: unknown, i) => {
      const reason = r !== null && typeof r === 'object' ? (r as Partial<HealthReason>) : {};
      return typeof reason.message === 'string' ? (reason as HealthReason) : bad(`.health.reasons[${i}].message`, 'a string');
    }),
    ...none,
  };
}

async function fromGit(rev: string, options: SnapshotOptions): Promise<LabelledSnapshot> {
  let root: string;
  let sha: string;
  try {
    root = git(options.cwd, ['rev-parse', '--show-toplevel']).toString().trim();
    sha = git(options.cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim();
  } catch {
    throw new UsageError(`"${rev}" is not a directory, a kam score JSON file, or a git revision of this repository`);
  }
  const inRepo = (p: string) => relative(root, resolve(options.cwd, p)).split(sep).join('/');
  const pathspecs = options.paths.map(inRepo).map((p) => (p === '' ? '.' : p));
  // "<mode> blob <oid>\t<path>" entries: reading blobs by id spares git a tree lookup per file.
  const blobIds = new Map<string, string>();
  const links = new Set<string>();
  const addEntries = (listing: string) => {
    for (const entry of listing.split('\0')) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!m) continue;
      blobIds.set(m[3]!, m[2]!);
      if (m[1] === '120000') links.add(m[3]!);
    }
  };
  try {
    addEntries(git(root, ['ls-tree', '-r', '-z', sha, '--', ...pathspecs]).toString());
  } catch {
    throw new UsageError(`cannot list ${options.paths.join(', ')} at ${rev}: --in paths must be inside this repository`);
  }
  const candidates = [...blobIds.keys()].filter((f) => {
    const parts = f.split('/');
    const name = parts[parts.length - 1]!;
    return /\.ya?ml$/.test(name) && !CONFIG_NAMES.includes(name) && !parts.some((p) => p.startsWith('.') || p === 'node_modules');
  }).sort();
  const files = followLinks(root, sha, candidates, blobIds, links);

  // The config at that revision: the working tree's config file, as it was then.
  const current = options.configFile ?? findConfigFor(options);
  const configPath = current ? inRepo(current) : undefined;
  if (configPath) {
    const configId = git(root, ['ls-tree', '-z', sha, '--', configPath]).toString().split('\0')[0]?.match(/^\d+ blob ([0-9a-f]+)\t/)?.[1];
    if (configId) blobIds.set(configPath, configId);
  }
  // Blobs parsed by an earlier snapshot of this run are not read again.
  const configKey = configPath ? blobIds.get(configPath) ?? 'none' : 'none';
  const cacheKey = (target: string) => `${configKey}:${blobIds.get(target)}`;
  const cache = options.loadCache;
  const toRead = cache ? files.filter(([, target]) => !cache.has(cacheKey(target))) : files;
  const { blobs, tooLarge } = catFiles(root, [
    ...(configPath && blobIds.has(configPath) ? [[configPath, blobIds.get(configPath)!] as [string, string]] : []),
    ...toRead.map(([shownPath, target]): [string, string] => [shownPath, blobIds.get(target)!]),
  ]);
  let config: Config = defaultConfig();
  if (configPath && tooLarge.has(configPath)) throw new ConfigError([`${rev}:${configPath}:1:1: ${tooLargeMessage(tooLarge.get(configPath)!, 'config files')}`]);
  if (configPath && blobs.has(configPath)) config = loadConfigText(blobs.get(configPath)!, `${rev}:${configPath}`);

  const asOf = options.asOf ?? config.asOf ?? options.today;
  const processBytes = createBytesProcessor({ cwd: options.cwd, config, asOf, ruleIds: [], keepAccounts: true, ...(cache ? { loadCache: cache } : {}) });
  const accounts: AccountResult[] = [];
  const data = new Map<string, Account>();
  const invalid: { file: string; message: string }[] = [];
  for (const [f, target] of files) {
    const shown = relative(options.cwd, resolve(root, f)) || basename(f);
    const o = processBytes(shown, blobs.get(f) ?? new Uint8Array(), cache ? cacheKey(target) : undefined);
    if (o.result) {
      accounts.push(o.result);
      if (o.account) data.set(o.file, o.account);
    } else {
      const d = o.diagnostics[0];
      invalid.push({ file: shown, message: d ? `${d.line}:${d.column} ${d.message}` : 'not a valid account file' });
    }
  }
  return { label: rev, accounts, data, config, files: files.length, invalid };
}

/**
 * Symlinked account files at a revision, read as the working tree reads them
 * (SPEC 1): a link inside the repository stands for its target, and a file
 * reached twice is read once, under the first path in sorted order. Without
 * this a symlinked account would be its link text at the revision and show
 * as "added" in every diff. Links out of the repository have no content at
 * a revision and are left out. Returns [path shown, path of the content].
 */
function followLinks(root: string, sha: string, candidates: string[], blobIds: Map<string, string>, links: Set<string>): [string, string][] {
  const linkPaths = candidates.filter((f) => links.has(f));
  if (linkPaths.length === 0) return candidates.map((f) => [f, f]);
  const texts = new Map<string, string>();
  const readLinks = (paths: string[]) => {
    for (const [p, b] of catFiles(root, paths.map((p) => [p, blobIds.get(p)!])).blobs) texts.set(p, b.toString('utf8'));
  };
  readLinks(linkPaths);
  const target = (from: string): string | undefined => {
    let path = from;
    for (let hops = 0; links.has(path); hops++) {
      const text = texts.get(path);
      if (text === undefined || hops >= 40) return undefined;
      const next = posix.normalize(posix.join(posix.dirname(path), text));
      if (text.startsWith('/') || next === '..' || next.startsWith('../')) return undefined;
      if (!blobIds.has(next)) {
        const listing = git(root, ['ls-tree', '-z', sha, '--', next]).toString();
        const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(listing);
        if (!m) return undefined;
        blobIds.set(next, m[2]!);
        if (m[1] === '120000') {
          links.add(next);
          readLinks([next]);
        }
      }
      path = next;
    }
    return path;
  };
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const f of candidates) {
    const t = target(f);
    if (t === undefined || seen.has(t)) continue;
    seen.add(t);
    out.push([f, t]);
  }
  return out;
}

function findConfigFor(options: SnapshotOptions): string | undefined {
  for (const dir of [options.paths[0] ?? '.', '.']) {
    for (const name of CONFIG_NAMES) {
      const candidate = resolve(options.cwd, dir, name);
      if (existsSync(candidate)) return relative(options.cwd, candidate);
    }
  }
  return undefined;
}

/** Blobs by path (several paths may share one blob); those above the account-file limit only by size. */
function catFiles(root: string, entries: [path: string, id: string][]): { blobs: Map<string, Buffer>; tooLarge: Map<string, number> } {
  const { content, tooLarge: large } = readBlobs(root, entries.map(([, id]) => id), MAX_FILE_BYTES);
  const blobs = new Map<string, Buffer>();
  const tooLarge = new Map<string, number>();
  for (const [path, id] of entries) {
    if (content.has(id)) blobs.set(path, content.get(id)!);
    else if (large.has(id)) tooLarge.set(path, large.get(id)!);
  }
  return { blobs, tooLarge };
}
