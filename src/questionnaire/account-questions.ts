/**
 * The questions about an account, section by section, explained in the
 * domain's terms (help texts from the schema, or from the config when it
 * defines its own factors), with the current values as defaults.
 */
import { readSchema } from '../io/schema/schema.js';
import { SIGNIFICANCE_FACTORS } from '../core/factors.js';
import { QUESTION_TEXT } from '../core/guidance.js';
import { PERCEIVED_LEVELS, POSITIONS, STAGES } from '../core/scoring.js';
import type { Account, Axis, Config, Contact, Opportunity } from '../core/types.js';
import type { Question } from './questions.js';

export const SECTIONS = ['attractiveness', 'strength', 'positioning', 'relationship', 'plan', 'contacts', 'performance', 'opportunities'] as const;
/** Asked when `kam assess` is run without --section: the scoring. */
export const SCORING_SECTIONS: readonly Section[] = ['attractiveness', 'strength', 'positioning', 'relationship'];
export type Section = (typeof SECTIONS)[number];

type SchemaNode = { description?: string; properties?: Record<string, SchemaNode> };
const schema = () => readSchema('account') as SchemaNode;
const help = (...path: string[]) => {
  let node: SchemaNode | undefined = schema();
  for (const p of path) node = node?.properties?.[p];
  return node?.description;
};

const q = (question: Question): Question => {
  const out = { ...question };
  if (out.default === undefined) delete out.default;
  if (out.help === undefined) delete out.help;
  return out;
};

/** " (EUR)" when the config names a currency. */
export const inCurrency = (config: Config) => (config.currency ? ` (${config.currency})` : '');

export function identityQuestions(current: Partial<Account>, config: Config): Question[] {
  return [
    q({ id: 'name', path: ['name'], kind: 'text', message: "Customer's name", help: help('name'), default: current.name }),
    // The id's default is filled in from the name by the caller.
    q({ id: 'id', path: ['id'], kind: 'id', message: 'Account id (lowercase, hyphens)', help: help('id'), default: current.id }),
    q({ id: 'manager', path: ['manager'], kind: 'text', message: 'Key account manager', help: help('manager'), default: current.manager, optional: true }),
    q({ id: 'industry', path: ['industry'], kind: 'text', message: 'Industry', default: current.industry, optional: true }),
    q({ id: 'lifecycle', path: ['lifecycle'], kind: 'choice', choices: ['hunt', 'farm'], message: 'Hunt (winning it) or farm (growing it)?', help: help('lifecycle'), default: current.lifecycle, optional: true }),
    q({ id: 'position', path: ['position'], kind: 'choice', choices: [...POSITIONS], message: 'Our current position with the customer', help: help('position'), default: current.position, optional: true }),
    q({ id: 'revenue.current', path: ['revenue', 'current'], kind: 'amount', message: `Our annual revenue from this account now${inCurrency(config)}`, default: current.revenue?.current, optional: true }),
    q({ id: 'revenue.potential', path: ['revenue', 'potential'], kind: 'amount', message: `Realistic annual potential${inCurrency(config)}`, default: current.revenue?.potential, optional: true }),
  ];
}

export function factorQuestions(axis: Axis, config: Config, current: Partial<Account>): Question[] {
  const scores = current[axis] ?? {};
  const title = axis === 'attractiveness' ? 'Attractiveness' : 'Strength vs the best competitor';
  return config.factors[axis].map((f) => q({
    id: `${axis}.${f.id}`,
    path: [axis, f.id],
    kind: 'score',
    message: `${title}: ${f.label} (0-10)`,
    help: f.help ?? help(axis, f.id),
    default: scores[f.id],
    optional: true,
  }));
}

/** Spend, then significance either directly or through its six factors, following the file's current form. */
export function positioningQuestions(current: Partial<Account>, viaFactors: boolean): Question[] {
  const p = current.positioning ?? {};
  const spend = q({ id: 'positioning.spend', path: ['positioning', 'spend'], kind: 'score', message: 'Relative spend with us (0-10)', help: help('positioning', 'spend'), default: p.spend, optional: true });
  if (!viaFactors) {
    return [spend, q({ id: 'positioning.significance', path: ['positioning', 'significance'], kind: 'score', message: 'Significance of what we supply to them (0-10)', help: 'how much what we supply matters to their business', default: typeof p.significance === 'number' ? p.significance : undefined, optional: true })];
  }
  const map = typeof p.significance === 'object' ? p.significance : {};
  return [spend, ...SIGNIFICANCE_FACTORS.map((f) => q({
    id: `positioning.significance.${f}`, path: ['positioning', 'significance', f], kind: 'score',
    message: `Significance: ${f.replace(/_/g, ' ')} (0-10)`, help: significanceHelp(f),
    default: map[f], optional: true,
  }))];
}

function significanceHelp(factor: string): string | undefined {
  const node = schema().properties?.positioning?.properties?.significance as { oneOf?: SchemaNode[] } | undefined;
  return node?.oneOf?.find((b) => b.properties)?.properties?.[factor]?.description;
}

