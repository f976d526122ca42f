// Long runs on a terminal: a progress line on stderr that counts files, then
// names the phase, and is erased before the output; nothing of it when
// stderr is not a terminal, with --quiet, or in CI. And the table on a real
// terminal of 60 columns fits it. Through the real binary in a real pty.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamInPty } from '../helpers/pty.js';
import { ROOT, runKam, tempDir, EXAMPLES } from '../helpers/run-kam.js';

const FILES = 1200; // above the 1,000 files from which a run shows progress
const dir = tempDir('kam-progress-');
const accounts = join(dir.path, 'accounts');
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'bench/generate.js'), dir.path, String(FILES)], { stdio: 'ignore' });
}, 120_000);
afterAll(() => dir.remove());

const ERASE = '\r\u001b[2K';

describe('progress on a terminal', () => {
  it('counts files read, names the phase, and is erased before the output', async () => {
    const pty = kamInPty(['check', accounts, '--no-color'], dir.path, { CI: '' });
    await pty.exit;
    const raw = pty.raw();
    expect(raw).toContain(`kam: reading files ${FILES} / ${FILES}`);
    expect(raw).toMatch(/kam: reading files \d+ \/ 1200/);
    expect(raw).toContain(`kam: checking the portfolio (${FILES} files read)`);
    expect(raw).toContain(`kam: writing the findings (${FILES} files read)`);
    // The last progress line is erased before the findings are printed.
    const lastProgress = raw.lastIndexOf('kam: writing the findings');
    const erased = raw.indexOf(ERASE, lastProgress);
    expect(erased).toBeGreaterThan(lastProgress);
    expect(raw.indexOf(`${FILES} files checked`)).toBeGreaterThan(erased);
    // Nothing of the progress line is left on the final screen.
    const finalScreen = raw.slice(erased + ERASE.length);
    expect(finalScreen).not.toContain('kam: reading files');
  }, 180_000);

  it.each([
    ['in CI', ['check', 'ACCOUNTS'], { CI: 'true' }],
    ['with --quiet', ['--quiet', 'check', 'ACCOUNTS'], { CI: '' }],
  ])('shows nothing %s', async (_why, args, env) => {
    const pty = kamInPty(args.map((a) => (a === 'ACCOUNTS' ? accounts : a)), dir.path, env);
    await pty.exit;
    expect(pty.raw()).not.toContain('kam: reading files');
  }, 180_000);

  it('shows nothing when stderr is not a terminal', async () => {
    const r = await runKam(['validate', accounts]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${FILES} files checked`);
  }, 180_000);
});

describe('the table on a real terminal', () => {
  it('fits 60 columns: no line wider, no name cut', async () => {
    const pty = kamInPty(['score', join(EXAMPLES, 'accounts'), '--no-color'], dir.path, { COLUMNS: '60' });
    await pty.exit;
    const lines = pty.output().split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    expect(lines[0]!.split(/\s+/)).toEqual(['Account', 'A', 'S', 'Quadrant']);
    expect(pty.output()).toContain('Meridian Pharmaceuticals  6.86  6.55  Key');
  }, 60_000);
});

describe('the chart legend', () => {
  // Two names that only differ after 22 columns, where the legend cuts them on a terminal.
  const names = ['Nordwind Logistik GmbH & Co. KG', 'Nordwind Logistik GmbH & Partner'];
  const nordwind = join(dir.path, 'nordwind');
  beforeAll(() => {
    mkdirSync(nordwind, { recursive: true });
    names.forEach((name, i) => writeFileSync(join(nordwind, `n${i}.yaml`), `id: n${i}\nname: ${name}\nattractiveness: { size: ${7 + i} }\nstrength: { price: 8 }\n`));
  });

  it('piped: keeps every name whole, so the two stay apart', async () => {
    for (const args of [['score', nordwind, '--chart'], ['score', nordwind]]) {
      const r = await runKam(args);
      expect(r.code).toBe(0);
      const legend = r.stdout.split('\n').filter((l) => /^ {4}[12] Nordwind/.test(l));
      expect(legend).toHaveLength(2);
      for (const name of names) expect(legend.filter((l) => l.includes(` ${name} `)), name).toHaveLength(1);
    }
  });

  it('on a terminal: cuts names to fit the legend columns', async () => {
    const pty = kamInPty(['score', nordwind, '--chart', '--no-color'], dir.path, { COLUMNS: '80' });
    await pty.exit;
    expect(pty.output().match(/[12] Nordwind Logistik Gmb… /g)).toHaveLength(2);
    for (const name of names) expect(pty.output()).not.toContain(name);
  }, 60_000);
});
