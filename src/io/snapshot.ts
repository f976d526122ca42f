/**
 * A portfolio as it was: a git revision of the current repository (read with
 * git itself, the working tree untouched), a directory, or a JSON output of
 * `kam score`. Used by `kam diff` and `kam check --baseline`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { AccountResult } from '../core/analyze.js';
import type { Snapshot } from '../core/diff.js';
import { defaultConfig } from '../core/factors.js';
import type { Account, Config } from '../core/types.js';
import { createBytesProcessor } from '../file-processor.js';
import { runPortfolio } from '../portfolio-run.js';
import { CONFIG_NAMES } from './discover.js';
import { loadConfigText } from './config.js';
import { UsageError } from './errors.js';

export interface SnapshotOptions {
  cwd: string;
  /** Account paths, relative to cwd, as for the other commands. */
  paths: string[];
  today: string;
  asOf?: string;
  configFile?: string;
}

export interface LabelledSnapshot extends Snapshot {
  label: string;
  files: number;
}

const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT, stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
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
  let parsed: { accounts?: Partial<AccountResult>[] };
  try {
    parsed = JSON.parse(readFileSync(full, 'utf8'));
  } catch (e) {
    throw new UsageError(`${label} is not a JSON output of kam score (${(e as Error).message})`);
  }
  if (!Array.isArray(parsed.accounts)) throw new UsageError(`${label} is not a JSON output of kam score (no "accounts" list)`);
  const accounts = parsed.accounts.map((a): AccountResult => ({
    id: String(a.id), name: String(a.name ?? a.id), file: String(a.file ?? ''), manager: a.manager ?? null, industry: a.industry ?? null,
    attractiveness: a.attractiveness ?? null, strength: a.strength ?? null, quadrant: a.quadrant ?? 'unclassified',
    spend: a.spend ?? null, significance: a.significance ?? null, positioning: a.positioning ?? null,
    relationship: a.relationship ?? null, perceivedLevel: a.perceivedLevel ?? null,
    revenue: a.revenue ?? { current: null, potential: null },
    opportunities: (a.opportunities ?? []).map((o) => ({ ...o, failed: o.failed ?? [], open: o.open ?? [] })),
    stability: a.stability ?? null, target: a.target ?? null,
  }));
  return { label, accounts, config: defaultConfig(), files: accounts.length };
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
  for (const entry of git(root, ['ls-tree', '-r', '-z', sha, '--', ...pathspecs]).toString().split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) blobIds.set(m[2]!, m[1]!);
  }
  const files = [...blobIds.keys()].filter((f) => {
    const parts = f.split('/');
    const name = parts[parts.length - 1]!;
    return /\.ya?ml$/.test(name) && !CONFIG_NAMES.includes(name) && !parts.some((p) => p.startsWith('.') || p === 'node_modules');
  }).sort();

  // The config at that revision: the working tree's config file, as it was then.
  const current = options.configFile ?? findConfigFor(options);
  const configPath = current ? inRepo(current) : undefined;
  if (configPath) {
    const configId = git(root, ['ls-tree', '-z', sha, '--', configPath]).toString().split('\0')[0]?.match(/^\d+ blob ([0-9a-f]+)\t/)?.[1];
    if (configId) blobIds.set(configPath, configId);
  }
  const blobs = catFiles(root, [...(configPath && blobIds.has(configPath) ? [configPath] : []), ...files].map((p) => [p, blobIds.get(p)!]));
  let config: Config = defaultConfig();
  if (configPath && blobs.has(configPath)) config = loadConfigText(blobs.get(configPath)!, `${rev}:${configPath}`);

  const asOf = options.asOf ?? config.asOf ?? options.today;
  const processBytes = createBytesProcessor({ cwd: options.cwd, config, asOf, ruleIds: [], keepAccounts: true });
  const accounts: AccountResult[] = [];
  const data = new Map<string, Account>();
  for (const f of files) {
    const shown = relative(options.cwd, resolve(root, f)) || basename(f);
    const o = processBytes(shown, blobs.get(f) ?? new Uint8Array());
    if (o.result) {
      accounts.push(o.result);
      if (o.account) data.set(o.file, o.account);
    }
  }
  return { label: rev, accounts, data, config, files: files.length };
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

/** Many blobs in one git process: `git cat-file --batch` by object id, parsed by sizes. */
function catFiles(root: string, entries: [path: string, id: string][]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (entries.length === 0) return out;
  const raw = git(root, ['cat-file', '--batch'], entries.map(([, id]) => `${id}\n`).join(''));
  let at = 0;
  for (const [path] of entries) {
    const eol = raw.indexOf(0x0a, at);
    const header = raw.subarray(at, eol).toString();
    at = eol + 1;
    const m = /^\S+ blob (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[1]);
    out.set(path, raw.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}
