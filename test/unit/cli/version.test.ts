import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REPOSITORY_URL } from '../../../src/cli/project.js';
import { VERSION } from '../../../src/cli/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  repository?: string | { url: string };
};

it('kam --version matches package.json', () => {
  expect(VERSION).toBe(pkg.version);
});

it('the repository that SARIF links to is the one package.json names', () => {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const web = url?.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^github:/, 'https://github.com/');
  expect(REPOSITORY_URL).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
  expect(REPOSITORY_URL).toBe(web);
});
