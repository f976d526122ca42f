// The HTML report in a real browser (a system Chromium or the packaged one, driven by playwright-core).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { EXAMPLES, ROOT, runKam, tempDir } from '../helpers/run-kam.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const dir = tempDir();
let browser: Browser;

beforeAll(async () => {
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

async function open(file: string, timeout = 30_000): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(timeout);
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(`file://${file}`, { timeout });
  return { page, errors, dialogs, requests };
}

describe('the HTML report of the example portfolio', () => {
  it('has one bubble per classified account, in the right quadrant, with readable labels', async () => {
    const out = join(dir.path, 'review.html');
    const r = await runKam(['report', join(EXAMPLES, 'accounts'), '-o', out]);
    expect(r.code).toBe(0);
    const { page, errors, requests } = await open(out);

    const json = JSON.parse((await runKam(['score', join(EXAMPLES, 'accounts'), '--format', 'json'])).stdout);
    const classified = json.accounts.filter((a: { quadrant: string }) => a.quadrant !== 'unclassified');
    const bubbles = await page.$$eval('#matrix-chart circle.bubble', (els) => els.map((e) => {
      const b = e.getBoundingClientRect();
      return { id: e.getAttribute('data-id'), quadrant: e.getAttribute('data-quadrant'), x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }));
    const vertical = await page.$eval('#threshold-strength', (e) => e.getBoundingClientRect().x);
    const horizontal = await page.$eval('#threshold-attractiveness', (e) => e.getBoundingClientRect().y);
    expect(bubbles.map((b) => b.id).sort()).toEqual(classified.map((a: { id: string }) => a.id).sort());
    for (const a of classified) {
      const b = bubbles.find((x) => x.id === a.id)!;
      expect(b.quadrant).toBe(a.quadrant);
      // Where it is drawn agrees with its quadrant: right of the line = strong, above = attractive.
      const strong = b.x >= vertical;
      const attractive = b.y <= horizontal;
      const drawn = attractive ? (strong ? 'key' : 'key-development') : strong ? 'maintenance' : 'opportunistic';
      expect(`${a.id}: ${drawn}`).toBe(`${a.id}: ${a.quadrant}`);
    }

    const labels = await page.$$eval('svg text.label', (els) => els.map((e) => {
      const b = e.getBoundingClientRect();
      return { text: e.textContent, x1: b.left, y1: b.top, x2: b.right, y2: b.bottom, size: parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(e).fontSize) };
    }));
    expect(labels.length).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i]!.size).toBeGreaterThanOrEqual(10);
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
      }
    }
    expect(await page.$$eval('#accounts-table tr', (rows) => rows.length)).toBe(json.accounts.length + 1);

    // Targets: an arrow from today's bubble to where the plan says the account should be.
    const arrows = await page.$$eval('line.target-arrow', (els) => els.map((e) => ({
      id: e.getAttribute('data-id'), quadrant: e.getAttribute('data-target-quadrant'),
      x1: Number(e.getAttribute('x1')), y1: Number(e.getAttribute('y1')), x2: Number(e.getAttribute('x2')), y2: Number(e.getAttribute('y2')),
    })));
    // The matrix's plot area in SVG units: 0..10 inside a margin of the largest radius (30).
    const svgX = (s: number) => 56 + 30 + (s / 10) * 540;
    const svgY = (a: number) => 20 + 30 + ((10 - a) / 10) * 360;
    const targets = json.accounts.filter((a: { target: unknown }) => a.target);
    expect(arrows.map((a) => a.id).sort()).toEqual(targets.map((a: { id: string }) => a.id).sort());
    for (const t of targets) {
      const a = arrows.find((x) => x.id === t.id)!;
      // JSON scores are rounded to 2 decimals: within a pixel of the drawn ends
      expect(Math.abs(a.x1 - svgX(t.strength))).toBeLessThan(1);
      expect(Math.abs(a.y1 - svgY(t.attractiveness))).toBeLessThan(1);
      expect(Math.abs(a.x2 - svgX(t.target.strength))).toBeLessThan(1);
      expect(Math.abs(a.y2 - svgY(t.target.attractiveness))).toBeLessThan(1);
      expect(a.quadrant).toBe(t.target.quadrant);
      // helix-automotive (strength 4.18 → 6) crosses the strength threshold (x = 356) to the right
      if (t.id === 'helix-automotive') expect(a.x1 < svgX(5) && a.x2 > svgX(5)).toBe(true);
    }
    expect(await page.$$('#positioning-chart circle')).toHaveLength(12);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.close();
  });

  it('shows hostile names as text and runs nothing', async () => {
    const out = join(dir.path, 'hostile.html');
    await runKam(['report', 'test/fixtures/hostile/accounts', '-o', out]);
    const { page, errors, dialogs } = await open(out);
    await page.hover('#matrix-chart circle.bubble');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$('script')).toHaveLength(0);
    expect(await page.$$('img')).toHaveLength(0);
    const names = await page.$$eval('#accounts-table tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(names).toContain('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"></td></tr></table>');
    // The table still has its 11 columns in every row: "</td></tr></table>" did not close anything.
    const widths = await page.$$eval('#accounts-table tr', (rows) => rows.map((r) => r.children.length));
    expect(new Set(widths)).toEqual(new Set([11]));
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await page.close();
  });
});

