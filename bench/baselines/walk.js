// Shared by the bare-parser baselines: every *.yaml / *.yml file under a
// folder, skipping hidden entries and node_modules as kam does (SPEC 1), in
// sorted order, so the baselines do the same file-system work kam must do.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function* yamlFiles(folder) {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* yamlFiles(path);
    else if (/\.ya?ml$/.test(entry.name)) yield path;
  }
}
