// Only regular files are read, and their size is checked before reading: a
// FIFO, /dev/zero or a huge sparse file named as an account or as the config
// is a diagnostic at file:1:1, never a hang or an out-of-memory abort.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runKam } from '../helpers/run-kam.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
execFileSync('mkfifo', [s.file('accounts/pipe.yaml')]);
symlinkSync('/dev/zero', s.file('accounts/zero.yaml'));
const sparse = openSync(s.file('accounts/sparse.yaml'), 'w');
ftruncateSync(sparse, 3 * 1024 * 1024 * 1024);
closeSync(sparse);

describe('special files as accounts', () => {
  it('a FIFO, /dev/zero and a 3 GB sparse file named explicitly: each an error at 1:1, the good account still scored', async () => {
    const r = await s.kam('score', '--format', 'json', 'accounts/pipe.yaml', 'accounts/zero.yaml', 'accounts/sparse.yaml', 'accounts/acme-industrial.yaml');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.accounts.map((a: { id: string }) => a.id)).toEqual(['acme-industrial']);
    const byFile = Object.fromEntries(out.diagnostics.filter((d: { rule: string }) => d.rule === 'schema').map((d: { file: string; line: number; column: number; message: string }) => [d.file, `${d.line}:${d.column} ${d.message}`]));
    expect(byFile).toEqual({
      'accounts/pipe.yaml': '1:1 not a regular file (a named pipe); kam reads only regular files',
      'accounts/zero.yaml': '1:1 not a regular file (a device); kam reads only regular files',
      'accounts/sparse.yaml': '1:1 file is 3072.0 MiB, above the 1 MiB limit for account files; split it or remove what does not belong there',
    });
  });

  it('in a folder walk, special files are not account files; the sparse one is refused unread', async () => {
    const r = await s.kam('validate', '--format', 'json', 'accounts');
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file);
    expect(files).toEqual(['accounts/sparse.yaml']);
  });

  it('kam assess on a FIFO exits 2 at once', async () => {
    const r = await s.kam('assess', 'accounts/pipe.yaml', '--answers', '/dev/null');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: accounts/pipe.yaml: not a regular file (a named pipe); kam reads only regular files\n');
  });
});

describe('special files as the config', () => {
  for (const [what, make] of [
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p])],
    ['a symlink to /dev/zero', (p: string) => symlinkSync('/dev/zero', p)],
  ] as const) {
    it(`${what} as kam.config.yaml is a config error at 1:1 (exit 2)`, async () => {
      const dir = s.file(`cfg-${what.length}`);
      mkdirSync(join(dir, 'accounts'), { recursive: true });
      make(join(dir, 'kam.config.yaml'));
      const r = await runKam(['check', 'accounts'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^kam: invalid config file\n {2}kam\.config\.yaml:1:1: not a regular file \((a named pipe|a device)\); kam reads only regular files\n$/);
    });
  }
});

describe('a folder kam cannot read', () => {
  it('is an error (exit 1), not "0 files checked"', async () => {
    const dir = s.file('locked');
    mkdirSync(join(dir, 'accounts', 'secret'), { recursive: true });
    writeFileSync(join(dir, 'accounts', 'secret', 'hidden.yaml'), 'id: hidden\nname: Hidden\n');
    chmodSync(join(dir, 'accounts', 'secret'), 0o000);
    // Root reads every folder: run kam as "nobody" then, with the folders it needs open to it.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [s.path, dir, join(dir, 'accounts')]) chmodSync(d, 0o755);
    const r = asRoot
      ? await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        try {
          const stdout = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'check', '--format', 'json', 'accounts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
          done({ code: 0, stdout, stderr: '' });
        } catch (e) {
          const err = e as { status: number | null; stdout: string; stderr: string };
          done({ code: err.status, stdout: err.stdout, stderr: err.stderr });
        }
      })
      : await runKam(['check', '--format', 'json', 'accounts'], { cwd: dir });
    chmodSync(join(dir, 'accounts', 'secret'), 0o755);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics).toContainEqual(expect.objectContaining({
      file: 'accounts/secret', line: 1, column: 1, severity: 'error', rule: 'schema',
      message: 'cannot read this folder (EACCES); its account files were not checked',
    }));
    expectClean({ ...r, signal: null });
  });
});
