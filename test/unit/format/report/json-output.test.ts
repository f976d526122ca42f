// The JSON is written in pieces (streamed by kam score); it must be exactly
// what JSON.stringify(object, null, 2) gives for the whole object.
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../src/format/report/json.js';
import { reportObject } from '../../../../src/format/report-object.js';
import { runPortfolio } from '../../../../src/pipeline/portfolio-run.js';
import { ROOT, runKam } from '../../../helpers/run-kam.js';

describe('JSON output', () => {
  it.each(['examples/accounts', 'test/fixtures/rules/accounts', 'test/fixtures/bad', 'test/fixtures/bad/empty.yaml'])(
    'formatJson matches JSON.stringify for %s',
    async (path) => {
      const run = await runPortfolio({ paths: [path], cwd: ROOT, today: '2026-11-24' });
      expect(formatJson(run)).toBe(`${JSON.stringify(reportObject(run), null, 2)}\n`);
    },
  );

  it('kam score (streamed) and kam check (whole) print the same bytes', async () => {
    const args = ['test/fixtures/rules/accounts', '--config', 'test/fixtures/rules/kam.config.yaml', '--format', 'json'];
    const [score, check] = await Promise.all([runKam(['score', ...args]), runKam(['check', ...args])]);
    expect(score.stdout.length).toBeGreaterThan(1000);
    expect(score.stdout).toBe(check.stdout);
  });
});