/** What a chart shows of each mark, in SVG units (the page scales the SVG). */
async function chartMarks(page: Page, chart: string, mark: string) {
  return page.$eval(`#${chart}`, (svg, mark) => {
    type R = { x: number; y: number; width: number; height: number };
    const root = svg as unknown as { viewBox: { baseVal: { width: number } }; getBoundingClientRect(): R; querySelectorAll(s: string): ArrayLike<unknown> };
    const scale = root.getBoundingClientRect().width / root.viewBox.baseVal.width;
    const origin = root.getBoundingClientRect();
    const box = (e: unknown) => {
      const b = (e as { getBoundingClientRect(): R }).getBoundingClientRect();
      return { x1: (b.x - origin.x) / scale, y1: (b.y - origin.y) / scale, x2: (b.x + b.width - origin.x) / scale, y2: (b.y + b.height - origin.y) / scale };
    };
    const attr = (e: unknown, n: string) => (e as { getAttribute(n: string): string | null }).getAttribute(n);
    const all = (sel: string) => Array.from(root.querySelectorAll(sel));
    return {
      plot: box(all('rect[id$="-plot"]')[0]),
      marks: all(mark).map((e) => ({ id: attr(e, 'data-id')!, cx: Number(attr(e, 'cx')), cy: Number(attr(e, 'cy')), r: Number(attr(e, 'r')), box: box(e) })),
      texts: all('text.label, text.number').map((e) => ({ for: attr(e, 'data-for')!, number: attr(e, 'data-number'), text: (e as { textContent: string }).textContent, box: box(e) })),
      // Everything else written on the plot: cell counts and corner titles.
      others: all('text.count, text.corner').map((e) => ({ text: (e as { textContent: string }).textContent, box: box(e) })),
    };
  }, mark);
}

/** Gap between a text's box and a circle's edge, in SVG units (0 when they touch or overlap). */
function gap(box: { x1: number; y1: number; x2: number; y2: number }, c: { cx: number; cy: number; r: number }): number {
  const dx = Math.max(box.x1 - c.cx, 0, c.cx - box.x2);
  const dy = Math.max(box.y1 - c.cy, 0, c.cy - box.y2);
  return Math.max(0, Math.hypot(dx, dy) - c.r);
}

/** Every mark is named beside it or numbered (the number beside it or in it) with its name in the legend. */
async function expectIdentifiable(page: Page, chart: string, mark: string, legend: string, names: Map<string, string>) {
  const { plot, marks, texts, others } = await chartMarks(page, chart, mark);
  const legendItems = await page.$$eval(`#${legend} li`, (els) => els.map((e) => ({ n: e.getAttribute('value'), id: e.getAttribute('data-for'), name: e.textContent })));
  for (const m of marks) {
    // Inside the plot frame (a bubble at 0/0 included); the browser's boxes are within half a unit.
    expect(m.box.x1, m.id).toBeGreaterThanOrEqual(plot.x1 - 0.5);
    expect(m.box.y1, m.id).toBeGreaterThanOrEqual(plot.y1 - 0.5);
    expect(m.box.x2, m.id).toBeLessThanOrEqual(plot.x2 + 0.5);
    expect(m.box.y2, m.id).toBeLessThanOrEqual(plot.y2 + 0.5);
    const own = texts.filter((t) => t.for === m.id);
    expect(own, `${chart}: ${m.id} has one label or number`).toHaveLength(1);
    const t = own[0]!;
    // Beside its bubble: the diagonal places are the farthest, 12.6 units from a bubble of radius 30.
    expect(gap(t.box, m), `${chart}: "${t.text}" is ${gap(t.box, m).toFixed(1)} from ${m.id}`).toBeLessThanOrEqual(14);
    if (t.number !== null) {
      expect(t.text).toBe(t.number);
      expect(legendItems.filter((l) => l.n === t.number)).toEqual([{ n: t.number, id: m.id, name: names.get(m.id) }]);
    } else {
      expect(names.get(m.id)!.startsWith(t.text.replace(/…$/, '')), `${t.text} names ${m.id}`).toBe(true);
    }
  }
  // The legend has nothing else: one entry per numbered mark.
  expect(legendItems).toHaveLength(texts.filter((t) => t.number !== null).length);
  for (const t of texts) {
    expect(t.box.x1).toBeGreaterThanOrEqual(plot.x1 - 0.5);
    expect(t.box.x2).toBeLessThanOrEqual(plot.x2 + 0.5);
  }
  // No text covers another (a name, a number, a cell count, a corner title), within the browser's half a unit.
  const written = [...texts, ...others];
  for (let i = 0; i < written.length; i++) {
    for (let j = i + 1; j < written.length; j++) {
      const [a, b] = [written[i]!.box, written[j]!.box];
      const overlap = a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
      expect(overlap, `${chart}: "${written[i]!.text}" covers "${written[j]!.text}"`).toBe(false);
    }
  }
  return { marks, texts };
}

