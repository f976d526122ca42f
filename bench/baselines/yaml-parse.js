// Baseline "bare yaml": read and parse every account file with the `yaml`
// package's defaults, keep nothing. The floor for a kam built on `yaml`.
// Usage: node bench/baselines/yaml-parse.js DIR
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { yamlFiles } from './walk.js';

for (const file of yamlFiles(process.argv[2])) parse(readFileSync(file, 'utf8'));
