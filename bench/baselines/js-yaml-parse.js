// Baseline "bare js-yaml": read and parse every account file with js-yaml's
// `load` (default schema), keep nothing. The fastest plain-JS parse floor.
// Usage: node bench/baselines/js-yaml-parse.js DIR
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { yamlFiles } from './walk.js';

for (const file of yamlFiles(process.argv[2])) load(readFileSync(file, 'utf8'));
