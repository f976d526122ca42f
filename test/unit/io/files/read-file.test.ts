// readListedFile is the quick read of a file discovery listed as regular: it
// must answer only when one read() certainly got the whole file, and leave
// everything else to readRegularFile's checks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListedFile, readRegularFile } from '../../../../src/io/files/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'kam-read-'));
const file = (name: string, bytes: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readListedFile', () => {
  it('reads a file smaller than the scratch buffer in one go', () => {
    const scratch = { buffer: Buffer.alloc(64) };
    const read = readListedFile(file('small.yaml', 'id: a\nname: A\n'), 1024, scratch);
    expect(read?.bytes.toString()).toBe('id: a\nname: A\n');
  });

  it('leaves a file that fills the buffer, or exceeds the limit, to the checked read', () => {
    const scratch = { buffer: Buffer.alloc(16) };
    expect(readListedFile(file('sixteen.yaml', 'x'.repeat(16)), 1024, scratch)).toBeUndefined();
    expect(readListedFile(file('fifteen.yaml', 'x'.repeat(15)), 1024, scratch)?.bytes.length).toBe(15);
    // Over maxBytes: the checked read says how big it is.
    const big = file('big.yaml', 'x'.repeat(11));
    expect(readListedFile(big, 10, { buffer: Buffer.alloc(64) })).toBeUndefined();
    expect(readRegularFile(big, 10)).toMatchObject({ ok: false, code: 'EFBIG' });
  });

  it('leaves an empty file, a folder, a missing file and a named pipe to the checked read', () => {
    const scratch = { buffer: Buffer.alloc(64) };
    expect(readListedFile(file('empty.yaml', ''), 1024, scratch)).toBeUndefined();
    mkdirSync(join(dir, 'folder.yaml'));
    expect(readListedFile(join(dir, 'folder.yaml'), 1024, scratch)).toBeUndefined();
    expect(readListedFile(join(dir, 'missing.yaml'), 1024, scratch)).toBeUndefined();
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(readListedFile(fifo, 1024, scratch)).toBeUndefined();
    expect(readRegularFile(fifo, 1024)).toMatchObject({ ok: false, code: 'ENOTREG' });
  });
});
