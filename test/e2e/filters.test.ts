// Filters, kam list and kam show's suggestions on the example portfolio. The
// expected accounts are picked by hand from examples/accounts/*.yaml (managers,
// tags, industries) and examples/EXPECTED.md (quadrants, revenue).
import { describe, expect, it } from 'vitest';
import { runKam } from '../helpers/run-kam.js';

const ids = (stdout: string) => (JSON.parse(stdout) as { accounts: { id: string }[] }).accounts.map((a) => a.id);
const score = (...args: string[]) => runKam(['score', 'examples/accounts', '--format', 'json', ...args]);

describe('filters on kam score', () => {
  it('--quadrant key: the four key accounts; the portfolio still counts all thirteen', async () => {
    const r = await score('--quadrant', 'key');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(ids(r.stdout)).toEqual(['acme-industrial', 'meridian-pharma', 'nordlys-energy', 'solano-water']);
    expect(out.portfolio.accounts).toBe(13);
    expect(out.portfolio.quadrants).toEqual({ key: 4, 'key-development': 2, maintenance: 3, opportunistic: 3, unclassified: 1 });
    expect(out.portfolio.revenue.topShare).toBe(0.2958); // 4.2 M of 14.2 M: computed on every account
    expect(out.summary.showing).toEqual({ accounts: 4, of: 13 });
  });

  it('the same option twice widens, different options narrow', async () => {
    expect(ids((await score('--quadrant', 'key', '--quadrant', 'key-development')).stdout))
      .toEqual(['acme-industrial', 'baltic-freight', 'helix-automotive', 'meridian-pharma', 'nordlys-energy', 'solano-water']);
    expect(ids((await score('--manager', 'Dana Reyes', '--quadrant', 'key')).stdout)).toEqual(['acme-industrial', 'nordlys-energy']);
  });

  it('--manager, --tag and --industry ignore case, accents and extra spaces', async () => {
    expect(ids((await score('--manager', '  marco   BIANCHI ')).stdout))
      .toEqual(['city-of-westhaven', 'fjord-paper', 'greenleaf-foods', 'tellus-telecom', 'vantage-logistics']);
    expect(ids((await score('--tag', 'EMEA', '--tag', 'uk')).stdout)).toEqual(['acme-industrial', 'greenleaf-foods', 'meridian-pharma']);
    expect(ids((await score('--industry', 'logístics')).stdout)).toEqual(['baltic-freight', 'vantage-logistics']);
  });

  it('--where: current revenue above 1 million and positioned as tactical profit', async () => {
    // nordlys 2.1 M and greenleaf 1.5 M are tactical profit; orbit (tactical profit) has 0.4 M.
    const r = await score('--where', 'revenue.current > 1e6 and positioning == "tactical-profit"');
    expect(ids(r.stdout)).toEqual(['greenleaf-foods', 'nordlys-energy']);
  });

  it('--where: or, not, in, contains, null and list indexes', async () => {
    expect(ids((await score('--where', 'strength == null')).stdout)).toEqual(['kestrel-aerospace']);
    expect(ids((await score('--where', 'tags contains "emea" and not (manager == "Priya Nair")')).stdout)).toEqual(['acme-industrial']);
    expect(ids((await score('--where', 'quadrant in ["maintenance", "opportunistic"] and revenue.current >= 1_100_000')).stdout)).toEqual(['greenleaf-foods', 'vantage-logistics']);
    expect(ids((await score('--where', 'name contains "LOG" || industry == "energy"')).stdout)).toEqual(['nordlys-energy', 'vantage-logistics']);
    expect(ids((await score('--where', 'opportunities[0].decision == "go"', '--manager', 'Dana Reyes')).stdout)).toEqual(['acme-industrial']);
  });

  it('values that match no account are refused with the nearest one', async () => {
    const cases: [string[], string][] = [
      [['--quadrant', 'kee'], '--quadrant "kee" is not a quadrant; did you mean "key"?'],
      [['--manager', 'Dana Reys'], '--manager "Dana Reys": no account has this manager; did you mean "Dana Reyes"?'],
      [['--tag', 'emeaa'], '--tag "emeaa": no account has this tag; did you mean "emea"?'],
      [['--industry', 'Aerospace and defence'], '--industry "Aerospace and defence": no account has this industry; industries: '],
      [['--where', 'revenue.curent > 1'], 'unknown field "curent" in revenue; did you mean "current"?'],
      [['--where', 'revenue.current >'], 'expected a field or a value but found the end of the expression (column 18)'],
      [['--where', 'quadrant = "key"'], 'use == to compare (column 10)'],
    ];
    for (const [args, message] of cases) {
      const r = await score(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('--health: the statuses of examples/EXPECTED.md (SPEC 8.1, as of 2026-11-22)', async () => {
    // fjord-paper at-risk (open high alert), meridian-pharma watch (open medium alert).
    const worst = await score('--health', 'at-risk', '--health', 'watch');
    expect(worst.code).toBe(0);
    expect(ids(worst.stdout)).toEqual(['fjord-paper', 'meridian-pharma']);
    expect(JSON.parse(worst.stdout).summary.showing).toEqual({ accounts: 2, of: 13 });
    // Healthy key accounts: acme, nordlys, solano (meridian is key but watch).
    expect(ids((await score('--health', 'healthy', '--quadrant', 'key')).stdout)).toEqual(['acme-industrial', 'nordlys-energy', 'solano-water']);
    expect(ids((await score('--health', 'Unknown', '--manager', 'Dana Reyes')).stdout)).toEqual(['baltic-freight', 'helix-automotive']);
    expect(ids((await score('--health', 'at risk')).stdout)).toEqual(['fjord-paper']);
    for (const [value, message] of <[string, string][]>[['helthy', '; did you mean "healthy"?'], ['red', ': use one of at-risk, watch, healthy, unknown']]) {
      const r = await score('--health', value);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`kam: --health "${value}" is not a health status${message}\n`);
    }
  });

  it('--sort health: at-risk, watch, healthy, unknown, ties by name; --reverse keeps unknown last', async () => {
    const names = async (...args: string[]) => (await runKam(['score', 'examples/accounts', '--sort', 'health', ...args])).stdout
      .split('\n').slice(1, 14).map((l) => l.split('\t')[0]!.trim());
    const unknown = ['Baltic Freight Lines', 'City of Westhaven', 'Helix Automotive GmbH', 'Kestrel Aerospace', 'Orbit Retail Group', 'Tellus Telecom', 'Vantage Logistics'];
    expect(await names()).toEqual(['Fjord Paper Mills', 'Meridian Pharmaceuticals',
      'ACME Industrial plc', 'Greenleaf Foods Ltd', 'Nordlys Energi AS', 'Solano Water Utilities', ...unknown]);
    expect(await names('--reverse')).toEqual(['Solano Water Utilities', 'Nordlys Energi AS', 'Greenleaf Foods Ltd', 'ACME Industrial plc',
      'Meridian Pharmaceuticals', 'Fjord Paper Mills', ...[...unknown].reverse()]);
  });

  it('every column of the table is a sort key', async () => {
    const headings: Record<string, string> = {
      Account: 'name', Manager: 'manager', Revenue: 'revenue', A: 'attractiveness', S: 'strength', Quadrant: 'quadrant',
      Health: 'health', Positioning: 'positioning', Stage: 'stage', Opps: 'opportunities',
    };
    const table = await runKam(['score', 'examples/accounts']); // piped: every column
    const shown = table.stdout.split('\n')[0]!.split('\t').map((h) => h.trim());
    const help = (await runKam(['score', '--help'])).stdout.replace(/\s+/g, ' ');
    const keys = /--sort <key> .*?\(choices: ([^)]*)\)/.exec(help)![1]!.split(', ').map((k) => k.replace(/"/g, ''));
    for (const h of shown) expect(keys, h).toContain(headings[h]);
  });

  it('score --format jsonl with a value no account has prints nothing, not the matches before the error', async () => {
    const r = await score('--format', 'jsonl', '--tag', 'emea', '--tag', 'emeaa');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kam: --tag "emeaa": no account has this tag; did you mean "emea"?\n');
    const check = await runKam(['check', 'examples/accounts', '--format', 'jsonl', '--manager', 'Dana Reyes', '--manager', 'Dana Reys']);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('');
    // With values that exist, the lines are all there: acme and meridian carry the emea tag.
    const ok = await score('--format', 'jsonl', '--tag', 'emea', '--health', 'watch');
    expect(ok.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['meridian-pharma']);
  });

  it('the table says how many accounts it shows', async () => {
    const r = await runKam(['score', 'examples/accounts', '--manager', 'Priya Nair']);
    expect(r.stdout).toContain('showing 4 of 13 accounts');
    expect(r.stdout).toContain('Portfolio: 13 accounts');
    expect(r.stdout).toMatch(/Meridian/);
    expect(r.stdout.split('\n').filter((l) => /^(ACME|Baltic|Helix|Nordlys|City|Fjord|Greenleaf|Tellus|Vantage)/.test(l))).toEqual([]);
  });
});

describe('filters on check, report and show', () => {
  it('kam check shows the findings of the chosen accounts and those about no account', async () => {
    const all = JSON.parse((await runKam(['check', 'examples/accounts', '--format', 'json'])).stdout);
    const r = await runKam(['check', 'examples/accounts', '--format', 'json', '--manager', 'Marco Bianchi']);
    const out = JSON.parse(r.stdout);
    const marco = ['city-of-westhaven', 'fjord-paper', 'greenleaf-foods', 'tellus-telecom', 'vantage-logistics'];
    const expected = all.diagnostics.filter((d: { account?: string }) => d.account === undefined || marco.includes(d.account));
    expect(out.diagnostics).toEqual(expected);
    expect(expected.length).toBeLessThan(all.diagnostics.length);
    expect(out.summary.showing).toEqual({ accounts: 5, of: 13 });
    const stylish = await runKam(['check', 'examples/accounts', '--manager', 'Marco Bianchi']);
    expect(stylish.stdout).toContain('showing 5 of 13 accounts');
    expect(stylish.stdout).not.toContain('acme-industrial.yaml');
  });

  it('kam report writes only the chosen accounts, and says so', async () => {
    const r = await runKam(['report', 'examples/accounts', '--format', 'csv', '--tag', 'emea']);
    const rows = r.stdout.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(rows).toEqual(['acme-industrial', 'meridian-pharma']);
    const md = await runKam(['report', 'examples/accounts', '--format', 'markdown', '--tag', 'emea']);
    expect(md.stdout).toContain('showing 2 of 13 accounts');
  });

  it('--health on check, report and list', async () => {
    // fjord-paper (at-risk) has two findings: perception-gap and open-alert; too-many-key and manager-load are about no account.
    const check = JSON.parse((await runKam(['check', 'examples/accounts', '--format', 'json', '--health', 'at-risk'])).stdout);
    expect(check.diagnostics.map((d: { rule: string; account?: string }) => `${d.rule} ${d.account ?? '-'}`).sort())
      .toEqual(['manager-load -', 'open-alert fjord-paper', 'perception-gap fjord-paper', 'too-many-key -']);
    const csv = await runKam(['report', 'examples/accounts', '--format', 'csv', '--health', 'watch']);
    expect(csv.stdout.trim().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual(['meridian-pharma']);
    const list = await runKam(['list', '--in', 'examples/accounts', '--format', 'ids', '--health', 'healthy']);
    expect(list.stdout).toBe('acme-industrial\ngreenleaf-foods\nnordlys-energy\nsolano-water\n');
  });

  it('kam show with filters and no id shows each chosen account', async () => {
    const r = await runKam(['show', '--in', 'examples/accounts', '--tag', 'nordics']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nordlys Energi AS');
    expect(r.stdout).not.toContain('ACME Industrial');
    expect(r.stdout).toContain('showing 1 of 13 accounts');
  });
});

describe('kam list and kam show suggestions', () => {
  it('kam list matches part of the id or the name, without regard to case or accents', async () => {
    const r = await runKam(['list', 'LÖGIST', '--in', 'examples/accounts']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Id\s+Name\s+Manager\s+Quadrant\s+File$/);
    expect(lines[1]).toMatch(/^vantage-logistics\s+Vantage Logistics\s+Marco Bianchi\s+Maintenance\s+examples\/accounts\/vantage-logistics\.yaml$/);
    expect(lines[2]).toBe('showing 1 of 13 accounts');
    const ids = await runKam(['list', 'ia', '--in', 'examples/accounts', '--format', 'ids']);
    // "ia" appears only in "Industrial" and "Meridian".
    expect(ids.stdout).toBe('acme-industrial\nmeridian-pharma\n');
  });

  it('kam show with an unknown id suggests the nearest ids and names', async () => {
    const part = await runKam(['show', 'nordlys', '--in', 'examples/accounts']);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain('no account "nordlys" in examples/accounts; did you mean nordlys-energy (Nordlys Energi AS)?');
    const typo = await runKam(['show', 'acme-industial', '--in', 'examples/accounts']);
    expect(typo.stderr).toContain('did you mean acme-industrial (ACME Industrial plc)?');
    const none = await runKam(['show', 'zzzz', '--in', 'examples/accounts']);
    expect(none.stderr).toContain('kam list finds ids');
  });
});
