/**
 * SARIF 2.1.0, the format GitHub code scanning uploads: rule metadata (what,
 * why, what to do, a link to the rule's section in the docs) and one result
 * per diagnostic with its location. Paths come relative to the repository
 * root (the caller maps them); fingerprints are those of ./fingerprint.ts.
 */
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../../core/types.js';
import { fingerprints } from './fingerprint.js';
import { jsonWithList, LIST } from './json-list.js';
import { ruleDocUri, ruleHelpMarkdown, ruleHelpText, type RuleInfo } from './rule-catalog.js';

export interface SarifOptions {
  rules: readonly RuleInfo[];
  version: string;
  /** The tool's home page (driver.informationUri). */
  informationUri: string;
  /** The page with one section per rule, `#<id>` (each rule's helpUri). */
  rulesDocs: string;
}

const level = (s: string) => (s === 'off' ? 'none' : s);

/** SARIF wants `name` readable and different from `id`: CamelCase, left out where that changes nothing but case. */
function ruleName(id: string): string | undefined {
  const name = id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return name.toLowerCase() === id.toLowerCase() ? undefined : name;
}

/**
 * A relative path as a URI reference against %SRCROOT% (forward slashes,
 * each segment percent-encoded); a path outside the repository as a file URI.
 */
function location(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The log in pieces, a result at a time. */
export function sarifChunks(diagnostics: readonly Diagnostic[], options: SarifOptions): Generator<string> {
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(diagnostics);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kam',
            version: options.version,
            informationUri: options.informationUri,
            rules: options.rules.map((r) => {
              const name = ruleName(r.id);
              return {
                id: r.id,
                ...(name !== undefined ? { name } : {}),
                shortDescription: { text: r.description },
                fullDescription: { text: `${r.description} ${r.why}` },
                help: { text: ruleHelpText(r), markdown: ruleHelpMarkdown(r) },
                helpUri: ruleDocUri(options.rulesDocs, r.id),
                defaultConfiguration: { level: level(r.severity) },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [LIST],
      },
    ],
  };
  const results = function* () {
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i]!;
      yield {
        ruleId: d.rule,
        ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
        level: d.severity,
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location(d.file),
              ...(d.line !== undefined ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {}),
            },
          },
        ],
        // An accepted finding stays in the log, suppressed with the team's reason.
        ...(d.accepted ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: `${d.accepted.reason}${d.accepted.until !== null ? ` (until ${d.accepted.until})` : ''}` }] } : {}),
        partialFingerprints: { 'kamFinding/v2': prints[i]! },
      };
    }
  };
  return jsonWithList(log, results());
}
