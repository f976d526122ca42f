// The one-page account plan: the pure view worked out by hand from
// test/fixtures/plan, and `kam show` of a full account at 80 columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openActions, planView, quarterOf, relationshipMap } from '../../../src/core/plan-view.js';
import { accountDetail } from '../../../src/format/account-detail.js';
import { NO_COLORS } from '../../../src/format/colors.js';
import { formatShow } from '../../../src/format/terminal/show.js';
import { runPortfolio } from '../../../src/pipeline/portfolio-run.js';
import { FIXTURES } from '../../helpers/run-kam.js';

const cwd = join(FIXTURES, 'plan');
const run = await runPortfolio({ paths: ['accounts'], cwd, today: '2030-01-01', keepAccounts: true });
const account = (id: string) => run.data.get(run.accounts.find((a) => a.id === id)!.file)!;
const show = (id: string, width = 80) => {
  const r = run.accounts.find((a) => a.id === id)!;
  return formatShow(accountDetail(r, run.data.get(r.file)!, run.config, run.asOf, run.diagnostics), { colors: NO_COLORS, config: run.config, width });
};

describe('the plan view', () => {
  it('takes the calendar quarter of the as-of date', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf))
      .toEqual(['q1', 'q1', 'q2', 'q2', 'q3', 'q3', 'q4', 'q4']);
    expect(run.asOf).toBe('2026-11-22');
    expect(planView(account('nordwind'), run.asOf).quarters.map((q) => q.current)).toEqual([false, false, false, true]);
  });

  it('lists open actions by due date, undated last; done ones and plain tactics are not actions to do', () => {
    // Nordwind: q3 reference visit is done; q4 has TCO model (2026-11-15, before 11-22: overdue),
    // board presentation (2026-12-10) and the pilot scope (no date).
    expect(openActions(account('nordwind'), run.asOf).map((a) => `${a.due ?? '-'} ${a.action} ${a.owner ?? '-'} ${a.overdue}`)).toEqual([
      '2026-11-15 Send the TCO model to procurement Tom Becker true',
      '2026-12-10 Board presentation with the COO Dana Reyes false',
      '- Agree the pilot scope - false',
    ]);
  });

  it('maps the relationships: by influence, owners, functions, decision makers and their agenda answers', () => {
    const m = relationshipMap(account('nordwind'));
    // decision makers (Jana, Mehmet), then the user (Lena), then the gatekeeper (Paul)
    expect(m.contacts.map((c) => `${c.name}|${c.influence}|${c.owner}|${c.agendaAnswered}`)).toEqual([
      'Jana Weber|decision-maker|Dana Reyes|4', 'Mehmet Aksoy|decision-maker|Tom Becker|1', 'Lena Fischer|user|Tom Becker|0', 'Paul Richter|gatekeeper|null|0',
    ]);
    expect(m.owners).toEqual(['Dana Reyes', 'Tom Becker']);
    expect(m.functions).toEqual(['operations', 'purchasing']);
    expect(m.decisionMakers).toEqual({ total: 2, covered: 2 });
    expect(m.shape).toBe('diamond');
    expect(relationshipMap(account('markers')).shape).toBe('bow-tie');
    expect(relationshipMap({ id: 'x', name: 'X' }).shape).toBe('none');
  });
});

describe('kam show: the one-page account plan', () => {
  it('shows a full account at 80 columns', () => {
    const text = show('nordwind');
    // The plan's page (the lines above it are the scores' view, laid out on their own)
    const page = text.slice(text.indexOf('Account plan'), text.indexOf('Plan checklist'));
    for (const line of page.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(text).toMatchSnapshot();
  });

  it('shows every text field of the account (one marker in each)', () => {
    const markers = [...new Set(readFileSync(join(cwd, 'accounts', 'markers.yaml'), 'utf8').match(/MK-[a-z-]+<b>&<\/b>/g))];
    expect(markers.length).toBe(26);
    const text = show('markers', 100);
    expect(markers.filter((m) => !text.includes(m))).toEqual([]);
  });
});
