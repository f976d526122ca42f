/** Finding and reading kam.config.yaml (SPEC 4). Problems here stop the run (exit 2). */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, factorLabel } from '../core/factors.js';
import { VOCABULARIES, type Vocabulary } from '../core/labels.js';
import type { Axis, Config, FactorDef, RuleSetting } from '../core/types.js';
import { CONFIG_NAMES } from './files/discover.js';
import { compileConfigValidator, schemaProblems } from './schema/schema.js';
import { readRegularFile } from './files/read-file.js';
import { decodeSource, MAX_FILE_BYTES } from './files/source-text.js';
import { locate, parseYaml } from './yaml/yaml-document.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The nearest config file in `dir` or any parent directory. */
export function findConfig(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Where to look for a config: the first scanned path's directory. */
export function configSearchStart(firstPath: string | undefined, cwd: string): string {
  if (!firstPath) return cwd;
  const full = resolve(cwd, firstPath);
  try {
    return statSync(full).isDirectory() ? full : dirname(full);
  } catch {
    return cwd;
  }
}

type FactorSpec = number | { weight: number; label?: string; help?: string };

interface RawConfig {
  currency?: string;
  as_of?: string;
  thresholds?: Partial<Config['thresholds']>;
  factors?: Partial<Record<Axis, Record<string, FactorSpec>>>;
  limits?: Partial<Config['limits']>;
  rules?: Record<string, RuleSetting>;
  labels?: Config['labels'] | string;
}

export function configFromData(raw: RawConfig, file?: string): Config {
  const config = defaultConfig();
  if (file !== undefined) config.file = file;
  if (raw.currency !== undefined) config.currency = raw.currency;
  if (raw.as_of !== undefined) config.asOf = raw.as_of;
  Object.assign(config.thresholds, raw.thresholds);
  Object.assign(config.limits, raw.limits);
  config.rules = { ...raw.rules };
  if (typeof raw.labels === 'string') config.labels = { ...VOCABULARIES[raw.labels as Vocabulary] };
  else if (raw.labels) config.labels = { ...raw.labels };
  for (const axis of ['attractiveness', 'strength'] as const) {
    const set = raw.factors?.[axis];
    if (!set) continue;
    config.customAxes.push(axis);
    config.factors[axis] = Object.entries(set).map(([id, spec]): FactorDef => {
      if (typeof spec === 'number') return { id, weight: spec, label: factorLabel(id) };
      return { id, weight: spec.weight, label: spec.label ?? factorLabel(id), ...(spec.help ? { help: spec.help } : {}) };
    });
  }
  return config;
}

export function loadConfigFile(path: string, file = path): Config {
  const read = readRegularFile(path, MAX_FILE_BYTES, 'config files');
  if (!read.ok) {
    // Missing or forbidden: nothing to point at. A pipe, a device, too large: the file itself, at 1:1.
    throw new ConfigError([read.code === 'ENOTREG' || read.code === 'EFBIG' ? `${file}:1:1: ${read.message}` : `${file}: cannot read the config file (${read.code})`]);
  }
  return loadConfigText(read.bytes, file);
}

/** A config from its bytes (a file, or a file at a git revision); `file` names it in messages. */
export function loadConfigText(bytes: Uint8Array, file: string): Config {
  const source = decodeSource(bytes);
  if (!source.ok) {
    const p = source.problem;
    throw new ConfigError([`${file}:${p.line}:${p.column}: ${p.message}`]);
  }
  const parsed = parseYaml(source.text);
  if (parsed.problems.length > 0) {
    throw new ConfigError(parsed.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`));
  }
  const data = parsed.doc?.contents ? parsed.doc.toJS() : {};
  const validate = compileConfigValidator();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError([`${file}:1:1: the config file must be a mapping of settings (currency, thresholds, factors, ...)`]);
  }
  if (!validate(data)) {
    throw new ConfigError(
      schemaProblems(validate.errors, { customAxes: [] }).map((p) => {
        const { line, column } = locate(parsed, p.path, p.atKey);
        return `${file}:${line}:${column}: ${p.message}`;
      }),
    );
  }
  return configFromData(data as RawConfig, file);
}