/** What each relationship stage means, in a few words (DOMAIN 3). */
export const STAGE_HELP: Readonly<Record<string, string>> = {
  exploratory: 'pre-trading, signalling, one point of contact',
  basic: 'transactional; one seller meets one buyer (bow-tie); easy to exit',
  'co-operative': 'more contacts on both sides, little trust or information shared',
  interdependent: 'mutual dependency; contacts across functions and levels (diamond)',
  integrated: 'boundaries dissolve; sole or primary supplier; joint planning',
};

export function relationshipQuestions(current: Partial<Account>): Question[] {
  const r = current.relationship ?? {};
  return [
    q({ id: 'relationship.stage', path: ['relationship', 'stage'], kind: 'choice', choices: STAGES, choiceHelp: STAGE_HELP, message: 'Relationship stage, as we see it', default: r.stage, optional: true }),
    q({ id: 'relationship.customer_view', path: ['relationship', 'customer_view'], kind: 'choice', choices: STAGES, choiceHelp: STAGE_HELP, message: "The stage as the customer sees it (from a survey or interview)", help: 'usually lower than ours', default: r.customer_view, optional: true }),
    q({ id: 'relationship.perceived_level', path: ['relationship', 'perceived_level'], kind: 'choice', choices: [...PERCEIVED_LEVELS], message: 'How the customer perceives us', help: help('relationship', 'perceived_level'), default: r.perceived_level, optional: true }),
  ];
}

/** The questions of a section that asks a fixed list (the others are flows: see section-flows.ts). */
export function sectionQuestions(section: Section, config: Config, current: Partial<Account>): Question[] {
  switch (section) {
    case 'attractiveness':
    case 'strength':
      return factorQuestions(section, config, current);
    case 'positioning':
      return positioningQuestions(current, typeof current.positioning?.significance === 'object');
    case 'relationship':
      return relationshipQuestions(current);
    case 'plan':
      return planQuestions(current);
    case 'performance':
      return salesQuestions(current, config);
    case 'opportunities':
      return (current.opportunities ?? []).flatMap((o, i) => opportunityQuestions(o, i, config));
    case 'contacts':
      return (current.relationship?.contacts ?? []).flatMap((c, i) => contactQuestions(c, i));
  }
}

const CHARTER = { objectives: "The customer's key objectives, next 3-5 years", initiatives: 'Their initiatives towards them', barriers: 'What stands in their way', enablers: 'What helps them get there' } as const;
const DEVELOPMENT = { objectives: 'Our objectives with this account this year', strategies: 'How we will reach them' } as const;

/** The charter and the development plan (DOMAIN 5). Quarters that hold actions with owners are left to the file. */
export function planQuestions(current: Partial<Account>): Question[] {
  const charter = current.plan?.charter ?? {};
  const development = current.plan?.development ?? {};
  const list = (path: string[], message: string, value: unknown) => q({
    id: path.join('.'), path, kind: 'list', message, help: help(...path), default: Array.isArray(value) && value.length > 0 ? value.map(String) : undefined, optional: true,
  });
  const tactics = (development.tactics ?? {}) as Record<string, unknown[] | undefined>;
  return [
    q({ id: 'plan.charter.situation', path: ['plan', 'charter', 'situation'], kind: 'text', message: 'Charter: the current situation', default: charter.situation, optional: true }),
    ...Object.entries(CHARTER).map(([k, m]) => list(['plan', 'charter', k], `Charter: ${m}`, charter[k as keyof typeof CHARTER])),
    ...Object.entries(DEVELOPMENT).map(([k, m]) => list(['plan', 'development', k], `Development: ${m}`, development[k as keyof typeof DEVELOPMENT])),
    ...(['q1', 'q2', 'q3', 'q4'] as const)
      .filter((quarter) => (tactics[quarter] ?? []).every((t) => typeof t === 'string'))
      .map((quarter) => list(['plan', 'development', 'tactics', quarter], `Development: tactics for ${quarter.toUpperCase()}`, tactics[quarter])),
  ];
}

const INFLUENCE = ['decision-maker', 'influencer', 'sponsor', 'user', 'gatekeeper'] as const;

/** About one contact: who they are, the four agenda questions (DOMAIN 5), and who on our side holds the relationship. */
export function contactQuestions(contact: Partial<Contact>, index: number, isNew = false): Question[] {
  const base = ['relationship', 'contacts', index];
  const who = contact.name ? `${contact.name}: ` : '  ';
  const field = (key: string, message: string, kind: Question['kind'] = 'text', extra: Partial<Question> = {}) => {
    const path = [...base, ...key.split('.')];
    const current = key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), contact);
    return q({ id: path.join('.'), path, kind, message: `${who}${message}`, default: current as Question['default'], optional: true, ...extra });
  };
  return [
    ...(isNew ? [q({ id: [...base, 'name'].join('.'), path: [...base, 'name'], kind: 'text', message: '  Name' })] : []),
    field('role', 'role'),
    field('function', 'function (purchasing, operations, ...)'),
    field('influence', 'part in the buying decision', 'choice', { choices: INFLUENCE }),
    field('owner', 'who on our side holds this relationship'),
    field('agenda.business', 'business agenda (what they must achieve)'),
    field('agenda.personal', 'personal agenda (what they want for themselves)'),
    field('agenda.recognised_by', 'by whom they need to be recognised'),
    field('agenda.measured_by', 'how they are measured'),
  ];
}

