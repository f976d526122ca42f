// Account text, config text, paths and arguments never reach a terminal raw:
// an account file must not be able to set the window title or clear the screen.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { kamInPty, KEYS } from '../helpers/pty.js';
import { expectClean, scratch } from './helpers.js';

const s = scratch();
afterAll(() => s.remove());
const ESC = '\u001b';
// A window title (OSC 0), a screen clear (CSI 2J) and a bell, in YAML double-quoted escapes.
const TITLE = '\\e]0;pwned\\a\\e[2J';
writeFileSync(s.file('accounts/evil.yaml'), `id: evil\nname: "Evil ${TITLE}"\nopportunities:\n  - id: "opp${TITLE}"\n    name: "Deal ${TITLE}"\n`);
writeFileSync(s.file('size.yaml'), 'attractiveness: { size: 6 }\n');
const VISIBLE = '\\x1B]0;pwned\\x07\\x1B[2J';

describe('kam assess and qualify with hostile account text', () => {
  it('assess shows the name escaped on stderr, and the --dry-run diff escaped on stdout', async () => {
    const r = await s.kam('assess', 'accounts/evil.yaml', '--answers', 'size.yaml', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Re-assessing Evil ${VISIBLE} (accounts/evil.yaml)`);
    expectClean(r);
  });

  it('the opportunity picker and the questions at a terminal show the text escaped', async () => {
    const pty = kamInPty(['qualify', 'accounts/evil.yaml', '--dry-run'], s.path);
    await pty.waitFor('Which opportunity?');
    await pty.waitFor(`opp${VISIBLE}`);
    pty.type(KEYS.enter);
    await pty.waitFor(`Qualifying "Deal ${VISIBLE}"`);
    pty.type(KEYS.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(pty.output()).not.toContain(`${ESC}]`);
    expect(pty.output()).not.toContain('\u0007');
  });
});

describe('error messages quote what they were given, escaped', () => {
  it('a file name with an escape sequence', async () => {
    const r = await s.kam('assess', `accounts/x${ESC}]0;pwned\u0007.yaml`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: accounts/x\\x1B]0;pwned\\x07.yaml: cannot read the file (ENOENT)\n');
  });

  it('an option value commander rejects', async () => {
    const r = await s.kam('score', '--format', `${ESC}[2J`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument '\\x1B[2J' is invalid");
    expectClean(r);
  });

  it('a path that does not exist', async () => {
    const r = await s.kam('check', `nowhere${ESC}[2J`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere\\x1B[2J');
    expectClean(r);
  });
});