function portfolio(n: number): string {
  const path = join(dir.path, `generated-${n}`);
  execFileSync(process.execPath, [join(ROOT, 'bench/generate.js'), path, String(n)], { stdio: 'ignore' });
  return join(path, 'accounts');
}

async function scores(paths: string): Promise<{ id: string; name: string; quadrant: string; spend: number | null; significance: number | null; revenue: { current: number | null } }[]> {
  return JSON.parse((await runKam(['score', paths, '--format', 'json'])).stdout).accounts;
}

describe('charts that can be read on paper, at any size', () => {
  it('names or numbers every bubble of 40 generated accounts plus one at 0/0, beside it, inside the plot', async () => {
    const accounts = portfolio(40);
    // The largest account sits at 0/0: its bubble is the biggest one, in the corner.
    writeFileSync(join(accounts, 'zero.yaml'), 'id: zero-corner\nname: Zero Corner Ltd\nrevenue: { current: 900000000 }\nattractiveness: { size: 0 }\nstrength: { price: 0 }\npositioning: { spend: 0, significance: 0 }\n');
    const out = join(dir.path, 'generated-40.html');
    expect((await runKam(['report', accounts, '-o', out])).code).toBeLessThan(2);
    const json = await scores(accounts);
    const names = new Map(json.map((a) => [a.id, a.name]));
    const { page, errors } = await open(out);
    const matrix = await expectIdentifiable(page, 'matrix-chart', 'circle.bubble', 'matrix-legend', names);
    expect(matrix.marks.map((m) => m.id).sort()).toEqual(json.filter((a) => a.quadrant !== 'unclassified').map((a) => a.id).sort());
    expect(matrix.marks.find((m) => m.id === 'zero-corner')!.r).toBeCloseTo(30, 0);
    await expectIdentifiable(page, 'positioning-chart', 'circle.position', 'positioning-legend', names);
    // No caption asks to hover: that does nothing on paper.
    expect(await page.textContent('body')).not.toMatch(/hover/i);
    // The Pareto chart says what it leaves out.
    const earning = json.filter((a) => (a.revenue.current ?? 0) > 0).length;
    expect(await page.$$('#pareto-chart rect.share')).toHaveLength(15);
    expect(await page.textContent('#pareto-note')).toContain(`The 15 largest of ${earning} accounts with revenue are drawn`);
    expect(errors).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-40.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it('draws 20,000 accounts as counts per cell with the largest key accounts as bubbles, and the top managers', async () => {
    const accounts = portfolio(20_000);
    expect(readdirSync(accounts)).toHaveLength(20); // folders of 1,000
    const out = join(dir.path, 'generated-20000.html');
    expect((await runKam(['report', accounts, '-o', out])).code).toBeLessThan(2);
    const json = await scores(accounts);
    const classified = json.filter((a) => a.quadrant !== 'unclassified');
    const names = new Map(json.map((a) => [a.id, a.name]));
    // 20,000 rows in the accounts table: a loaded machine takes minutes to lay them out.
    const { page, errors } = await open(out, 900_000);
    // Every classified account is counted in exactly one cell.
    const counts = await page.$$eval('#matrix-chart rect.cell', (els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(classified.length);
    const shown = await page.$$eval('#matrix-chart text.count', (els) => els.map((e) => Number(e.textContent)));
    expect(shown.sort((a, b) => a - b)).toEqual([...counts].sort((a, b) => a - b));
    // The counts are drawn after (over) the bubbles, so no bubble hides one.
    const order = await page.$$eval('#matrix-chart circle.bubble, #matrix-chart text.count', (els) => els.map((e) => e.tagName));
    expect(order.lastIndexOf('circle')).toBeLessThan(order.indexOf('text'));
    // The 20 largest key accounts are bubbles, each named or numbered beside it.
    const { marks } = await expectIdentifiable(page, 'matrix-chart', 'circle.bubble', 'matrix-legend', names);
    const largestKey = classified.filter((a) => a.quadrant === 'key').sort((a, b) => (b.revenue.current ?? 0) - (a.revenue.current ?? 0)).slice(0, 20);
    expect(marks.map((m) => m.id).sort()).toEqual(largestKey.map((a) => a.id).sort());
    // Positioning: counts too, no dots, every positioned account counted once, no count under a corner title.
    expect(await page.$$('#positioning-chart circle')).toHaveLength(0);
    const positionCounts = await page.$$eval('#positioning-chart text.count', (els) => els.map((e) => Number(e.textContent)));
    expect(positionCounts.reduce((s, n) => s + n, 0)).toBe(json.filter((a) => a.spend !== null && a.significance !== null).length);
    await expectIdentifiable(page, 'positioning-chart', 'circle.position', 'positioning-legend', names);
    // Manager load: the top 20 and "and N more".
    const managers = await page.$$eval('#manager-load tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(managers.length).toBeLessThanOrEqual(22);
    expect(managers.at(-1)).toMatch(/^and \d+ more managers/);
    expect(errors).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#matrix').screenshot({ path: join(ARTIFACTS, 'report-20000-matrix.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'report-20000.png') });
    await page.close();
  }, 1_500_000);
});
