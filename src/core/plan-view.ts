/**
 * The account plan as a KAM brings it to a review (DOMAIN 5): the charter,
 * the development plan with its quarters and open actions, the relationship
 * map, Porter's five forces, our position and whether the account is hunted
 * or farmed. Pure: every output format draws from this one view.
 */
import { parseDate } from './dates.js';
import { personKey } from './strings.js';
import type { Account, ForceId, QuarterId, Tactic } from './types.js';

export const QUARTERS: readonly QuarterId[] = ['q1', 'q2', 'q3', 'q4'];

/** The calendar quarter of a date: the development plan is for the year, q1 = January to March. */
export function quarterOf(date: string): QuarterId {
  // Every account of a run asks for the quarter of the same as-of date.
  if (date !== lastQuarter.date) lastQuarter = { date, quarter: QUARTERS[Math.floor((parseDate(date).m - 1) / 3)]! };
  return lastQuarter.quarter;
}
let lastQuarter: { date: string; quarter: QuarterId } = { date: '', quarter: 'q1' };

/** An action: a tactic written as { action, owner, due, done }. */
export interface Action {
  quarter: QuarterId;
  /** Its position in the quarter's list, for messages and locations. */
  index: number;
  action: string;
  owner: string | null;
  due: string | null;
  done: boolean;
  /** Due before the as-of date and not done. */
  overdue: boolean;
}

export const tacticText = (t: Tactic): string => (typeof t === 'string' ? t : t.action);

/** Every tactic written as an action, in quarter order. */
export function actions(account: Account, asOf: string): Action[] {
  const tactics = account.plan?.development?.tactics ?? {};
  const out: Action[] = [];
  for (const quarter of QUARTERS) {
    (tactics[quarter] ?? []).forEach((t, index) => {
      if (typeof t === 'string') return;
      const done = t.done === true;
      const due = t.due ?? null;
      out.push({ quarter, index, action: t.action, owner: t.owner ?? null, due, done, overdue: !done && due !== null && due < asOf });
    });
  }
  return out;
}

/** The actions still to do, by due date (undated last), then in plan order. */
export function openActions(account: Account, asOf: string): Action[] {
  return actions(account, asOf)
    .filter((a) => !a.done)
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.due ?? '9999').localeCompare(y.a.due ?? '9999') || x.i - y.i)
    .map(({ a }) => a);
}

// ---------------------------------------------------------------------------
// The relationship map (DOMAIN 5, stage 2)

export const INFLUENCES = ['decision-maker', 'influencer', 'sponsor', 'user', 'gatekeeper'] as const;
export type Influence = (typeof INFLUENCES)[number];

export const INFLUENCE_LABELS: Record<Influence, string> = {
  'decision-maker': 'Decision makers',
  influencer: 'Influencers',
  sponsor: 'Sponsors',
  user: 'Users',
  gatekeeper: 'Gatekeepers',
};

/** The four agenda questions about a decision maker (DOMAIN 5), as the file spells them. */
export const AGENDA_KEYS = ['business', 'personal', 'recognised_by', 'measured_by'] as const;
export const AGENDA_LABELS: Record<(typeof AGENDA_KEYS)[number], string> = {
  business: 'Business agenda',
  personal: 'Personal agenda',
  recognised_by: 'Recognised by',
  measured_by: 'Measured by',
};

export interface MapContact {
  /** Its index in relationship.contacts. */
  index: number;
  name: string;
  role: string | null;
  function: string | null;
  influence: Influence | null;
  agenda: Partial<Record<(typeof AGENDA_KEYS)[number], string>>;
  /** The owner as first spelled in the file, or null when nobody holds the relationship. */
  owner: string | null;
  /** How many of the four agenda questions have an answer. */
  agendaAnswered: number;
}

export interface RelationshipMap {
  /** Contacts grouped by influence (SPEC order, then those without one), in file order within a group. */
  contacts: MapContact[];
  /** The people on our side who hold relationships, first spelling met, in file order. */
  owners: string[];
  functions: string[];
  decisionMakers: { total: number; covered: number };
  /** One of ours holds every held relationship (or nobody holds any): the bow-tie; several: a diamond. */
  shape: 'bow-tie' | 'diamond' | 'none';
}

const answered = (s: string | undefined) => Boolean(s?.trim());

