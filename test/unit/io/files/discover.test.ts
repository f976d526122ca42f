// Account file paths are shown as the user spelled the folder, normalised as
// path.join would: the walk builds them without a join per file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverAccountFiles } from '../../../../src/io/files/discover.js';

const root = mkdtempSync(join(tmpdir(), 'kam-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'acc/sub'), { recursive: true });
mkdirSync(join(root, 'acc/.hidden'), { recursive: true });
for (const f of ['acc/b.yaml', 'acc/a.yml', 'acc/notes.txt', 'acc/sub/c.yaml', 'acc/.hidden/d.yaml', 'acc/kam.config.yaml']) writeFileSync(join(root, f), 'id: x\n');

describe('discoverAccountFiles', () => {
  it('gives the paths as path.join would spell them, whatever the spelling of the folder', () => {
    const expected = ['acc/a.yml', 'acc/b.yaml', 'acc/sub/c.yaml'];
    for (const given of ['acc', 'acc/', './acc', './acc/', 'acc//', 'acc/./']) {
      expect({ given, files: discoverAccountFiles([given], root).files }).toEqual({ given, files: expected });
    }
    expect(discoverAccountFiles(['.'], join(root, 'acc')).files).toEqual(['a.yml', 'b.yaml', 'sub/c.yaml']);
    expect(discoverAccountFiles(['..'], join(root, 'acc/sub')).files).toEqual(['../a.yml', '../b.yaml', '../sub/c.yaml']);
    expect(discoverAccountFiles([join(root, 'acc') + '/'], '/').files).toEqual(expected.map((f) => join(root, f)));
    expect(discoverAccountFiles(['sub/../'], join(root, 'acc')).files).toEqual(['a.yml', 'b.yaml', 'sub/c.yaml']);
    // path.join is the reference for any other spelling.
    for (const given of ['.//', 'sub/..', 'sub//..//', './sub/../', '../acc', '../acc/', `../../${basename(root)}/acc`]) {
      const cwd = join(root, 'acc');
      expect({ given, files: discoverAccountFiles([given], cwd).files })
        .toEqual({ given, files: ['a.yml', 'b.yaml', 'sub/c.yaml'].map((f) => join(given, f)).sort() });
    }
  });

  it('names the files given on the command line that are not regular files, and only those', () => {
    execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
    const found = discoverAccountFiles(['pipe.yaml', 'acc', 'acc/b.yaml'], root);
    expect(found.files).toEqual(['acc/a.yml', 'acc/b.yaml', 'acc/sub/c.yaml', 'pipe.yaml']);
    expect([...found.special]).toEqual(['pipe.yaml']);
  });
});
