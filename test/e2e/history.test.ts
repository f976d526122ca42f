// `kam history` and the freshness of scores, on the git repository of
// test/helpers/history-repo.ts. Expected values are worked out by hand below.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { account, historyRepo } from '../helpers/history-repo.js';
import { runKam, tempDir } from '../helpers/run-kam.js';

const repo = historyRepo();
const { sha, write } = repo;
afterAll(() => repo.remove());

const kam = (...args: string[]) => runKam(args, { cwd: repo.path });

describe('kam history', () => {
  it('follows each account across the tags: moves, id changes, invalid snapshots, arrivals', async () => {
    const r = await kam('history', '--format', 'json');
    expect(r.stderr).toBe('v2025-q2: 1 invalid file(s) left out of that snapshot (shown in the trails)\n');
    expect(r.code).toBe(0);
    const h = JSON.parse(r.stdout);
    expect(h.snapshots).toEqual([
      { label: 'v2025-q1', date: '2025-03-31', commit: sha.q1 },
      { label: 'v2025-q2', date: '2025-06-30', commit: sha.q2 },
      { label: 'v2025-q3', date: '2025-09-30', commit: sha.q3 },
    ]);
    const trail = (id: string) => h.accounts.find((a: { id: string }) => a.id === id);
    const quadrants = (id: string) => trail(id).points.map((p: { at: number; quadrant: string }) => [p.at, p.quadrant]);
    expect(h.accounts.map((a: { id: string }) => a.id)).toEqual(['alpha', 'beta-group', 'delta', 'frozen', 'gamma']);
    // alpha: 8/7 key, then price 4 < 5: key development; moved into emea/ between q1 and q2.
    expect(quadrants('alpha')).toEqual([[0, 'key'], [1, 'key-development'], [2, 'key-development']]);
    expect(trail('alpha').points.map((p: { strength: number }) => p.strength)).toEqual([7, 4, 4]);
    expect(trail('alpha').events).toEqual([{ at: 1, kind: 'moved', from: 'accounts/alpha.yaml', to: 'accounts/emea/alpha.yaml' }]);
    // beta became beta-group in the same file: one trail, not a departure and an arrival.
    expect(quadrants('beta-group')).toEqual([[0, 'opportunistic'], [1, 'opportunistic'], [2, 'opportunistic']]);
    expect(trail('beta-group').events).toEqual([{ at: 1, kind: 'id-changed', from: 'beta', to: 'beta-group' }]);
    // gamma: 6/4 key development, invalid at q2 (left out of that point only), 6/6 key at q3.
    expect(quadrants('gamma')).toEqual([[0, 'key-development'], [2, 'key']]);
    expect(trail('gamma').events).toEqual([
      { at: 1, kind: 'invalid', file: 'accounts/gamma.yaml', message: expect.stringMatching(/^\d+:\d+ .*11/) },
      { at: 2, kind: 'appeared' },
    ]);
    expect(trail('delta').events).toEqual([{ at: 2, kind: 'appeared' }]);
    expect(quadrants('frozen')).toEqual([[0, 'key'], [1, 'key'], [2, 'key']]);

    // The portfolio at each snapshot.
    const counts = h.portfolio.map((p: { accounts: number; invalid: number; quadrants: Record<string, number> }) => [p.accounts, p.invalid, p.quadrants]);
    expect(counts).toEqual([
      [4, 0, { key: 2, 'key-development': 1, maintenance: 0, opportunistic: 1, unclassified: 0 }],
      [3, 1, { key: 1, 'key-development': 1, maintenance: 0, opportunistic: 1, unclassified: 0 }],
      [5, 0, { key: 2, 'key-development': 1, maintenance: 1, opportunistic: 1, unclassified: 0 }],
    ]);
    // Revenue per quadrant: q1 key = frozen 1000 + alpha 500; q2 key = 1000, key development = alpha 500.
    expect(h.portfolio[0].revenue.key).toBe(1500);
    expect(h.portfolio[1].revenue).toMatchObject({ key: 1000, 'key-development': 500 });
    // Unchanged files are parsed once for the whole run: frozen and beta(-group) at q3 repeat q2's blobs.
    // Distinct valid or invalid contents: q1 4, q2 alpha + beta-group + gamma(bad) = 3 (frozen repeats), q3 gamma + delta = 2.
    expect(h.parsed).toBe(9);
  });

  it('--every quarter takes the last commit of each quarter; --since and --revs choose', async () => {
    const every = JSON.parse((await kam('history', '--every', 'quarter', '--format', 'json')).stdout);
    expect(every.snapshots.map((s: { label: string; commit: string }) => [s.label, s.commit])).toEqual([
      ['2024-Q1', sha.frozen], ['2025-Q1', sha.q1], ['2025-Q2', sha.q2], ['2025-Q3', sha.q3], ['2025-Q4', sha.after],
    ]);
    const since = JSON.parse((await kam('history', '--every', 'quarter', '--since', '2025-06-01', '--format', 'json')).stdout);
    expect(since.snapshots.map((s: { label: string }) => s.label)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    // delta is gone at the last quarter.
    expect(since.accounts.find((a: { id: string }) => a.id === 'delta').events).toEqual([{ at: 1, kind: 'appeared' }, { at: 2, kind: 'disappeared' }]);
    const revs = JSON.parse((await kam('history', '--revs', 'v2025-q3,v2025-q1', '--format', 'json')).stdout);
    expect(revs.snapshots.map((s: { label: string }) => s.label)).toEqual(['v2025-q3', 'v2025-q1']);
    const bad = await kam('history', '--revs', 'no-such-tag');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-tag" is not a revision of this repository');
  });

  it('csv is long (one row per account and snapshot); the table shows trails as letters', async () => {
    const csv = await kam('history', '--format', 'csv');
    const rows = parseCsv(csv.stdout.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    // 4 + 3 + 5 points.
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.id === 'alpha').map((r) => [r.snapshot, r.quadrant, r.strength])).toEqual([
      ['v2025-q1', 'key', '7'], ['v2025-q2', 'key-development', '4'], ['v2025-q3', 'key-development', '4'],
    ]);
    const table = await kam('history');
    expect(table.stdout).toMatch(/^alpha\s+KDD\s/m);
    expect(table.stdout).toMatch(/^gamma\s+D K\s/m);
    expect(table.stdout).toMatch(/^v2025-q2\s+2025-06-30\s+3\s+1\s+1\s+0\s+1\s+0\s+0\s+0\s+1$/m);
  });
});

