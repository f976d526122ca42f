// -o and --format NAME=FILE never replace a file kam reads, however the path is
// spelled, and a target that cannot be written is a clear error (exit 2).
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
const acme = s.file('accounts/acme-industrial.yaml');
const original = readFileSync(acme, 'utf8');
const config = readFileSync(s.file('kam.config.yaml'), 'utf8');
symlinkSync('accounts', s.file('al'));
linkSync(acme, s.file('hard-link.html'));
symlinkSync('accounts/acme-industrial.yaml', s.file('link.html'));
mkdirSync(s.file('other'));
writeFileSync(s.file('other/beta.yaml'), 'id: beta\nname: Beta\n');
mkdirSync(s.file('folder.html'));
writeFileSync(s.file('notes.txt'), 'not a folder\n');

const untouched = () => {
  expect(readFileSync(acme, 'utf8')).toBe(original);
  expect(readFileSync(s.file('kam.config.yaml'), 'utf8')).toBe(config);
  expect(readFileSync(s.file('other/beta.yaml'), 'utf8')).toBe('id: beta\nname: Beta\n');
};

// Each: the arguments, and what the message must say.
const refused: [string, string[], RegExp][] = [
  ['an account through a symlinked folder', ['report', 'accounts', '-o', 'al/acme-industrial.yaml', '--format', 'html'], /refusing to write the report to al\/acme-industrial\.yaml: reports never go to a \.yaml/],
  ['an account through --format json=FILE', ['check', 'accounts', '--format', 'json=al/acme-industrial.yaml'], /refusing to write the json report to al\/acme-industrial\.yaml/],
  ['an account outside the scanned paths', ['report', 'accounts', '-o', 'other/beta.yaml', '--format', 'csv'], /refusing to write the report to other\/beta\.yaml/],
  ['the config, spelled with ..', ['check', 'accounts', '--format', 'markdown', '-o', 'accounts/../kam.config.yaml'], /refusing to write the markdown report to accounts\/\.\.\/kam\.config\.yaml/],
  ['an account through a hard link', ['report', 'accounts', '-o', 'hard-link.html'], /refusing to write the report over hard-link\.html, which kam reads/],
  ['an account through a symlink with a report name', ['report', 'accounts', '-o', 'link.html'], /refusing to write the report to link\.html/],
  ['a folder', ['report', 'accounts', '-o', 'folder.html'], /folder\.html is a folder; give the name of a file to write/],
  ['a folder that does not exist', ['check', 'accounts', '--format', 'sarif=no/such/dir/kam.sarif'], /cannot write no\/such\/dir\/kam\.sarif \(no such folder, ENOENT\)/],
  ['a device', ['report', 'accounts', '-o', '/dev/null', '--format', 'html'], /\/dev\/null is not a regular file/],
];

describe('kam refuses to write a report', () => {
  for (const [what, args, message] of refused) {
    it(`over ${what} (exit 2, a clear message, nothing written)`, async () => {
      const r = await s.kam(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expectClean(r);
      untouched();
      expect(existsSync(s.file('no'))).toBe(false);
    });
  }

  it('but writes an ordinary target', async () => {
    const r = await s.kam('report', 'accounts', '-o', 'review.html');
    expect(r.code).toBe(0);
    expect(readFileSync(s.file('review.html'), 'utf8')).toContain('ACME Industrial plc');
    untouched();
  });
});

// Every target is checked before any work, so a typo in the last one costs no run and writes nothing.
describe('several outputs: every target is checked before the run', () => {
  const before: [string, string[], string][] = [
    ['the last of three formats goes to a missing folder', ['check', 'accounts', '--format', 'stylish', '--format', 'json=out.json', '--format', 'sarif=no/such/dir/kam.sarif'],
      'kam: cannot write no/such/dir/kam.sarif (no such folder, ENOENT)\n'],
    ['-o names the last format a folder', ['check', 'accounts', '--format', 'json=out.json', '--format', 'markdown', '-o', 'folder.html'],
      'kam: folder.html is a folder; give the name of a file to write\n'],
    ['a part of the path is a file', ['check', 'accounts', '--format', 'json=out.json', '--format', 'junit=notes.txt/kam.xml'],
      'kam: cannot write notes.txt/kam.xml (a part of the path is not a folder, ENOTDIR)\n'],
    ['two formats to one file', ['check', 'accounts', '--format', 'json=out.json', '--format', 'sarif=./out.json'],
      'kam: the json report and the sarif report would both be written to ./out.json; give each its own file\n'],
    ['the last is a YAML file', ['check', 'accounts', '--format', 'json=out.json', '--format', 'gitlab=gl.yml'],
      'kam: refusing to write the gitlab report to gl.yml: reports never go to a .yaml or .yml file, where account and config files live\n'],
  ];
  for (const [what, args, message] of before) {
    it(`${what}: exit 2, the target named, nothing written`, async () => {
      const r = await s.kam(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message);
      expect(r.stdout).toBe('');
      expect(existsSync(s.file('out.json'))).toBe(false);
      expectClean(r);
    });
  }

  it('before reading anything: a wrong path is reported only once the targets are right', async () => {
    // Were the run first, these would say "path does not exist" (check, report) or "not a git repository" (history).
    const check = await s.kam('check', 'no-such-path', '--format', 'sarif=no/dir/kam.sarif');
    expect(check.stderr).toBe('kam: cannot write no/dir/kam.sarif (no such folder, ENOENT)\n');
    const report = await s.kam('report', 'no-such-path', '-o', 'no/dir/review.html');
    expect(report.stderr).toBe('kam: cannot write no/dir/review.html (no such folder, ENOENT)\n');
    const history = await s.kam('history', '-o', 'no/dir/history.html');
    expect(history.stderr).toBe('kam: cannot write no/dir/history.html (no such folder, ENOENT)\n');
    for (const r of [check, report, history]) expect(r.code).toBe(2);
  });

  it('kam history -o never goes to a YAML file either', async () => {
    const r = await s.kam('history', '-o', 'accounts/acme-industrial.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: refusing to write the history to accounts/acme-industrial.yaml: reports never go to a .yaml or .yml file, where account and config files live\n');
    untouched();
  });

  it('with every target right, each is written', async () => {
    const r = await s.kam('check', 'accounts', '--format', 'json=out.json', '--format', 'sarif=kam.sarif');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(s.file('out.json'), 'utf8')).summary).toBeDefined();
    expect(JSON.parse(readFileSync(s.file('kam.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
