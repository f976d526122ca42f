// A file written piece by piece (a report of 100,000 accounts) keeps the
// guarantees of writeFileAtomic: the target is the old file or the whole new
// one, never a part; a refused or abandoned write leaves nothing behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileAtomic, writeFileAtomic, WriteConflict, WriteRefused } from '../../../../src/io/files/atomic-write.js';

const root = mkdtempSync(join(tmpdir(), 'kam-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  return dir;
};
const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('openFileAtomic', () => {
  it('shows the old content until commit, then all the pieces', () => {
    const dir = folder();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old\n');
    const file = openFileAtomic(target);
    file.write('{"a":');
    file.write(Buffer.from('"é"}\n'));
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('{"a":"é"}\n');
    expect(hidden(dir)).toEqual([]);
    file.abort(); // after commit: nothing to undo
    expect(readFileSync(target, 'utf8')).toBe('{"a":"é"}\n');
  });

  it('abort leaves the target as it was and no temporary file', () => {
    const dir = folder();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old\n');
    const file = openFileAtomic(target);
    file.write('half of it');
    expect(hidden(dir)).toHaveLength(1);
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(() => file.write('more')).toThrow(/after commit or abort/);
  });

  it('refuses a symbolic link before writing anything', () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.json'), 'real\n');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    expect(() => openFileAtomic(join(dir, 'link.json'), { shown: 'link.json' })).toThrow(WriteRefused);
    expect(hidden(dir)).toEqual([]);
  });

  it('refuses at commit a target that became a folder while the pieces were written, and cleans up', () => {
    const dir = folder();
    const target = join(dir, 'out.json');
    const file = openFileAtomic(target, { shown: 'out.json' });
    file.write('data');
    mkdirSync(target);
    expect(() => file.commit()).toThrow(/out\.json is a folder/);
    expect(hidden(dir)).toEqual([]);
  });

  it('keeps compare-and-swap: a file changed since it was read is not replaced', () => {
    const dir = folder();
    const target = join(dir, 'a.yaml');
    writeFileSync(target, 'read\n');
    const file = openFileAtomic(target, { expect: Buffer.from('read\n') });
    file.write('new\n');
    writeFileSync(target, 'edited\n');
    expect(() => file.commit()).toThrow(WriteConflict);
    expect(readFileSync(target, 'utf8')).toBe('edited\n');
    expect(hidden(dir)).toEqual([]);
  });

  it('writeFileAtomic still writes whole text', () => {
    const dir = folder();
    writeFileAtomic(join(dir, 'x.txt'), 'x'.repeat(200_000));
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('x'.repeat(200_000));
    expect(hidden(dir)).toEqual([]);
  });
});
