// `kam` on the example portfolio, checked against examples/EXPECTED.md, whose
// numbers were worked out by hand from SPEC 3 with the example config's weights.
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runKam } from '../helpers/run-kam.js';

const EXPECTED: [string, number | null, number | null, string, string | null][] = [
  ['acme-industrial', 7.64, 7.64, 'key', 'strategic-partner'],
  ['baltic-freight', 6.0, 4.27, 'key-development', 'tactical-make-easy'],
  ['city-of-westhaven', 3.79, 6.27, 'maintenance', 'tactical-make-easy'],
  ['fjord-paper', 3.64, 4.45, 'opportunistic', 'strategic-security'],
  ['greenleaf-foods', 4.29, 7.0, 'maintenance', 'tactical-profit'],
  ['helix-automotive', 6.86, 4.18, 'key-development', 'strategic-security'],
  ['kestrel-aerospace', 7.33, null, 'unclassified', null],
  ['meridian-pharma', 6.86, 6.55, 'key', 'strategic-partner'],
  ['nordlys-energy', 6.5, 6.27, 'key', 'tactical-profit'],
  ['orbit-retail', 3.71, 3.55, 'opportunistic', 'tactical-profit'],
  ['solano-water', 5.14, 6.73, 'key', 'strategic-partner'],
  ['tellus-telecom', 3.93, 3.91, 'opportunistic', 'tactical-make-easy'],
  ['vantage-logistics', 4.36, 7.0, 'maintenance', 'strategic-security'],
];

// Health as of 2026-11-22 (SPEC 8.1), see EXPECTED.md.
const HEALTH: [string, string][] = [
  ['acme-industrial', 'healthy'], // sales 4.25 M / 4.3 M = 0.988, satisfaction 8 in May 2026
  ['baltic-freight', 'unknown'],
  ['city-of-westhaven', 'unknown'],
  ['fjord-paper', 'at-risk'], // open high alert
  ['greenleaf-foods', 'healthy'], // satisfaction 8 in March 2026
  ['helix-automotive', 'unknown'],
  ['kestrel-aerospace', 'unknown'],
  ['meridian-pharma', 'watch'], // open medium alert; satisfaction 6 is not below 6; sales 1.82 / 1.9 = 0.958
  ['nordlys-energy', 'healthy'], // satisfaction 7 in February 2026
  ['orbit-retail', 'unknown'],
  ['solano-water', 'healthy'], // satisfaction 7 in July 2026
  ['tellus-telecom', 'unknown'],
  ['vantage-logistics', 'unknown'],
];
const HEALTH_COUNTS = { 'at-risk': 1, watch: 1, healthy: 4, unknown: 7 };

