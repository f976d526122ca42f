// Compare-and-swap writes: a change made to an account file after kam read it
// is never overwritten; one writer wins and the other is told (exit 1).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { kamInPty, KEYS } from '../helpers/pty.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
const acme = s.file('accounts/acme-industrial.yaml');
const original = readFileSync(acme, 'utf8');
writeFileSync(s.file('size.yaml'), 'attractiveness: { size: 6 }\n');
writeFileSync(s.file('price.yaml'), 'strength: { price: 3 }\n');
const leftovers = () => readdirSync(s.file('accounts')).filter((f) => f.startsWith('.'));

describe('two kam assess on one file at once', () => {
  it('never lose a change: either both apply (one after the other) or the loser exits 1 and says so', async () => {
    for (let round = 0; round < 6; round++) {
      writeFileSync(acme, original);
      const [a, b] = await Promise.all([
        s.kam('assess', 'accounts/acme-industrial.yaml', '--answers', 'size.yaml'),
        s.kam('assess', 'accounts/acme-industrial.yaml', '--answers', 'price.yaml'),
      ]);
      const text = readFileSync(acme, 'utf8');
      const size = text.includes('  size: 6');
      const price = text.includes('  price: 3');
      expect([a.code, b.code].sort()).not.toContain(2);
      if (a.code === 0 && b.code === 0) {
        expect(size && price).toBe(true);
      } else {
        const [winner, loser, won] = a.code === 0 ? [a, b, size] : [b, a, price];
        expect(winner.code).toBe(0);
        expect(loser.code).toBe(1);
        expect(won).toBe(true);
        expect(size && price).toBe(false);
        expect(loser.stderr).toMatch(/accounts\/acme-industrial\.yaml (changed since kam read it|is being written by another kam).*nothing was written.*Run the command again/);
        expectClean(loser);
      }
      expect(leftovers()).toEqual([]);
    }
  });
});

describe('an edit made in an editor while the questionnaire is open', () => {
  it('is kept: kam refuses to write, exit 1, and says to run again', async () => {
    writeFileSync(acme, original);
    const pty = kamInPty(['assess', 'accounts/acme-industrial.yaml', '--section', 'relationship'], s.path);
    await pty.waitFor('Relationship stage');
    const edited = original.replace('  size: 9', '  size: 2   # changed in an editor');
    writeFileSync(acme, edited);
    pty.type(KEYS.down);
    pty.type(KEYS.enter);
    for (;;) {
      // Accept every remaining default until the command ends.
      const done = await Promise.race([pty.exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
      if (done) break;
      pty.type(KEYS.enter);
    }
    expect(await pty.exit).toBe(1);
    expect(pty.output()).toMatch(/changed since kam read it .*nothing was written\. Run the command again/);
    expect(readFileSync(acme, 'utf8')).toBe(edited);
    expect(leftovers()).toEqual([]);
  });
});

describe('leftovers of killed runs', () => {
  it('temporary and lock files of processes that no longer run are removed by the next write, others kept', async () => {
    writeFileSync(acme, original);
    // Process id 2^22 + 1 is above Linux's pid_max: no such process.
    const dead = 4194305;
    writeFileSync(s.file(`accounts/.acme-industrial.yaml.kam-${dead}-0badf00d.tmp`), 'half a file');
    writeFileSync(s.file(`accounts/.other.yaml.kam-${dead}-12345678.tmp`), 'half a file');
    writeFileSync(s.file('accounts/.acme-industrial.yaml.kam-lock'), String(dead));
    writeFileSync(s.file(`accounts/.acme-industrial.yaml.kam-${process.pid}-abcdef01.tmp`), 'a live writer');
    writeFileSync(s.file('accounts/.notes.tmp'), 'not kam');
    const check = await s.kam('check', 'accounts');
    expect(check.stdout).not.toContain('.tmp');
    const r = await s.kam('assess', 'accounts/acme-industrial.yaml', '--answers', 'size.yaml');
    expect(r.code).toBe(0);
    expect(readFileSync(acme, 'utf8')).toContain('  size: 6');
    expect(leftovers().sort()).toEqual(['.acme-industrial.yaml.kam-' + process.pid + '-abcdef01.tmp', '.notes.tmp']);
  });
});
