// The score table with very long names and astral characters (issue 13 item 8):
// it finishes (the suite's hang guard is the only clock) and keeps every name whole.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { kamInPty } from '../helpers/pty.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
const astral = `𝕏 ${'a'.repeat(300)} 😀`;
const long = `${'Long name '.repeat(2000)}𝄞`;
writeFileSync(s.file('accounts/astral.yaml'), `id: astral\nname: "${astral}"\nattractiveness: { size: 8 }\nstrength: { price: 8 }\n`);
writeFileSync(s.file('accounts/long.yaml'), `id: long\nname: "${long}"\nmanager: "${'M'.repeat(5000)}𝕄"\nattractiveness: { size: 2 }\nstrength: { price: 8 }\n`);

describe('long names with astral characters', () => {
  it('piped, the table keeps each name whole', async () => {
    const r = await s.kam('score', 'accounts');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(astral);
    expect(r.stdout).toContain(long);
    expectClean(r);
  });

  it('at a terminal, the table fits and cuts names at a character boundary', async () => {
    const pty = kamInPty(['score', 'accounts'], s.path);
    expect(await pty.exit).toBe(0);
    const screen = pty.output();
    expect(screen).toContain('ACME Industrial');
    expect(screen).toContain('𝕏 aaa');
    // No half of a surrogate pair and no replacement character: nothing was cut inside a character.
    expect(screen).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/);
    for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });
});
