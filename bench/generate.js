// Writes N synthetic account plans (SPEC section 2) for the benchmark, about
// 100 lines each, into DIR/accounts/NNN/ folders of 1,000 files, the way a big
// company's repository would hold them. Every file is schema-valid plain data
// (no anchors, tags or unknown keys; real calendar dates). About 95 % are
// clean; the rest carry one realistic flaw that a check rule reports.
// Output is deterministic: file i depends only on the seed and i, so a small
// portfolio is a prefix of a large one.
// With `everyPerformance` (--every-performance), every file has performance
// data: sales, satisfaction and an alert (issue 10's benchmark); otherwise
// about 15 % have an alert and a few lack satisfaction (a flaw the rules report).
// Usage: node bench/generate.js DIR N [--every-performance]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: tiny, fast, good enough for synthetic data. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Dana', 'Sam', 'Alex', 'Maria', 'Jonas', 'Priya', 'Tom', 'Aiko', 'Luca', 'Fatima', 'Ole', 'Grace', 'Ravi', 'Chloe', 'Mateo', 'Ingrid', 'Kwame', 'Sofia', 'Ben', 'Mei'];
const LAST = ['Reyes', 'Ortiz', 'Novak', 'Schmidt', 'Okafor', 'Lindqvist', 'Tanaka', 'Rossi', 'Haddad', 'Byrne', 'Kowalski', 'Dubois', 'Singh', 'Moreau', 'Jansen', 'Costa'];
// Forty managers: a realistic KAM team, so per-manager rules see real load.
const MANAGERS = Array.from({ length: 40 }, (_, k) => `${FIRST[k % 20]} ${LAST[(k * 7) % 16]}`);
const INDUSTRIES = ['Chemicals', 'Logistics', 'Retail', 'Pharmaceuticals', 'Automotive', 'Food and beverage', 'Energy', 'Telecom', 'Public sector', 'Aerospace'];
const PREFIX = ['Acme', 'Northwind', 'Helios', 'Contoso', 'Vantage', 'Boreal', 'Meridian', 'Apex', 'Lumen', 'Granite', 'Tidewater', 'Sable'];
const SUFFIX = ['plc', 'GmbH', 'Inc.', 'AG', 'SA', 'Ltd', 'BV', 'Group'];
const REGIONS = ['emea', 'amer', 'apac'];
const ROLES = [['Head of Procurement', 'purchasing'], ['Plant manager', 'operations'], ['Head of R&D', 'research'], ['CFO', 'finance'],
  ['Supply chain director', 'logistics'], ['Quality manager', 'quality'], ['IT director', 'it'], ['Category buyer', 'purchasing']];
const AGENDAS = ['cut total cost of ownership by 10 %', 'halve unplanned downtime', 'meet the 2030 emissions target', 'consolidate the supplier base',
  'launch two products a year', 'shorten order-to-delivery time'];
const OBJECTIVES = ['Reduce energy use by 15 %', 'Enter two new markets', 'Grow online sales', 'Automate the main plant', 'Become carbon neutral by 2030', 'Double export share'];
const TACTICS = ['Site visit with our engineers', 'Executive sponsor meeting', 'Proposal for the retrofit', 'Pilot on one line', 'Quarterly business review',
  'Joint innovation workshop', 'Contract renewal', 'Satisfaction interview'];
const SYMPTOMS = ['new procurement director', 'tender announced for our main line', 'late payments since the summer', 'competitor trial on site'];
const STAGES = ['exploratory', 'basic', 'co-operative', 'interdependent', 'integrated'];
const FLAWS = ['no-satisfaction', 'stale-satisfaction', 'perception-gap', 'single-threaded', 'pursuit-without-go', 'no-tactics', 'unscored'];

const AS_OF = Date.UTC(2026, 10, 22); // 2026-11-22: satisfaction dates lie in the 12 months before it
const DAY = 86400000;
const date = (offsetDays) => new Date(AS_OF + offsetDays * DAY).toISOString().slice(0, 10);

