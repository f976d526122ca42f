// The Markdown report's Mermaid quadrant chart, parsed and drawn by the
// mermaid package itself in a real browser: every account name survives,
// including names that look like Mermaid syntax and names in other scripts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { EXAMPLES, ROOT, runKam, tempDir } from '../helpers/run-kam.js';

const dir = tempDir();
let browser: Browser;
let page: Page;

const NAMES = [
  'Title Insurance Co',
  'X-Axis Robotics GmbH',
  'quadrant-1 Hijack Ltd',
  'Quote "this": [0.1, 0.2]',
  'Brackets [a] {b} (c); 50% off',
  '東京電力',
  'Ελληνικά Ναυτιλιακή',
  'Müller & Söhne',
  '%% not a comment',
  '%%{init: {"theme": "dark"}}%% Directive AG',
  '`**markdown**`',
  'Shop #1 #quot; #35; &amp;',
  'end',
  '<b>bold</b> <script>x</script>',
  '``` fence',
];

beforeAll(async () => {
  ({ browser } = await launchBrowser());
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
  mkdirSync(join(dir.path, 'accounts'));
  writeFileSync(join(dir.path, 'kam.config.yaml'), `as_of: 2026-11-22\nlabels: { key: ${JSON.stringify('Key: "top" %% #1')} }\n`);
  NAMES.forEach((name, i) => {
    writeFileSync(join(dir.path, 'accounts', `a${i}.yaml`),
      `id: a${i}\nname: ${JSON.stringify(name)}\nrevenue: { current: ${1000 + i} }\nattractiveness: { size: ${1 + (i % 9)} }\nstrength: { price: ${9 - (i % 9)} }\n`);
  });
});
afterAll(async () => {
  await browser?.close();
  dir.remove();
});

/** mermaid.parse, then mermaid.render: the texts of the drawn SVG, or the parse error. */
async function draw(chart: string): Promise<{ texts: string[] } | { error: string }> {
  const drawn = await page.evaluate(async (text) => {
    const m = (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
    try {
      await m.parse(text);
      return { svg: (await m.render(`chart${Math.random().toString(36).slice(2)}`, text)).svg };
    } catch (e) {
      return { error: String((e as Error).message) };
    }
  }, chart);
  if (drawn.svg === undefined) return { error: drawn.error ?? '' };
  const view = await browser.newPage();
  await view.setContent(drawn.svg);
  const texts = await view.$$eval('svg text', (nodes) => nodes.map((t) => t.textContent ?? ''));
  await view.close();
  return { texts };
}

const chartOf = (markdown: string) => /```mermaid\n([\s\S]*?)```/.exec(markdown)![1]!;

describe('the Mermaid quadrant chart', () => {
  it('the harness sees a parse error: an unquoted name like "X-Axis Robotics GmbH" is one', async () => {
    const result = await draw('quadrantChart\n  title T\n  X-Axis Robotics GmbH: [0.1, 0.2]\n');
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(/Parse error/);
  });

  it('keeps every name, whatever it looks like, as a point label; the title stays the title', async () => {
    const r = await runKam(['report', 'accounts', '--format', 'markdown'], { cwd: dir.path });
    expect(r.code).toBe(0);
    const chart = chartOf(r.stdout);
    const result = await draw(chart);
    expect(result).toHaveProperty('texts');
    const texts = (result as { texts: string[] }).texts;
    for (const name of NAMES) expect(texts).toContain(name);
    expect(texts).toContain('Key: "top" %% #1');
    expect(texts.filter((t) => t === 'Attractiveness vs relative strength')).toHaveLength(1);
    // One line per account: the chart has nothing else that could hold a name.
    expect(chart.split('\n').filter((l) => /: \[[\d.]+, [\d.]+\]$/.test(l))).toHaveLength(NAMES.length);
  });

  it("parses the example portfolio's chart", async () => {
    const md = join(dir.path, 'examples.md');
    await runKam(['report', join(EXAMPLES, 'accounts'), '-o', md]);
    const result = await draw(chartOf(readFileSync(md, 'utf8')));
    expect((result as { texts: string[] }).texts).toEqual(expect.arrayContaining(['ACME Industrial plc', 'City of Westhaven', 'Key development']));
  });
});