describe('kam history with filters', () => {
  // As the accounts last appear (v2025-q3): alpha 8/4 key development (500), beta-group 3/3 opportunistic,
  // delta 2/8 maintenance, frozen 7/7 key (1000), gamma 6/6 key (key development at q1). No performance data: all unknown.
  const trails = async (...args: string[]) => {
    const r = await kam('history', '--format', 'json', ...args);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as { accounts: { id: string }[]; showing?: unknown; portfolio: { accounts: number }[] };
  };

  it('chooses trails by the account as it last appears; the portfolio still counts every account', async () => {
    const key = await trails('--quadrant', 'key');
    expect(key.accounts.map((a) => a.id)).toEqual(['frozen', 'gamma']);
    expect(key.showing).toEqual({ accounts: 2, of: 5 });
    expect(key.portfolio.map((p) => p.accounts)).toEqual([4, 3, 5]);
    // gamma was key development at q1, but is key now: only alpha is key development.
    expect((await trails('--quadrant', 'key-development')).accounts.map((a) => a.id)).toEqual(['alpha']);
    expect((await trails('--where', 'revenue.current >= 500', '--health', 'unknown')).accounts.map((a) => a.id)).toEqual(['alpha', 'frozen']);
    expect((await trails('--health', 'at-risk')).showing).toEqual({ accounts: 0, of: 5 });
    expect((await trails()).showing).toBeUndefined();
  });

  it('the table and Markdown say how many trails they show', async () => {
    const table = await kam('history', '--quadrant', 'key', '--quadrant', 'maintenance');
    expect(table.stdout).toMatch(/^delta\s/m);
    expect(table.stdout).not.toMatch(/^alpha\s/m);
    expect(table.stdout).toContain('showing 3 of 5 accounts (the portfolio below counts every account)');
    const md = await kam('history', '--format', 'markdown', '--where', 'name contains "ALPHA"');
    expect(md.stdout).toContain('_showing 1 of 5 accounts (the portfolio below counts every account)_');
    expect(md.stdout).toContain('(`alpha`)');
    expect(md.stdout).not.toContain('(`frozen`)');
    const out = tempDir('kam-history-html-');
    try {
      const page = await kam('history', '--quadrant', 'key', '-o', join(out.path, 'h.html'));
      expect(page.stderr).toBe(`Wrote ${join(out.path, 'h.html')}: 2 of 5 accounts over 3 snapshots (9 distinct files parsed)\nv2025-q2: 1 invalid file(s) left out of that snapshot (shown in the trails)\n`);
      const html = readFileSync(join(out.path, 'h.html'), 'utf8');
      expect(html).toContain('· showing 2 of 5 accounts (the charts of the portfolio count every account)</p>');
      expect(html).toContain('<td>FROZEN</td>');
      expect(html).not.toContain('<td>ALPHA</td>');
    } finally {
      out.remove();
    }
  });

  it('values are checked like the other commands: exit 2, nothing printed', async () => {
    const cases: [string[], string][] = [
      [['--quadrant', 'kee'], 'kam: --quadrant "kee" is not a quadrant; did you mean "key"?\n'],
      [['--health', 'watchh'], 'kam: --health "watchh" is not a health status; did you mean "watch"?\n'],
      [['--manager', 'Dana Reyes'], 'kam: --manager "Dana Reyes": no account has this manager\n'],
      [['--where', 'revenue.curent > 1'], 'kam: --where "revenue.curent > 1": unknown field "curent" in revenue; did you mean "current"? (column 1)\n'],
    ];
    for (const [args, message] of cases) {
      const r = await kam('history', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(message);
    }
  });
});

describe('freshness of scores', () => {
  it('kam score --freshness: when each factor score last changed, following renames', async () => {
    const r = await kam('score', '--freshness', '--format', 'json', '--as-of', '2026-01-31');
    const byId = Object.fromEntries(JSON.parse(r.stdout).accounts.map((a: { id: string; freshness: unknown }) => [a.id, a.freshness]));
    // frozen: never changed since its first commit two years before.
    expect(byId.frozen).toEqual({
      'attractiveness.size': { changed: '2024-01-15', commit: sha.frozen },
      'strength.price': { changed: '2024-01-15', commit: sha.frozen },
    });
    // alpha: size unchanged since q1 (through the move), price changed at q2.
    expect(byId.alpha).toEqual({
      'attractiveness.size': { changed: '2025-03-31', commit: sha.q1 },
      'strength.price': { changed: '2025-06-30', commit: sha.q2 },
    });
    // gamma: 6 → 11 (invalid, passed over) → 6: size is compared with the last readable version, price changed at q3.
    expect(byId.gamma).toEqual({
      'attractiveness.size': { changed: '2025-03-31', commit: sha.q1 },
      'strength.price': { changed: '2025-09-30', commit: sha.q3 },
    });
  });

  it('an uncommitted change is fresh as of today; a file outside git has none', async () => {
    write('accounts/beta.yaml', account('beta-group', 3, 5));
    write('accounts/loose.yaml', account('loose', 5, 5));
    const r = await kam('score', '--freshness', '--format', 'json', '--as-of', '2026-01-31');
    const byId = Object.fromEntries(JSON.parse(r.stdout).accounts.map((a: { id: string; freshness: unknown }) => [a.id, a.freshness]));
    expect(byId['beta-group']['strength.price']).toEqual({ changed: '2026-01-31', commit: null });
    expect(byId['beta-group']['attractiveness.size']).toEqual({ changed: '2025-03-31', commit: sha.q1 });
    expect(byId.loose).toBeNull();
    rmSync(join(repo.path, 'accounts/loose.yaml'));
    execFileSync('git', ['checkout', '-q', '--', 'accounts/beta.yaml'], { cwd: repo.path });
  });

  it('the stale-score rule (off by default) fires past limits.score_months, not at it', async () => {
    const stale = (asOf: string) => kam('check', '--format', 'json', '--as-of', asOf, '-c', 'kam.config.yaml')
      .then((r) => JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'stale-score').map((d: { account: string }) => d.account));
    write('kam.config.yaml', 'rules: { stale-score: warning }\n');
    // As of 2026-06-30: 12 months back is 2025-06-30. frozen (key, last change 2024-01-15) is stale;
    // alpha (key development, price changed 2025-06-30, exactly 12 months) is not; gamma (key, 2025-09-30) is not.
    expect(await stale('2026-06-30')).toEqual(['frozen']);
    // One day later alpha's newest change is more than 12 months old.
    expect(await stale('2026-07-01')).toEqual(['alpha', 'frozen']);
    write('kam.config.yaml', 'limits: { score_months: 24 }\nrules: { stale-score: warning }\n');
    // 24 months before 2026-01-15 is 2024-01-15: frozen's change is exactly on the limit.
    expect(await stale('2026-01-15')).toEqual([]);
    expect(await stale('2026-01-16')).toEqual(['frozen']);
    rmSync(join(repo.path, 'kam.config.yaml'));
    // Off by default.
    expect(await kam('check', '--format', 'json', '--as-of', '2030-01-01').then((r) => JSON.parse(r.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'stale-score'))).toBe(false);
  });

  it('kam show prints the age of each factor score, and --format json its freshness', async () => {
    const text = await kam('show', 'alpha', '--as-of', '2026-01-31');
    expect(text.stdout).toMatch(/Price .* changed 7 months ago \(2025-06-30, [0-9a-f]{7}\)/);
    expect(text.stdout).toMatch(/Size .* changed 10 months ago \(2025-03-31, [0-9a-f]{7}\)/);
    const json = JSON.parse((await kam('show', 'frozen', '--format', 'json', '--as-of', '2026-01-31')).stdout);
    expect(json.account.freshness['strength.price']).toEqual({ changed: '2024-01-15', commit: sha.frozen });
  });
});