export function salesQuestions(current: Partial<Account>, config: Config): Question[] {
  const sales = current.performance?.sales ?? {};
  return (['target', 'achieved', 'forecast'] as const).map((k) => q({
    id: `performance.sales.${k}`, path: ['performance', 'sales', k], kind: 'amount',
    message: `Sales this year: ${k === 'target' ? 'target' : k === 'achieved' ? 'achieved so far' : 'forecast for the year'}${inCurrency(config)}`,
    default: sales[k], optional: true,
  }));
}

/** A new satisfaction measurement, appended after the others. */
export function satisfactionQuestions(index: number, today: string): Question[] {
  const base = ['performance', 'satisfaction', index];
  return [
    q({ id: 'performance.satisfaction.date', path: [...base, 'date'], kind: 'date', message: '  Date of the survey or interview (YYYY-MM-DD)', default: today }),
    q({ id: 'performance.satisfaction.score', path: [...base, 'score'], kind: 'score', message: '  Satisfaction (0-10)' }),
    q({ id: 'performance.satisfaction.method', path: [...base, 'method'], kind: 'choice', choices: ['survey', 'interview'], message: '  How it was measured', optional: true }),
    q({ id: 'performance.satisfaction.note', path: [...base, 'note'], kind: 'text', message: '  What the customer said (optional)', optional: true }),
  ];
}

/** A new alert: an early symptom of a retention problem. */
export function alertQuestions(index: number, today: string): Question[] {
  const base = ['performance', 'alerts', index];
  return [
    q({ id: 'performance.alert.date', path: [...base, 'date'], kind: 'date', message: '  When it was noticed (YYYY-MM-DD)', default: today }),
    q({ id: 'performance.alert.symptom', path: [...base, 'symptom'], kind: 'text', message: '  What was noticed' }),
    q({ id: 'performance.alert.severity', path: [...base, 'severity'], kind: 'choice', choices: ['low', 'medium', 'high'], message: '  How serious it is', optional: true }),
  ];
}

/** Whether an open alert is resolved (SPEC 8.1: `resolved: DATE`); numbered from 1 in file order. */
export function resolveQuestion(alert: { date: string; symptom: string }, index: number): Question {
  return q({ id: `performance.resolve.${index + 1}`, path: ['performance', 'alerts', index, 'resolved'], kind: 'date', message: `Alert ${index + 1} (${alert.date}, ${alert.symptom}): resolved on (YYYY-MM-DD, Enter = still open)`, optional: true });
}

export const OPPORTUNITY_STAGES = ['identified', 'qualified', 'pursuing', 'won', 'lost'] as const;

export function opportunityQuestions(o: Partial<Opportunity>, index: number, config: Config): Question[] {
  const base = ['opportunities', index];
  const name = o.name ?? o.id;
  return [
    q({ id: `opportunities.${o.id}.stage`, path: [...base, 'stage'], kind: 'choice', choices: OPPORTUNITY_STAGES, message: `${name}: pipeline stage`, default: o.stage, optional: true }),
    q({ id: `opportunities.${o.id}.value`, path: [...base, 'value'], kind: 'amount', message: `${name}: estimated value${inCurrency(config)}`, default: o.value, optional: true }),
    q({ id: `opportunities.${o.id}.close`, path: [...base, 'close'], kind: 'date', message: `${name}: expected close date (YYYY-MM-DD)`, default: o.close, optional: true }),
  ];
}

const ANSWERS = ['yes', 'no', 'unsure'] as const;

/** The four go/no-go questions (DOMAIN 6), each with an optional note. */
export function qualifyQuestions(opportunity: Partial<Opportunity>, index: number): Question[] {
  const out: Question[] = [];
  for (const key of ['real', 'compete', 'win', 'worth'] as const) {
    const current = opportunity.questions?.[key];
    const normal = current === true ? 'yes' : current === false ? 'no' : current;
    out.push(q({ id: `questions.${key}`, path: ['opportunities', index, 'questions', key], kind: 'choice', choices: ANSWERS, message: QUESTION_TEXT[key], default: normal ?? 'unsure' }));
    out.push(q({ id: `notes.${key}`, path: ['opportunities', index, 'notes', key], kind: 'text', message: '  Note (evidence, optional)', default: opportunity.notes?.[key], optional: true }));
  }
  return out;
}
