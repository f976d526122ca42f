// The HTML report in a real browser (a system Chromium or the packaged one, driven by playwright-core).
import { existsSync, mkdirSync } from 'node:fs';
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

async function open(file: string): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(`file://${file}`);
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
    const svgX = (s: number) => 56 + (s / 10) * 600; // the matrix's plot area in SVG units
    const svgY = (a: number) => 20 + ((10 - a) / 10) * 420;
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
