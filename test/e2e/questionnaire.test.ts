// The questionnaire: answers files for scripts, and the real binary in a real
// pseudo-terminal, typed into key by key. Edits must change only the values.
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, runKam, tempDir } from '../helpers/run-kam.js';
import { kamInPty, KEYS } from '../helpers/pty.js';

const dir = tempDir('kam-q-');
afterAll(() => dir.remove());
const acme = join(dir.path, 'accounts', 'acme-industrial.yaml');
beforeEach(() => {
  mkdirSync(join(dir.path, 'accounts'), { recursive: true });
  copyFileSync(join(EXAMPLES, 'accounts', 'acme-industrial.yaml'), acme);
  copyFileSync(join(EXAMPLES, 'kam.config.yaml'), join(dir.path, 'kam.config.yaml'));
});
const kam = (...args: string[]) => runKam(args, { cwd: dir.path });
const answers = (name: string, text: string) => {
  writeFileSync(join(dir.path, name), text);
  return name;
};
/** Lines that differ between two texts of the same length in lines. */
const changedLines = (a: string, b: string) => a.split('\n').flatMap((line, i) => (line === b.split('\n')[i] ? [] : [[i + 1, line, b.split('\n')[i]]]));
const tempFiles = () => readdirSync(join(dir.path, 'accounts')).filter((f) => f.endsWith('.tmp'));

