// The history page in a real browser: one comet per account present at the
// last snapshot, every bubble numbered and named in the legend, the
// composition over time drawn as one layer per quadrant.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { historyRepo } from '../helpers/history-repo.js';
import { runKam } from '../helpers/run-kam.js';

const repo = historyRepo();
let browser: Browser;
beforeAll(async () => {
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  repo.remove();
});

it('kam history -o history.html draws the comets, a numbered legend and the composition over time', async () => {
  const out = join(repo.path, 'history.html');
  const r = await runKam(['history', '-o', out], { cwd: repo.path });
  expect(r.code).toBe(0);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`file://${out}`);

  // At the last tag (v2025-q3) five accounts are present: alpha, beta-group, delta, frozen, gamma.
  const heads = await page.$$eval('#comet-chart g.head', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), n: e.getAttribute('data-n'), text: e.textContent })));
  expect(heads.map((h) => h.id).sort()).toEqual(['alpha', 'beta-group', 'delta', 'frozen', 'gamma']);
  // Each bubble shows its number, and the legend names that number.
  const legend = await page.$$eval('#comet-legend tbody tr', (rows) => rows.map((tr) => [tr.getAttribute('data-n'), tr.children[1]!.textContent, tr.children[2]!.textContent]));
  for (const h of heads) {
    expect(h.text).toContain(h.n);
    expect(legend.find(([n]) => n === h.n)?.[1]).toBe(h.id!.toUpperCase());
  }
  expect(legend.find(([, name]) => name === 'ALPHA')?.[2]).toBe('KDD');
  expect(legend.find(([, name]) => name === 'GAMMA')?.[2]).toBe('D–K');
  // Tails: alpha moved (2 segments over 3 snapshots), frozen stayed put (2 segments of length 0), delta has none.
  const tails = await page.$$eval('#comet-chart line.tail', (els) => els.map((e) => e.getAttribute('data-id')));
  expect(tails.filter((t) => t === 'alpha')).toHaveLength(2);
  expect(tails.filter((t) => t === 'delta')).toHaveLength(0);
  // alpha's head sits where its latest scores put it: attractiveness 8 (upper half), strength 4 (left half).
  const box = await page.$eval('#comet-chart g.head[data-id="alpha"] circle', (e) => e.getBoundingClientRect());
  const plot = await page.$eval('#comet-chart rect', (e) => e.getBoundingClientRect());
  expect(box.x + box.width / 2).toBeLessThan(plot.x + plot.width / 2);
  expect(box.y + box.height / 2).toBeLessThan(plot.y + plot.height / 2);
  // Composition: one layer per quadrant, one per health status.
  expect(await page.$$eval('#composition-chart polygon.layer', (els) => els.map((e) => e.getAttribute('data-layer')))).toEqual(['key', 'key-development', 'maintenance', 'opportunistic', 'unclassified']);
  expect(await page.$$eval('#health-chart polygon.layer', (els) => els.length)).toBe(4);
  expect(errors).toEqual([]);
  await page.screenshot({ path: join(process.cwd(), 'test-artifacts', 'history.png'), fullPage: true });
});