export function relationshipMap(account: Account): RelationshipMap {
  const list = account.relationship?.contacts ?? [];
  const owners = new Map<string, string>();
  const functions = new Map<string, string>();
  const all: MapContact[] = list.map((contact, index) => {
    const ownerKey = contact.owner?.trim() ? personKey(contact.owner) : null;
    if (ownerKey && !owners.has(ownerKey)) owners.set(ownerKey, contact.owner!.trim());
    const fn = contact.function?.trim();
    if (fn && !functions.has(fn.toLowerCase())) functions.set(fn.toLowerCase(), fn);
    const agenda: MapContact['agenda'] = {};
    for (const k of AGENDA_KEYS) if (answered(contact.agenda?.[k])) agenda[k] = contact.agenda![k]!;
    return {
      index,
      name: contact.name,
      role: contact.role ?? null,
      function: contact.function ?? null,
      influence: contact.influence ?? null,
      agenda,
      owner: ownerKey ? owners.get(ownerKey)! : null,
      agendaAnswered: Object.keys(agenda).length,
    };
  });
  const rank = (c: MapContact) => (c.influence ? INFLUENCES.indexOf(c.influence) : INFLUENCES.length);
  const contacts = [...all].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const dms = all.filter((c) => c.influence === 'decision-maker');
  return {
    contacts,
    owners: [...owners.values()],
    functions: [...functions.values()],
    decisionMakers: { total: dms.length, covered: dms.filter((c) => c.owner !== null).length },
    shape: all.length === 0 ? 'none' : owners.size <= 1 ? 'bow-tie' : 'diamond',
  };
}

// ---------------------------------------------------------------------------
// Context: Porter's five forces, our position, hunter or farmer (DOMAIN 1, 7)

export const FORCES: readonly { id: ForceId; label: string; high: string }[] = [
  { id: 'new_entrants', label: 'Threat of new entrants', high: "newcomers can easily enter the customer's market" },
  { id: 'supplier_power', label: 'Supplier power', high: "the customer's suppliers, us included, can set terms" },
  { id: 'rivalry', label: 'Competitive rivalry', high: "fierce competition squeezes the customer's margins" },
  { id: 'buyer_power', label: 'Buyer power', high: "the customer's own customers can press its prices down" },
  { id: 'substitutes', label: 'Threat of substitutes', high: "other products can easily replace the customer's" },
];

export const POSITION_MEANING: Record<'strong' | 'good' | 'limited', string> = {
  strong: 'well entrenched, value maximised both ways',
  good: 'a good relationship with room to grow by cross-selling or new divisions',
  limited: 'selling for a while with little penetration; growth unlikely unless something changes',
};

export const LIFECYCLE_MEANING: Record<'hunt' | 'farm', string> = {
  hunt: 'being won by a hunter: identify, pursue, close, then hand over to a farmer',
  farm: 'being grown by a farmer: cultivate, weed out competitors, keep harvesting',
};

/** The charter's lists, in the order a plan presents them. */
export const CHARTER_LISTS = [
  { key: 'objectives', title: "The customer's objectives (3-5 years)" },
  { key: 'initiatives', title: 'Initiatives' },
  { key: 'barriers', title: 'Barriers' },
  { key: 'enablers', title: 'Enablers' },
] as const;

/** Everything the one-page plan shows beyond the scores. */
export interface PlanView {
  situation: string | null;
  charter: { objectives: string[]; initiatives: string[]; barriers: string[]; enablers: string[] };
  development: { objectives: string[]; strategies: string[] };
  quarters: { quarter: QuarterId; current: boolean; tactics: Tactic[] }[];
  openActions: Action[];
  map: RelationshipMap;
  forces: { id: ForceId; label: string; high: string; value: number | null }[];
  position: 'strong' | 'good' | 'limited' | null;
  lifecycle: 'hunt' | 'farm' | null;
  tags: string[];
}

// Lists of their own, so the view is not an alias of the account's data.
const texts = (list: readonly string[] | undefined): string[] => (list ? list.slice() : []);
// In the order the outputs show an action's fields, whatever the file's order.
const tacticCopy = (t: Tactic): Tactic => (typeof t === 'string'
  ? t
  : { action: t.action, ...(t.owner !== undefined ? { owner: t.owner } : {}), ...(t.due !== undefined ? { due: t.due } : {}), ...(t.done !== undefined ? { done: t.done } : {}) });

export function planView(account: Account, asOf: string): PlanView {
  const charter = account.plan?.charter;
  const dev = account.plan?.development;
  const now = quarterOf(asOf);
  return {
    situation: charter?.situation?.trim() ? charter.situation : null,
    charter: {
      objectives: texts(charter?.objectives),
      initiatives: texts(charter?.initiatives),
      barriers: texts(charter?.barriers),
      enablers: texts(charter?.enablers),
    },
    development: { objectives: texts(dev?.objectives), strategies: texts(dev?.strategies) },
    quarters: QUARTERS.map((quarter) => ({ quarter, current: quarter === now, tactics: (dev?.tactics?.[quarter] ?? []).map(tacticCopy) })),
    openActions: openActions(account, asOf),
    map: relationshipMap(account),
    // Written out, not spread: this runs for every account and a spread of a constant costs more than the rest of the line.
    forces: FORCES.map((f) => ({ id: f.id, label: f.label, high: f.high, value: account.forces?.[f.id] ?? null })),
    position: account.position ?? null,
    lifecycle: account.lifecycle ?? null,
    tags: texts(account.tags),
  };
}
