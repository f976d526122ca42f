// Config text is escaped like account text in every report; GitHub annotations
// and the step summary stay within what GitHub accepts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKam } from '../helpers/run-kam.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());

describe('config text in reports', () => {
  for (const currency of ['<!--', '<xmp>', '$x$', '|']) {
    it(`currency ${JSON.stringify(currency)} cannot open markup in HTML or Markdown`, async () => {
      writeFileSync(s.file('odd.config.yaml'), `currency: ${JSON.stringify(currency)}\nlabels: { key: "<b>K</b> $1$" }\n`);
      const htmlOut = await s.kam('report', 'accounts', '-c', 'odd.config.yaml', '--format', 'html');
      expect(htmlOut.code).toBe(0);
      expect(htmlOut.stdout).not.toContain(currency === '|' || currency === '$x$' ? '<b>K</b>' : currency);
      expect(htmlOut.stdout).toContain('&#60;b&#62;K&#60;/b&#62;');
      // What follows the first amount is still there as markup: nothing was commented out or swallowed.
      expect(htmlOut.stdout.trimEnd()).toMatch(/<\/html>$/);
      const md = await s.kam('report', 'accounts', '-c', 'odd.config.yaml', '--format', 'markdown');
      expect(md.code).toBe(0);
      expect(md.stdout).not.toMatch(/(^|[^\\])\$x|<!--|<xmp>|<b>/);
      expect(md.stdout).toContain('\\<b\\>K\\</b\\> \\$1\\$');
    });
  }

  it('a control character in config text is a config error at its position', async () => {
    writeFileSync(s.file('esc.config.yaml'), 'labels:\n  key: "\\e]0;pwned\\a"\n');
    const r = await s.kam('score', 'accounts', '-c', 'esc.config.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: invalid config file\n  esc.config.yaml:2:8: labels.key: contains a control character or a text-direction override; config text is shown in terminals and reports, so it may not\n');
  });
});

describe('GitHub outputs', () => {
  it('annotations carry no raw escape character', async () => {
    writeFileSync(s.file('accounts/esc.yaml'), 'id: esc\nname: Esc\n"\\e]0;pwned\\a": 1\n');
    const r = await s.kam('check', 'accounts', '--format', 'github');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unknown key "\\x1B]0;pwned\\x07"');
    expectClean(r);
  });

  it('the step summary is cut at 1 MiB of UTF-8 bytes, on a character boundary', async () => {
    const dir = s.file('cjk');
    mkdirSync(join(dir, 'accounts'), { recursive: true });
    mkdirSync(join(dir, 'empty'));
    // 2,500 accounts named with 150 CJK characters (450 bytes, 150 characters each): about 1.1 MiB of
    // names but under a million characters, so a count of characters would let it through.
    const name = '鍵'.repeat(150);
    for (let i = 0; i < 2500; i++) writeFileSync(join(dir, 'accounts', `a${i}.yaml`), `id: a${i}\nname: ${name}${i}\n`);
    writeFileSync(join(dir, 'summary.md'), '');
    const r = await runKam(['check', 'accounts', '--format', 'github', '--baseline', 'empty'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'summary.md'));
    expect(bytes.length).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes.length).toBeGreaterThan(1024 * 1024 - 1000);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toContain(`${name}0`);
    expect(text.endsWith("… (cut at GitHub's size limit for a step summary)\n")).toBe(true);
  });
});