/** The text of account i (1-based); `random` is its own seeded generator. */
export function accountText(i, random, { everyPerformance = false } = {}) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // A score near `center`, clamped to 0..10, with one decimal about a third of the time.
  const score = (center, spread = 2.5) => {
    const v = Math.min(10, Math.max(0, center + (random() * 2 - 1) * spread));
    return random() < 0.3 ? String(Math.round(v * 10) / 10) : String(Math.round(v));
  };
  const id = `acct-${String(i).padStart(6, '0')}`;
  const flaw = random() < 0.05 ? pick(FLAWS) : null;
  // Choose the quadrant first, then draw scores around it, so the rest of the
  // plan (positioning, stage, perceived level) can agree with it as in real life.
  const quadrant = pick(['key', 'key-development', 'key-development', 'maintenance', 'maintenance', 'maintenance', 'opportunistic', 'opportunistic', 'opportunistic', 'opportunistic']);
  const keyish = quadrant.startsWith('key');
  const aCenter = keyish ? 7 : 3.5;
  const sCenter = quadrant === 'key' || quadrant === 'maintenance' ? 7 : 3.5;
  const manager = pick(MANAGERS);
  const industry = pick(INDUSTRIES);
  let stageIx = keyish ? int(2, 4) : int(0, 2);
  if (flaw === 'single-threaded') stageIx = 3;
  if (flaw === 'perception-gap') stageIx = Math.max(1, stageIx);
  // Clean: the customer sees the relationship as we do, or better.
  const viewIx = flaw === 'perception-gap' ? stageIx - 1 : Math.min(4, stageIx + int(0, 1));
  const deep = stageIx >= 3; // interdependent or integrated: needs three contacts in two functions
  const nContacts = flaw === 'single-threaded' ? 2 : deep ? int(3, 4) : int(2, 4);
  const revenue = Math.round((keyish ? 400 : 40) * Math.exp(random() * 2.5)) * 1000;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const L = [];
  L.push(`# yaml-language-server: $schema=../../../schemas/account.schema.json`,
    `# Account plan for ${id}, reviewed at the quarterly business review.`,
    `id: ${id}`, `name: ${pick(PREFIX)} ${industry} ${pick(SUFFIX)}`, `manager: ${manager}`, `industry: ${industry}`,
    `lifecycle: ${random() < 0.8 ? 'farm' : 'hunt'}`, `position: ${keyish ? pick(['strong', 'good']) : pick(['good', 'limited'])}`,
    `tags: [${pick(REGIONS)}, tier-${keyish ? 1 : int(2, 3)}]`,
    'revenue:', `  current: ${revenue}`, `  potential: ${revenue + Math.round(revenue * random() * 2 / 1000) * 1000}`);
  L.push('attractiveness:                # 0..10, 10 = most attractive');
  for (const f of ['size', 'growth_potential', 'financial_stability', 'ease_of_access', 'relationship_closeness', 'strategic_fit',
    'early_adopter', 'values_offer', 'low_competition', 'market_standing']) L.push(`  ${f}: ${score(aCenter)}`);
  if (flaw !== 'unscored') {
    L.push('strength:                      # vs the best competitor');
    for (const f of ['price', 'service', 'people_quality', 'response_speed', 'relationships', 'innovation', 'value_in_use', 'sustainability', 'trust']) {
      L.push(`  ${f}: ${score(sCenter)}`);
    }
  }
  // Key accounts are strategic to the customer too; others can sit anywhere.
  const pCenter = keyish ? 7.5 : 5;
  L.push('positioning:', `  spend: ${score(pCenter, keyish ? 1.5 : 4)}`);
  if (random() < 0.25) L.push('  significance:', `    unique_technology: ${score(pCenter, 1.5)}`, `    switching_time: ${score(pCenter, 1.5)}`, `    cost_savings: ${score(pCenter, 1.5)}`);
  else L.push(`  significance: ${score(pCenter, keyish ? 1.5 : 4)}`);
  L.push('relationship:', `  stage: ${STAGES[stageIx]}`);
  if (flaw === 'perception-gap' || random() < 0.7) L.push(`  customer_view: ${STAGES[viewIx]}   # from the spring survey`);
  L.push(`  perceived_level: ${keyish ? pick(['value-add', 'partner']) : pick(['commodity', 'product-provider', 'value-add'])}`, '  contacts:');
  for (let c = 0; c < nContacts; c++) {
    // First contact: the decision-maker in purchasing; the second is never in
    // purchasing, so a clean plan is never single-threaded by function.
    const [role, fn] = c === 0 ? ROLES[0] : c === 1 ? ROLES[int(1, 6)] : pick(ROLES);
    L.push(`    - name: ${person()}`, `      role: ${role}`, `      function: ${fn}`,
      `      influence: ${c === 0 ? 'decision-maker' : pick(['influencer', 'sponsor', 'user', 'gatekeeper'])}`, `      owner: ${c === 0 ? manager : pick(MANAGERS)}`);
    if (c === 0 || random() < 0.4) {
      L.push('      agenda:', `        business: ${pick(AGENDAS)}`, `        personal: wants a board-visible win`, `        recognised_by: ${pick(['CFO', 'CEO', 'the board', 'COO'])}`,
        `        measured_by: ${pick(['savings delivered', 'uptime', 'time to market', 'emissions'])}`);
    }
  }
  L.push('opportunities:');
  const nOpps = int(2, 3);
  for (let o = 1; o <= nOpps; o++) {
    let stage = pick(['identified', 'qualified', 'pursuing', 'won', 'lost']);
    const answers = stage === 'pursuing' ? ['yes', 'yes', 'yes', 'yes'] : [0, 0, 0, 0].map(() => pick(['yes', 'yes', 'no', 'unsure']));
    if (flaw === 'pursuit-without-go' && o === 1) { stage = 'pursuing'; answers[2] = 'unsure'; }
    const closed = stage === 'won' || stage === 'lost';
    L.push(`  - id: opp-${o}`, `    name: ${pick(['Plant retrofit', 'Service contract', 'Spare parts framework', 'Digital monitoring', 'New line supply'])}`,
      `    value: ${int(10, 500) * 1000}`, `    stage: ${stage}`, `    close: ${closed ? date(-int(10, 300)) : date(int(30, 540))}`,
      `    questions: { real: ${answers[0]}, compete: ${answers[1]}, win: ${answers[2]}, worth: ${answers[3]} }`);
  }
  // n distinct entries: nobody writes the same objective twice.
  const list = (pool, n) => pool.map((x) => [random(), x]).sort((a, b) => a[0] - b[0]).slice(0, n).map((e) => e[1]);
  L.push('plan:', '  charter:', `    situation: Supplier for ${int(2, 15)} years; ${pick(SYMPTOMS)}.`, '    objectives:');
  for (const x of list(OBJECTIVES, 3)) L.push(`      - ${x}`);
  L.push('    initiatives: [Plant modernisation, ERP replacement]', '    barriers: [Capex freeze]', '    enablers: [Sustainability mandate]',
    '  development:', '    objectives:', `      - Grow share of wallet to ${int(20, 60)} %`, '      - Become preferred supplier',
    '    strategies:', '      - Lead with total cost of ownership', '      - Build a second line of contacts in operations');
  if (flaw !== 'no-tactics') {
    L.push('    tactics:');
    for (const q of ['q1', 'q2', 'q3', 'q4']) L.push(`      ${q}: [${list(TACTICS, int(1, 2)).join(', ')}]`);
  }
  const target = Math.round(revenue * 1.1 / 1000) * 1000;
  L.push('performance:', `  sales: { target: ${target}, achieved: ${Math.round(target * (0.6 + random() * 0.5) / 1000) * 1000}, forecast: ${target} }`);
  if (flaw !== 'no-satisfaction' || everyPerformance) {
    L.push('  satisfaction:');
    const newest = flaw === 'stale-satisfaction' ? int(400, 600) : int(20, 200);
    L.push(`    - { date: ${date(-newest)}, score: ${score(7, 2)}, method: ${pick(['survey', 'interview'])} }`);
    if (random() < 0.5) L.push(`    - { date: ${date(-newest - int(60, 150))}, score: ${score(6.5, 2)}, method: survey }`);
  }
  // The draw is made either way, so the default portfolio is the same with or without the option.
  const alerted = random() < 0.15;
  if (alerted || everyPerformance) L.push('  alerts:', `    - { date: ${date(-int(5, 180))}, symptom: ${pick(SYMPTOMS)}, severity: ${pick(['low', 'medium', 'high'])} }`);
  L.push('forces:                        # strength of each force, 0..10');
  for (const f of ['new_entrants', 'supplier_power', 'rivalry', 'buyer_power', 'substitutes']) L.push(`  ${f}: ${score(5, 4)}`);
  return L.join('\n') + '\n';
}

