/**
 * SARIF 2.1.0, the format GitHub code scanning uploads: rule metadata and
 * one result per diagnostic with its location.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/types.js';
import type { RuleInfo } from './rule-catalog.js';

export interface SarifOptions {
  rules: readonly RuleInfo[];
  version: string;
}

const level = (s: string) => (s === 'off' ? 'none' : s);

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function uri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kam',
            version: options.version,
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              defaultConfiguration: { level: level(r.severity) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
          level: d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(d.file), uriBaseId: '%SRCROOT%' },
                ...(d.line !== undefined ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {}),
              },
            },
          ],
          partialFingerprints: {
            'kamFinding/v1': createHash('sha256').update(`${d.rule}\0${d.file}\0${d.account ?? ''}\0${d.message}`).digest('hex'),
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