describe('kam score on examples/', () => {
  it('matches the hand-computed table, in file order, with the SPEC 5 shape', async () => {
    const r = await runKam(['score', 'examples/accounts', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // warnings only
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe('2026-11-22'); // from examples/kam.config.yaml
    expect(out.accounts.map((a: { id: string; attractiveness: number; strength: number; quadrant: string; positioning: string }) =>
      [a.id, a.attractiveness, a.strength, a.quadrant, a.positioning])).toEqual(EXPECTED);
    expect(out.accounts[0]).toMatchObject({
      name: 'ACME Industrial plc',
      file: 'examples/accounts/acme-industrial.yaml',
      manager: 'Dana Reyes',
      relationship: { stage: 'interdependent', customerView: 'interdependent', gap: 0 },
      revenue: { current: 4200000, potential: 6000000 },
      opportunities: [
        { id: 'plant-retrofit', name: 'Plant 3 retrofit', value: 250000, stage: 'pursuing', decision: 'go' },
        { id: 'coatings-trial', name: 'Low-VOC coatings trial', value: 80000, stage: 'qualified', decision: 'qualify' },
      ],
    });
    const meridian = out.accounts.find((a: { id: string }) => a.id === 'meridian-pharma');
    expect(meridian.relationship).toEqual({ stage: 'interdependent', customerView: 'co-operative', gap: 1 });
    expect(meridian.opportunities.map((o: { decision: string }) => o.decision)).toEqual(['go', 'no-go']);
    expect(out.portfolio).toEqual({
      accounts: 13,
      revenue: { total: 14200000, topShare: 0.2958, top20Share: 0.5704, topAccount: 'acme-industrial' },
      quadrants: { key: 4, 'key-development': 2, maintenance: 3, opportunistic: 3, unclassified: 1 },
      managers: { 'Dana Reyes': 4, 'Priya Nair': 2, 'Marco Bianchi': 0 },
      managerLoad: {
        'Dana Reyes': { accounts: 4, quadrants: { key: 2, 'key-development': 2, maintenance: 0, opportunistic: 0, unclassified: 0 }, revenue: 7250000 },
        'Priya Nair': { accounts: 4, quadrants: { key: 2, 'key-development': 0, maintenance: 0, opportunistic: 1, unclassified: 1 }, revenue: 2900000 },
        'Marco Bianchi': { accounts: 5, quadrants: { key: 0, 'key-development': 0, maintenance: 3, opportunistic: 2, unclassified: 0 }, revenue: 4050000 },
      },
      health: HEALTH_COUNTS,
    });
    expect(out.accounts.map((a: { id: string; health: { status: string } }) => [a.id, a.health.status])).toEqual(HEALTH);
    for (const d of out.diagnostics) {
      // subject: what within the account the finding is about, for the rules that have one;
      // portfolio-wide findings name no account (SPEC 8.2).
      const withSubject = ['manager-load', 'pursuit-without-go', 'too-many-key', 'open-alert'].includes(d.rule);
      const portfolioWide = d.rule === 'too-many-key' || d.rule === 'manager-load';
      expect(Object.keys(d).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity', ...(portfolioWide ? [] : ['account']), ...(withSubject ? ['subject'] : [])].sort());
      expect(d.severity).toBe('warning');
    }
    expect(out.diagnostics.filter((d: { rule: string }) => d.rule === 'manager-load').map((d: { file: string }) => d.file)).toEqual(['examples/kam.config.yaml']);
  });

  it('piped, prints every column and every whole name, tab-separated, with the legend and the summary', async () => {
    const r = await runKam(['score', 'examples/accounts']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const tableEnd = lines.findIndex((l) => l.startsWith('A attractiveness'));
    expect(tableEnd).toBe(14); // the heading and 13 accounts
    const rows = lines.slice(0, tableEnd).map((l) => l.split('\t').map((cell) => cell.trim()));
    expect(rows[0]).toEqual(['Account', 'Manager', 'Revenue', 'A', 'S', 'Quadrant', 'Health', 'Positioning', 'Stage', 'Opps']);
    // Nothing cut: the longest names whole, one row per account; health as a mark and a word.
    expect(rows.find((row) => row[0] === 'Meridian Pharmaceuticals')).toEqual(
      ['Meridian Pharmaceuticals', 'Priya Nair', 'EUR 1.8M', '6.86', '6.55', 'Key', '! watch', 'Strategic partner', 'Inter/Coop', '1/0/1']);
    const health = (name: string) => rows.find((row) => row[0]!.startsWith(name))![6];
    expect(health('Fjord')).toBe('✗ at risk'); // open high alert
    expect(health('ACME')).toBe('✓ healthy');
    expect(health('Kestrel')).toBe('? unknown');
    expect(lines.slice(0, tableEnd).join('\n')).not.toContain('…');
    expect(r.stdout).not.toMatch(/\u001b\[/); // piped: no colour
    expect(r.stdout).toContain('Portfolio: 13 accounts, revenue EUR 14,200,000');
    expect(r.stdout).toContain('Key 4 · Key development 2 · Maintenance 3 · Opportunistic 3 · Unclassified 1');
    expect(r.stdout).toContain('top account 29.6 % (ACME Industrial plc) · top 20 % (3 accounts) 57.0 %');
    expect(r.stdout).toContain('Health: ✗ at risk 1 · ! watch 1 · ✓ healthy 4 · ? unknown 7');
    // key + key development / all accounts, and their current revenue (7.25 M, 2.9 M, 4.05 M)
    expect(r.stdout).toContain('Managers (key + key development of all accounts, revenue): Dana Reyes 4/4 EUR 7.3M · Priya Nair 2/4 EUR 2.9M · Marco Bianchi 0/5 EUR 4.1M');
  });

  it('sorts the table on request and colours it when forced', async () => {
    const r = await runKam(['score', 'examples/accounts', '--sort', 'revenue'], { env: { FORCE_COLOR: '1' } });
    const rows = r.stdout.split('\n').slice(1, 4).map((l) => l.replace(/\u001b\[[0-9;]*m/g, ''));
    // revenue 4.2 M, 2.1 M, 1.8 M
    expect(rows.map((l) => l.split('\t')[0]!.trim())).toEqual(['ACME Industrial plc', 'Nordlys Energi AS', 'Meridian Pharmaceuticals']);
    expect(r.stdout).toMatch(/\u001b\[/);
    const plain = await runKam(['score', 'examples/accounts', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('kam validate finds the examples valid', async () => {
    const r = await runKam(['validate', 'examples/accounts']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('13 files checked: no problems\n');
  });
});

describe('usage problems exit 2 with one line', () => {
  it.each([
    [['score', '--bogus'], /unknown option '--bogus'/],
    [['score', 'no/such/dir'], /^kam: path does not exist: no\/such\/dir\n$/],
    [['score', '--format', 'xml', 'examples/accounts'], /argument 'xml' is invalid/],
    [['score', '--as-of', 'yesterday', 'examples/accounts'], /expected a date YYYY-MM-DD/],
    [['score', '--config', 'no-such.yaml', 'examples/accounts'], /cannot read the config file \(ENOENT\)/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('kam %s', async (args, message) => {
    const r = await runKam(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid config file is reported with its position, exit 2', async () => {
    const r = await runKam(['score', '--config', 'test/fixtures/bad-config.yaml', 'examples/accounts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: invalid config file\n  test/fixtures/bad-config.yaml:2:3: unknown key "key_shares" in limits; did you mean "key_share"?\n');
  });

  it('--help shows examples and exits 0; --version prints the version', async () => {
    const help = await runKam(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = await runKam(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('defaults and environment', () => {
  it('reads accounts/ when no path is given', async () => {
    const r = await runKam(['score', '--format', 'json'], { cwd: EXAMPLES });
    expect(JSON.parse(r.stdout).portfolio.accounts).toBe(13);
  });

  it('NO_COLOR wins over FORCE_COLOR', async () => {
    const r = await runKam(['score', 'examples/accounts'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});