/** Writes accounts 1..n under dir/accounts/; calls onProgress(done) every 1,000 files. */
export function generate(dir, n, { seed = 42, onProgress, everyPerformance = false } = {}) {
  for (let i = 1; i <= n; i++) {
    const folder = join(dir, 'accounts', String(Math.floor((i - 1) / 1000)).padStart(3, '0'));
    if ((i - 1) % 1000 === 0) mkdirSync(folder, { recursive: true });
    // Per-file seed (golden-ratio stride) keeps files independent of n.
    writeFileSync(join(folder, `acct-${String(i).padStart(6, '0')}.yaml`), accountText(i, mulberry32(seed + Math.imul(i, 0x9e3779b9)), { everyPerformance }));
    if (onProgress && (i % 1000 === 0 || i === n)) onProgress(i);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const everyPerformance = args.includes('--every-performance');
  const [dir, n, ...rest] = args.filter((a) => a !== '--every-performance');
  if (!dir || !/^\d+$/.test(n ?? '') || rest.length > 0) {
    console.error('usage: node bench/generate.js DIR N [--every-performance]');
    process.exit(2);
  }
  generate(dir, Number(n), { everyPerformance, onProgress: (k) => process.stderr.write(`\r${k} / ${n} files`) });
  process.stderr.write(`\nwrote ${n} accounts to ${join(dir, 'accounts')}\n`);
}