describe('with an answers file', () => {
  it('kam assess changes exactly the one line whose score changed, comments and all', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('assess', 'accounts/acme-industrial.yaml', '--answers', answers('a.yaml', 'attractiveness: { size: 6 }\n'));
    expect(r.code).toBe(0);
    // (6·3 + 7·2 + 8 + 6 + 8 + 9·2 + 5 + 8 + 4 + 9) / 14 = 98 / 14 = 7.00 (was 107 / 14 = 7.64)
    expect(r.stderr).toContain('Attractiveness 7.64 → 7.00');
    expect(r.stderr).toContain('Quadrant       Key (unchanged)');
    const after = readFileSync(acme, 'utf8');
    expect(changedLines(before, after)).toEqual([[14, '  size: 9', '  size: 6']]);
    expect(tempFiles()).toEqual([]);
  });

  it('--dry-run prints the change and writes nothing', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('assess', 'accounts/acme-industrial.yaml', '--section', 'relationship', '--dry-run', '--answers', answers('b.yaml', 'relationship: { customer_view: co-operative }\n'));
    expect(r.stdout).toBe('--- accounts/acme-industrial.yaml\n+++ accounts/acme-industrial.yaml (after)\n' +
      '-39:   customer_view: interdependent   # confirmed in the May interview\n+39:   customer_view: co-operative   # confirmed in the May interview\n');
    expect(readFileSync(acme, 'utf8')).toBe(before);
  });

  it('keeps CRLF line endings, a BOM, quoting and the file mode', async () => {
    const file = join(dir.path, 'accounts', 'crlf.yaml');
    const text = '\uFEFF# windows file\r\nid: crlf\r\nname: "CRLF Ltd"\r\nattractiveness:\r\n  size: 5   # guessed\r\n';
    writeFileSync(file, text);
    chmodSync(file, 0o640);
    await kam('assess', 'accounts/crlf.yaml', '--section', 'attractiveness', '--answers', answers('c.yaml', 'attractiveness: { size: 7, growth_potential: 4 }\n'));
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF# windows file\r\nid: crlf\r\nname: "CRLF Ltd"\r\nattractiveness:\r\n  size: 7   # guessed\r\n  growth_potential: 4\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('adds a section the file lacks (Kestrel has no strength) at the end, byte for byte, and --dry-run shows exactly that', async () => {
    const kestrel = join(dir.path, 'accounts', 'kestrel-aerospace.yaml');
    copyFileSync(join(EXAMPLES, 'accounts', 'kestrel-aerospace.yaml'), kestrel);
    const before = readFileSync(kestrel, 'utf8');
    const a = answers('k.yaml', 'strength: { price: 4, trust: 6 }\n');
    const dry = await kam('assess', 'accounts/kestrel-aerospace.yaml', '--section', 'strength', '--dry-run', '--answers', a);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe('--- accounts/kestrel-aerospace.yaml\n+++ accounts/kestrel-aerospace.yaml (after)\n+24: strength:\n+25:   price: 4\n+26:   trust: 6\n');
    expect(readFileSync(kestrel, 'utf8')).toBe(before);
    const r = await kam('assess', 'accounts/kestrel-aerospace.yaml', '--section', 'strength', '--answers', a);
    expect(r.code).toBe(0);
    // (4·1 + 6·2) / 3 = 5.33 with the example config's weights (price 1, trust 2)
    expect(r.stderr).toContain('Strength       – → 5.33');
    expect(readFileSync(kestrel, 'utf8')).toBe(`${before}strength:\n  price: 4\n  trust: 6\n`);
  });

  it('keeps every answer in a CR-only file without a final newline, with flow sections', async () => {
    const file = join(dir.path, 'accounts', 'cr.yaml');
    writeFileSync(file, 'id: cr\rname: CR Ltd\rattractiveness: { size: 5 }\rrelationship:\r  stage: basic # so far');
    const r = await kam('assess', 'accounts/cr.yaml', '--section', 'attractiveness', 'positioning', 'relationship', '--answers',
      answers('cr-a.yaml', 'attractiveness: { size: 6, growth_potential: 4 }\npositioning: { spend: 3, significance: 7 }\nrelationship: { customer_view: exploratory }\n'));
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('id: cr\rname: CR Ltd\rattractiveness: { size: 6, growth_potential: 4 }\rrelationship:\r  stage: basic # so far\r  customer_view: exploratory\rpositioning:\r  spend: 3\r  significance: 7');
  });

  it('kam qualify adds two notes to an opportunity with none, next to its questions: {…}', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('qualify', 'accounts/acme-industrial.yaml', '--opportunity', 'plant-retrofit', '--answers',
      answers('n.yaml', 'questions: { real: yes, compete: yes, win: unsure, worth: yes }\nnotes: { real: budget approved, win: "new CFO: unknown" }\n'));
    expect(r.code).toBe(0);
    expect(readFileSync(acme, 'utf8')).toBe(before.replace('    questions: { real: yes, compete: yes, win: yes, worth: yes }\n',
      '    questions: { real: yes, compete: yes, win: unsure, worth: yes }\n    notes:\n      real: budget approved\n      win: "new CFO: unknown"\n'));
  });

  it('rejects invalid answers with the same rules as the prompts (exit 2, nothing written)', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('assess', 'accounts/acme-industrial.yaml', '--answers', answers('d.yaml', 'strength: { trust: 11 }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/answers file: strength\.trust: scores run from 0 to 10/);
    const t = await kam('assess', 'accounts/acme-industrial.yaml', '--answers', answers('e.yaml', 'relationship: { stage: "co-op\\u001b[2J" }\n'));
    expect(t.code).toBe(2);
    expect(readFileSync(acme, 'utf8')).toBe(before);
  });

  it('kam new writes a valid, commented file and refuses to overwrite without --force', async () => {
    const a = answers('new.yaml', 'name: Fjord Shipping AS\nmanager: Dana Reyes\nattractiveness: { size: 7 }\nstrength: { trust: 4 }\npositioning: { spend: 3, significance: 8 }\nrelationship: { stage: basic }\n');
    const r = await kam('new', '--answers', a);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir.path, 'accounts', 'fjord-shipping-as.yaml'), 'utf8');
    // No schema copy in this repository (kam schema --write makes one): no line pointing into kam's own install.
    expect(text).toMatch(/^id: fjord-shipping-as\n/);
    expect(text).toContain('# Customer attractiveness: each factor 0..10');
    expect(parse(text)).toEqual({
      id: 'fjord-shipping-as', name: 'Fjord Shipping AS', manager: 'Dana Reyes',
      attractiveness: { size: 7 }, strength: { trust: 4 }, positioning: { spend: 3, significance: 8 }, relationship: { stage: 'basic' },
    });
    expect(r.stderr).toMatch(/attractiveness 7\.00, strength 4\.00 → Key development; positioned as Strategic security/);
    expect((await kam('validate', 'accounts')).code).toBe(0);
    const again = await kam('new', '--answers', a);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; kam new does not overwrite it without --force/);
  });

  it('kam qualify records the answers and notes of a new opportunity and shows the decision', async () => {
    const r = await kam('qualify', 'accounts/acme-industrial.yaml', '--opportunity', 'depot', '--answers',
      answers('q.yaml', 'name: New depot\nvalue: 90000\nquestions: { real: yes, compete: yes, win: no, worth: yes }\nnotes: { win: nobody inside backs it }\n'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Decision: no-go (no to: win)');
    const data = parse(readFileSync(acme, 'utf8'));
    expect(data.opportunities[2]).toEqual({ id: 'depot', name: 'New depot', value: 90000, stage: 'identified', questions: { real: 'yes', compete: 'yes', win: 'no', worth: 'yes' }, notes: { win: 'nobody inside backs it' } });
  });

  it('kam assess --section plan, contacts, performance, opportunities: every answer lands, nothing else moves', async () => {
    const kestrel = join(dir.path, 'accounts', 'kestrel-aerospace.yaml');
    copyFileSync(join(EXAMPLES, 'accounts', 'kestrel-aerospace.yaml'), kestrel);
    const before = readFileSync(kestrel, 'utf8');
    const r = await kam('assess', 'accounts/kestrel-aerospace.yaml', '--section', 'plan', 'contacts', 'performance', 'opportunities', '--answers', answers('all.yaml', [
      'plan:',
      '  charter: { situation: "First order expected in 2027", objectives: [Lighter airframes, Faster certification] }',
      '  development: { tactics: { q1: "Plant visit; Sample kit" } }',
      'relationship:',
      '  contacts:',
      '    - { name: Ana Silva, influence: decision-maker, owner: Priya Nair, agenda: { business: cut weight, personal: promotion, recognised_by: CEO, measured_by: programme dates } }',
      'performance:',
      '  sales: { target: 1.2M, forecast: "800k" }',
      '  satisfaction: { date: 2026-11-20, score: 7, method: interview }',
      '  alert: { date: 2026-11-21, symptom: RFQ sent to a rival, severity: high }',
      'opportunities:',
      '  composite-bonding: { stage: won, value: "1,250,000", close: 2026-12-15 }',
    ].join('\n')));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('opportunities.0.stage: identified → won');
    expect(r.stderr).toContain('Wrote 21 changes to accounts/kestrel-aerospace.yaml.');
    const after = readFileSync(kestrel, 'utf8');
    // The file is the old one, with only the changed value line and new lines at the ends of their mappings.
    expect(after).toBe(before
      .replace('    value: 150000\n    stage: identified\n', '    value: 1250000\n    stage: won\n    close: 2026-12-15\n')
      .replace('  stage: exploratory\n', '  stage: exploratory\n  contacts:\n    - name: Ana Silva\n      influence: decision-maker\n      owner: Priya Nair\n      agenda:\n        business: cut weight\n        personal: promotion\n        recognised_by: CEO\n        measured_by: programme dates\n')
      + 'plan:\n  charter:\n    situation: First order expected in 2027\n    objectives:\n      - Lighter airframes\n      - Faster certification\n  development:\n    tactics:\n      q1:\n        - Plant visit\n        - Sample kit\n'
      + 'performance:\n  sales:\n    target: 1200000\n    forecast: 800000\n  satisfaction:\n    - date: 2026-11-20\n      score: 7\n      method: interview\n  alerts:\n    - date: 2026-11-21\n      symptom: RFQ sent to a rival\n      severity: high\n');
    expect((await kam('validate', 'accounts/kestrel-aerospace.yaml')).code).toBe(0);
  });

  it('resolves an open alert (resolved: DATE) and adds a satisfaction entry after the others', async () => {
    const file = join(dir.path, 'accounts', 'alerted.yaml');
    writeFileSync(file, 'id: alerted\nname: Alerted\nperformance:\n  satisfaction:\n    - { date: 2026-01-10, score: 5 }\n  alerts:\n    - date: 2026-10-01\n      symptom: late payments   # finance told us\n');
    const r = await kam('assess', 'accounts/alerted.yaml', '--section', 'performance', '--answers', answers('res.yaml', 'performance:\n  resolve: { 1: 2026-11-02 }\n  satisfaction: { date: 2026-11-03, score: 8 }\n'));
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('id: alerted\nname: Alerted\nperformance:\n  satisfaction:\n    - { date: 2026-01-10, score: 5 }\n    - date: 2026-11-03\n      score: 8\n  alerts:\n    - date: 2026-10-01\n      symptom: late payments   # finance told us\n      resolved: 2026-11-02\n');
  });

  it('dates a new survey today where the user is, not in UTC', async () => {
    // A zone whose date is not UTC's right now: 14 hours ahead from 10:00 UTC on,
    // else 12 hours behind (POSIX spells UTC+14 "Etc/GMT-14").
    const ahead = new Date().getUTCHours() >= 10;
    const [zone, offsetHours] = ahead ? ['Etc/GMT-14', 14] : ['Etc/GMT+12', -12];
    // A folder of its own: no config with an as_of date.
    const own = tempDir('kam-q-date-');
    const file = join(own.path, 'dated.yaml');
    writeFileSync(file, 'id: dated\nname: Dated\n');
    writeFileSync(join(own.path, 'answers.yaml'), 'performance:\n  satisfaction: { score: 8 }\n');
    const localDate = () => new Date(Date.now() + offsetHours * 3600_000).toISOString().slice(0, 10);
    const before = localDate();
    const r = await runKam(['assess', 'dated.yaml', '--section', 'performance', '--answers', 'answers.yaml'], { cwd: own.path, env: { TZ: zone } });
    expect(r.code, r.stderr).toBe(0);
    const written = /date: (\S+)/.exec(readFileSync(file, 'utf8'))?.[1];
    own.remove();
    expect([before, localDate()]).toContain(written);
  });

  it('refuses an answers-file key it would not write, with a did-you-mean (exit 2, nothing written)', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('assess', 'accounts/acme-industrial.yaml', '--answers', answers('typo.yaml', 'attractivness: { size: 6 }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('attractivness.size (did you mean attractiveness.size?)');
    expect(readFileSync(acme, 'utf8')).toBe(before);
  });

  it('validates contacts from an answers file like typed ones: no control characters written', async () => {
    const before = readFileSync(acme, 'utf8');
    const r = await kam('assess', 'accounts/acme-industrial.yaml', '--section', 'contacts', '--answers',
      answers('ctl.yaml', 'relationship:\n  contacts:\n    - { name: "Eve\\u001b]0;pwned\\u0007", role: Spy }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/relationship\.contacts\.3\.name: control characters are not allowed/);
    expect(r.stderr).not.toContain('\u001b]0;');
    expect(readFileSync(acme, 'utf8')).toBe(before);
  });

  it('without a terminal and without answers it says how to run it (exit 2)', async () => {
    const r = await kam('assess', 'accounts/acme-industrial.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/asks its questions at a terminal; to run it from a script, give the answers in a YAML file: kam assess --answers/);
  });
});

describe('in a real terminal', () => {
  it('kam assess: keep most defaults, change one score, see the move, write one line', async () => {
    const before = readFileSync(acme, 'utf8');
    const pty = kamInPty(['assess', 'accounts/acme-industrial.yaml', '--section', 'strength'], dir.path);
    await pty.waitFor('Price (0-10)');
    pty.type(`2${KEYS.enter}`);
    for (const factor of ['Service', 'People quality', 'Response speed', 'Relationships', 'Innovation', 'Value in use', 'Sustainability', 'Trust']) {
      await pty.waitFor(`${factor} (0-10)`);
      pty.type(KEYS.enter);
    }
    // (2 + 8 + 8 + 7 + 8 + 7 + 8·2 + 7 + 9·2) / 11 = 81 / 11 = 7.36
    await pty.waitFor('Strength       7.64 → 7.36');
    await pty.waitFor('strength.price: 5 → 2');
    await pty.waitFor('Write this change to accounts/acme-industrial.yaml?');
    pty.type(`y${KEYS.enter}`);
    await pty.waitFor('Wrote 1 change to accounts/acme-industrial.yaml.');
    expect(await pty.exit).toBe(0);
    expect(changedLines(before, readFileSync(acme, 'utf8'))).toEqual([[25, '  price: 5', '  price: 2']]);
  });

  it('kam assess adds the section a file lacks, from prompts: Kestrel has no strength', async () => {
    const kestrel = join(dir.path, 'accounts', 'kestrel-aerospace.yaml');
    copyFileSync(join(EXAMPLES, 'accounts', 'kestrel-aerospace.yaml'), kestrel);
    const before = readFileSync(kestrel, 'utf8');
    const pty = kamInPty(['assess', 'accounts/kestrel-aerospace.yaml', '--section', 'strength'], dir.path);
    await pty.waitFor('1/9');
    await pty.waitFor('Price (0-10)');
    pty.type(`4${KEYS.enter}`);
    await pty.waitFor('2/9');
    // Back to price with "<", and change it again.
    pty.type(`<${KEYS.enter}`);
    await pty.waitFor('1/9');
    pty.type(`3${KEYS.enter}`);
    for (const factor of ['Service', 'People quality', 'Response speed', 'Relationships', 'Innovation', 'Value in use', 'Sustainability']) {
      await pty.waitFor(`${factor} (0-10)`);
      pty.type(KEYS.enter);
    }
    await pty.waitFor('9/9');
    await pty.waitFor('Trust (0-10)');
    pty.type(`6${KEYS.enter}`);
    await pty.waitFor('strength.price: (none) → 3');
    await pty.waitFor('Write these 2 changes');
    pty.type(`y${KEYS.enter}`);
    expect(await pty.exit).toBe(0);
    expect(readFileSync(kestrel, 'utf8')).toBe(`${before}strength:\n  price: 3\n  trust: 6\n`);
  });

  it('kam new with the id of an existing account asks again instead of ending the session', async () => {
    writeFileSync(join(dir.path, 'accounts', 'legacy.yaml'), 'id: polar\nname: Polar (old file)\n');
    const pty = kamInPty(['new'], dir.path);
    await pty.waitFor("Customer's name");
    pty.type(`Acme Two${KEYS.enter}`);
    await pty.waitFor('Account id');
    pty.type(`polar${KEYS.enter}`);
    await pty.waitFor('the id polar is already used by accounts/legacy.yaml');
    await pty.waitFor('Account id');
    pty.type(`acme-industrial${KEYS.enter}`);
    await pty.waitFor('accounts/acme-industrial.yaml exists');
    await pty.waitFor('Account id');
    pty.type(`acme-two${KEYS.enter}`);
    await pty.waitFor('Key account manager');
    pty.type(KEYS.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(readdirSync(join(dir.path, 'accounts'))).not.toContain('acme-two.yaml');
  });

  it('rejects an invalid answer on the spot', async () => {
    const pty = kamInPty(['assess', 'accounts/acme-industrial.yaml', '--section', 'strength', '--dry-run'], dir.path);
    await pty.waitFor('Price (0-10)');
    pty.type(`12${KEYS.enter}`);
    await pty.waitFor('scores run from 0 to 10');
    pty.type(KEYS.ctrlC);
    expect(await pty.exit).toBe(130);
  });

  it('Ctrl-C halfway leaves the file byte-identical, no temporary file, exit 130', async () => {
    const before = readFileSync(acme);
    const pty = kamInPty(['assess', 'accounts/acme-industrial.yaml'], dir.path);
    await pty.waitFor('Size (0-10)');
    pty.type(`1${KEYS.enter}`);
    await pty.waitFor('Growth potential');
    pty.type(KEYS.ctrlC);
    expect(await pty.exit).toBe(130);
    expect(pty.output()).toContain('kam: cancelled; nothing was written');
    expect(readFileSync(acme).equals(before)).toBe(true);
    expect(tempFiles()).toEqual([]);
  });

  it('kam qualify: pick the opportunity from a list, answer with the arrow keys', async () => {
    const pty = kamInPty(['qualify', 'accounts/acme-industrial.yaml'], dir.path);
    await pty.waitFor('Which opportunity?');
    pty.type(KEYS.down + KEYS.enter); // the second one: coatings-trial
    await pty.waitFor('Is it real?');
    pty.type(KEYS.enter); // keep yes
    await pty.waitFor('Note');
    pty.type(KEYS.enter);
    await pty.waitFor('Can we compete?');
    pty.type(KEYS.enter);
    await pty.waitFor('Note');
    pty.type(KEYS.enter);
    await pty.waitFor('Can we win?');
    pty.type(KEYS.up + KEYS.up + KEYS.enter); // unsure → no → yes? the list is yes, no, unsure: up twice from unsure is yes
    await pty.waitFor('Note');
    pty.type(`CFO sponsors it${KEYS.enter}`);
    await pty.waitFor('Is it worth winning?');
    pty.type(KEYS.enter);
    await pty.waitFor('Note');
    pty.type(KEYS.enter);
    await pty.waitFor('Decision: go');
    await pty.waitFor('Write these 2 changes');
    pty.type(`y${KEYS.enter}`);
    expect(await pty.exit).toBe(0);
    const data = parse(readFileSync(acme, 'utf8'));
    expect(data.opportunities[1].questions).toEqual({ real: 'yes', compete: 'yes', win: 'yes', worth: 'yes' });
    expect(data.opportunities[1].notes.win).toBe('CFO sponsors it');
  });

  it('kam new: a whole account from prompts, confirmed before writing', async () => {
    const pty = kamInPty(['new'], dir.path);
    await pty.waitFor("Customer's name");
    pty.type(`Polar Foods Oy${KEYS.enter}`);
    await pty.waitFor('Account id');
    pty.type(KEYS.enter); // the suggested polar-foods-oy
    await pty.waitFor('Key account manager');
    pty.type(`Sam Ortiz${KEYS.enter}`);
    await pty.waitFor('Industry');
    pty.type(`Food${KEYS.enter}`);
    await pty.waitFor('Hunt (winning it) or farm');
    pty.type(KEYS.enter); // (leave out)
    await pty.waitFor('Our current position');
    pty.type(KEYS.enter);
    await pty.waitFor('revenue from this account now');
    pty.type(`250000${KEYS.enter}`);
    await pty.waitFor('Realistic annual potential');
    pty.type(KEYS.enter);
    // Attractiveness: score size (weight 3) and skip the rest; strength: trust (weight 2) only.
    // Each prompt is waited for by its own label: a prompt is redrawn several times, so a
    // common prefix would also match the redraws of the one before it.
    await pty.waitFor('Attractiveness: Size (0-10)');
    pty.type(`8${KEYS.enter}`);
    for (const factor of ['Growth potential', 'Financial stability', 'Ease of access', 'Relationship closeness', 'Strategic fit', 'Early adopter', 'Values offer', 'Low competition', 'Market standing']) {
      await pty.waitFor(`Attractiveness: ${factor} (0-10)`);
      pty.type(KEYS.enter);
    }
    for (const factor of ['Price', 'Service', 'People quality', 'Response speed', 'Relationships', 'Innovation', 'Value in use', 'Sustainability', 'Trust']) {
      await pty.waitFor(`Strength vs the best competitor: ${factor} (0-10)`);
      pty.type(factor === 'Trust' ? `3${KEYS.enter}` : KEYS.enter);
    }
    await pty.waitFor('Score significance through its six factors');
    pty.type(`n${KEYS.enter}`);
    await pty.waitFor('Relative spend');
    pty.type(KEYS.enter);
    await pty.waitFor('Significance of what we supply');
    pty.type(KEYS.enter);
    for (let i = 0; i < 3; i++) {
      await pty.waitFor(/Relationship stage|stage as the customer|perceives us/);
      pty.type(KEYS.enter);
    }
    await pty.waitFor('Add a key contact');
    pty.type(`n${KEYS.enter}`);
    await pty.waitFor('attractiveness 8.00, strength 3.00 → Key development');
    await pty.waitFor('Write accounts/polar-foods-oy.yaml?');
    pty.type(`y${KEYS.enter}`);
    expect(await pty.exit).toBe(0);
    expect(parse(readFileSync(join(dir.path, 'accounts', 'polar-foods-oy.yaml'), 'utf8'))).toEqual({
      id: 'polar-foods-oy', name: 'Polar Foods Oy', manager: 'Sam Ortiz', industry: 'Food', revenue: { current: 250000 },
      attractiveness: { size: 8 }, strength: { trust: 3 },
    });
  });
});
