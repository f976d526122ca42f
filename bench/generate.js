// Writes N synthetic account files of about 100 lines each, like real plans,
// deterministically (seeded), into DIR/accounts/NNN/ folders of 1,000 files.
// Most are clean; about one in ten carries something a check rule reports.
// Usage: node bench/generate.js DIR N
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES = ['Chemicals', 'Logistics', 'Retail', 'Pharmaceuticals', 'Automotive', 'Food & beverage', 'Energy', 'Telecom', 'Public sector'];
const STAGES = ['exploratory', 'basic', 'co-operative', 'interdependent', 'integrated'];
const ANSWERS = ['yes', 'yes', 'yes', 'no', 'unsure'];

export function accountText(i, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Scores cluster where real portfolios sit, with one decimal sometimes.
  const score = (lo = 2, hi = 9) => { const v = lo + random() * (hi - lo); return random() < 0.3 ? v.toFixed(1) : String(Math.round(v)); };
  const id = `acct-${String(i).padStart(6, '0')}`;
  const stage = STAGES[1 + Math.floor(random() * 3)];
  const imperfect = random() < 0.1;
  const q = () => `{ real: ${pick(ANSWERS)}, compete: ${pick(ANSWERS)}, win: ${pick(ANSWERS)}, worth: ${pick(ANSWERS)} }`;
  return `# yaml-language-server: $schema=../../../schemas/account.schema.json
# Account plan ${i}: reviewed at the quarterly business review.
id: ${id}
name: Customer ${i} Holdings
manager: Manager ${i % 400}
industry: ${pick(INDUSTRIES)}
lifecycle: ${random() < 0.8 ? 'farm' : 'hunt'}
position: ${pick(['strong', 'good', 'limited'])}
tags: [region-${i % 7}, segment-${i % 5}]
revenue:
  current: ${Math.round(50000 + random() * 2000000)}
  potential: ${Math.round(100000 + random() * 4000000)}
attractiveness:
  size: ${score()}
  growth_potential: ${score()}
  financial_stability: ${score()}
  ease_of_access: ${score()}
  relationship_closeness: ${score()}
  strategic_fit: ${score()}
  early_adopter: ${score()}
  values_offer: ${score()}
  low_competition: ${score()}     # 10 = hardly any competition
  market_standing: ${score()}
strength:
  price: ${score()}
  service: ${score()}
  people_quality: ${score()}
  response_speed: ${score()}
  relationships: ${score()}
  innovation: ${score()}
  value_in_use: ${score()}
  sustainability: ${score()}
  trust: ${score()}
positioning:
  spend: ${score(5, 9)}
  significance: ${random() < 0.2 ? `{ cost_savings: ${score(5, 9)}, switching_time: ${score(5, 9)} }` : score(5, 9)}
relationship:
  stage: ${stage}
  customer_view: ${imperfect ? STAGES[STAGES.indexOf(stage) - 1] : stage}
  perceived_level: ${pick(['product-provider', 'value-add', 'partner'])}
  contacts:
    - name: Contact ${i}-1
      role: Head of Procurement
      function: purchasing
      influence: decision-maker
      owner: Manager ${i % 400}
      agenda:
        business: cut total cost of ownership by 10 %
        personal: wants a board-visible win
        recognised_by: CFO
        measured_by: savings delivered
    - name: Contact ${i}-2
      role: Plant manager
      function: operations
      influence: influencer
    - name: Contact ${i}-3
      role: Head of R&D
      function: research
      influence: sponsor
opportunities:
  - id: opp-${i}-a
    name: Plant retrofit
    value: ${Math.round(random() * 500000)}
    stage: ${imperfect ? 'pursuing' : 'qualified'}
    close: 2027-0${1 + Math.floor(random() * 9)}-15
    questions: ${q()}
  - id: opp-${i}-b
    name: Service contract
    value: ${Math.round(random() * 200000)}
    stage: identified
    close: 2027-1${Math.floor(random() * 3)}-01
    questions: { real: yes }
plan:
  charter:
    situation: Long-standing supplier; new procurement director since the spring.
    objectives: [Reduce energy use by 15 %, Enter two new markets]
    initiatives: [Plant modernisation]
    barriers: [Capex freeze]
    enablers: [Sustainability mandate]
  development:
    objectives: [Win the retrofit, Become preferred supplier]
    strategies: [Lead with total cost of ownership]
    tactics:
      q1: [Site visit]
      q2: [Proposal]
      q3: [Pilot]
      q4: [Contract renewal]
performance:
  sales: { target: 1300000, achieved: 1150000, forecast: 1250000 }
  satisfaction:
    - { date: 2026-0${1 + Math.floor(random() * 9)}-14, score: ${score(5, 9)}, method: survey }
forces:
  new_entrants: ${score()}
  supplier_power: ${score()}
  rivalry: ${score()}
  buyer_power: ${score()}
  substitutes: ${score()}
`;
}

export function generate(dir, n, seed = 42) {
  const random = rng(seed);
  for (let i = 0; i < n; i++) {
    const folder = join(dir, 'accounts', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `acct-${String(i).padStart(6, '0')}.yaml`), accountText(i, random));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/generate.js DIR N');
    process.exit(2);
  }
  generate(dir, Number(n));
}
