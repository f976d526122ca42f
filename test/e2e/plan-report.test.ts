// The account plan in the reports: the relationship map in a real browser
// (one node per contact, one edge per owned relationship, each edge ending at
// its contact), and every text field of a full account in HTML and Markdown,
// escaped, with a hostile one inert.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { FIXTURES, runKam, tempDir } from '../helpers/run-kam.js';

const accounts = join(FIXTURES, 'plan', 'accounts');
const dir = tempDir();
let browser: Browser;
// Every marker in the fixture, so a field added there is checked too.
const markers = [...new Set(readFileSync(join(accounts, 'markers.yaml'), 'utf8').match(/MK-[a-z-]+<b>&<\/b>/g))];

beforeAll(async () => {
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

describe('the account plan in the HTML report', () => {
  it('draws the relationship map: a node per contact, an edge per owned relationship, ending at its contact', async () => {
    const out = join(dir.path, 'plan.html');
    expect((await runKam(['report', accounts, '-o', out])).code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${out}`);
    const map = async (id: string) => page.$eval(`#relationship-map-${id}`, (svg) => {
      type Boxed = { getBoundingClientRect(): { left: number; top: number; right: number; bottom: number } };
      const box = (e: Boxed) => { const b = e.getBoundingClientRect(); return { x1: b.left, y1: b.top, x2: b.right, y2: b.bottom }; };
      const toScreen = (p: { x: number; y: number }, el: unknown) => {
        const m = (el as { getScreenCTM(): { a: number; d: number; e: number; f: number } }).getScreenCTM();
        return { x: m.a * p.x + m.e, y: m.d * p.y + m.f };
      };
      return {
        shape: svg.getAttribute('data-shape'),
        contacts: [...svg.querySelectorAll('g.rm-contact')].map((g) => ({ index: Number(g.getAttribute('data-index')), box: box(g.querySelector('rect')!) })),
        owners: svg.querySelectorAll('g.rm-owner').length,
        edges: [...svg.querySelectorAll('path.rm-edge')].map((p) => {
          const path = p as unknown as { getTotalLength(): number; getPointAtLength(n: number): { x: number; y: number } };
          return { index: Number(p.getAttribute('data-index')), end: toScreen(path.getPointAtLength(path.getTotalLength()), p) };
        }),
      };
    });
    // Nordwind: 4 contacts; Jana (Dana), Mehmet and Lena (Tom) are held, Paul by nobody.
    const nordwind = await map('nordwind');
    expect(nordwind.shape).toBe('diamond');
    expect(nordwind.contacts.map((c) => c.index).sort()).toEqual([0, 1, 2, 3]);
    expect(nordwind.edges.map((e) => e.index).sort()).toEqual([0, 1, 2]);
    expect(nordwind.owners).toBe(2);
    for (const e of nordwind.edges) {
      const to = nordwind.contacts.find((c) => c.index === e.index)!.box;
      // the edge ends on the left side of its contact's box, within its height
      expect(Math.abs(e.end.x - to.x1)).toBeLessThan(2);
      expect(e.end.y > to.y1 && e.end.y < to.y2).toBe(true);
    }
    const single = await map('markers');
    expect([single.shape, single.contacts.length, single.edges.length, single.owners]).toEqual(['bow-tie', 1, 1, 1]);
    await page.close();
  });

  it('shows every text field of a full account as text, and runs nothing', async () => {
    const out = join(dir.path, 'markers.html');
    await runKam(['report', accounts, '-o', out]);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`file://${out}`);
    const text = await page.$eval('#account-markers', (s) => s.textContent ?? '');
    expect(markers.length).toBeGreaterThanOrEqual(26);
    // "<b>&</b>" in the text (not a bold element) shows each marker was escaped
    expect(markers.filter((m) => !text.includes(m))).toEqual([]);
    expect(text).toContain('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    expect(await page.$$('img, script, a')).toHaveLength(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('the account plan in the Markdown report', () => {
  it('has every text field, escaped', async () => {
    const r = await runKam(['report', accounts, '--format', 'markdown']);
    expect(r.code).toBe(0);
    // markdown() escapes < and > with a backslash and & as an entity
    const escaped = (m: string) => m.replace('<b>&</b>', '\\<b\\>&amp;\\</b\\>');
    expect(markers.filter((m) => !r.stdout.includes(escaped(m)))).toEqual([]);
    // no tag survives unescaped (every < has its backslash)
    expect(r.stdout).not.toMatch(/(^|[^\\])<(b|img|script)\b/m);
    expect(r.stdout).not.toContain('](https://');
    expect(r.stdout).toContain('\\[link\\]\\(h\u200Dttps://evil.example\\) @\u200Dteam');
  });
});

describe('the account plan in JSON and CSV', () => {
  it('JSON carries the plan fields of each account', async () => {
    const r = await runKam(['score', accounts, '--format', 'json']);
    const json = JSON.parse(r.stdout);
    const nordwind = json.accounts.find((a: { id: string }) => a.id === 'nordwind');
    expect([nordwind.position, nordwind.lifecycle, nordwind.tags]).toEqual(['good', 'farm', ['dach', 'logistics']]);
    expect(nordwind.plan.currentQuarter).toBe('q4');
    expect(nordwind.plan.charter.objectives).toEqual(['Double parcel capacity by 2029', 'Carbon-neutral hubs by 2030']);
    expect(nordwind.plan.development.tactics.q3).toEqual([{ action: 'Reference visit at our Bremen customer', owner: 'Tom Becker', due: '2026-09-30', done: true }]);
    expect(nordwind.plan.openActions.map((a: { due: string | null; overdue: boolean }) => `${a.due} ${a.overdue}`)).toEqual(['2026-11-15 true', '2026-12-10 false', 'null false']);
    expect(nordwind.relationshipMap.shape).toBe('diamond');
    expect(nordwind.relationshipMap.decisionMakers).toEqual({ total: 2, covered: 2 });
    expect(nordwind.relationshipMap.contacts.map((c: { name: string; owner: string | null }) => `${c.name}:${c.owner}`))
      .toEqual(['Jana Weber:Dana Reyes', 'Mehmet Aksoy:Tom Becker', 'Lena Fischer:Tom Becker', 'Paul Richter:null']);
    expect(nordwind.forces).toEqual({ new_entrants: 4, supplier_power: 3, rivalry: 8, buyer_power: 7, substitutes: 2 });
    // every text field but the opportunities' notes (the opportunity object keeps its SPEC 5 fields)
    const text = JSON.stringify(json.accounts.find((a: { id: string }) => a.id === 'markers'));
    expect(markers.filter((m) => !m.startsWith('MK-note-') && !text.includes(m))).toEqual([]);
  });

  it('CSV has the one-line plan figures at the end of each row', async () => {
    const r = await runKam(['report', accounts, '--format', 'csv']);
    const rows: Record<string, string>[] = parse(r.stdout, { bom: true, columns: true });
    const pick = (id: string) => {
      const row = rows.find((x) => x.id === id)!;
      return ['position', 'lifecycle', 'relationship_shape', 'contacts', 'functions', 'our_people', 'decision_makers', 'decision_makers_covered', 'open_actions', 'overdue_actions'].map((k) => row[k]);
    };
    // Nordwind: 4 contacts in operations and purchasing, held by Dana and Tom; both decision makers held;
    // 3 open actions, the TCO model (due 2026-11-15) overdue on 2026-11-22.
    expect(pick('nordwind')).toEqual(['good', 'farm', 'diamond', '4', '2', '2', '2', '2', '3', '1']);
    // Markers: one contact held by one person; its one action was due 2026-05-01.
    expect(pick('markers')).toEqual(['limited', 'hunt', 'bow-tie', '1', '1', '1', '1', '1', '1', '1']);
  });
});
