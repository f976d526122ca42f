// Baseline: walk the folder, read every .yaml file and parse it, keep nothing.
// Usage: node bench/baselines/parse.js yaml|js-yaml DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [parser, dir] = process.argv.slice(2);
const parse = parser === 'js-yaml'
  ? ((m) => (text) => m.load(text, { schema: m.CORE_SCHEMA }))(await import('js-yaml'))
  : ((m) => (text) => m.parse(text))(await import('yaml'));

function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) parse(readFileSync(path, 'utf8'));
  }
}
walk(dir);
