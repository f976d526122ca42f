/**
 * The questions about an account, section by section, explained in the
 * domain's terms (help texts from the schema, or from the config when it
 * defines its own factors), with the current values as defaults.
 */
import { readSchema } from '../io/schema.js';
import { SIGNIFICANCE_FACTORS } from '../core/factors.js';
import { QUESTION_TEXT } from '../core/guidance.js';
import { STAGES } from '../core/scoring.js';
import type { Account, Axis, Config, Opportunity } from '../core/types.js';
import type { Question } from './questions.js';

export const SECTIONS = ['attractiveness', 'strength', 'positioning', 'relationship'] as const;
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

export function identityQuestions(current: Partial<Account>): Question[] {
  return [
    q({ id: 'name', path: ['name'], kind: 'text', message: "Customer's name", help: help('name'), default: current.name }),
    // The id's default is filled in from the name by the caller.
    q({ id: 'id', path: ['id'], kind: 'id', message: 'Account id (lowercase, hyphens)', help: help('id'), default: current.id }),
    q({ id: 'manager', path: ['manager'], kind: 'text', message: 'Key account manager', help: help('manager'), default: current.manager, optional: true }),
    q({ id: 'industry', path: ['industry'], kind: 'text', message: 'Industry', default: current.industry, optional: true }),
    q({ id: 'lifecycle', path: ['lifecycle'], kind: 'choice', choices: ['hunt', 'farm'], message: 'Hunt (winning it) or farm (growing it)?', help: help('lifecycle'), default: current.lifecycle, optional: true }),
    q({ id: 'position', path: ['position'], kind: 'choice', choices: ['strong', 'good', 'limited'], message: 'Our current position with the customer', help: help('position'), default: current.position, optional: true }),
    q({ id: 'revenue.current', path: ['revenue', 'current'], kind: 'amount', message: 'Our annual revenue from this account now', default: current.revenue?.current, optional: true }),
    q({ id: 'revenue.potential', path: ['revenue', 'potential'], kind: 'amount', message: 'Realistic annual potential', default: current.revenue?.potential, optional: true }),
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

export function relationshipQuestions(current: Partial<Account>): Question[] {
  const r = current.relationship ?? {};
  return [
    q({ id: 'relationship.stage', path: ['relationship', 'stage'], kind: 'choice', choices: STAGES, message: 'Relationship stage, as we see it', help: 'exploratory, basic (bow-tie), co-operative, interdependent (diamond), integrated', default: r.stage, optional: true }),
    q({ id: 'relationship.customer_view', path: ['relationship', 'customer_view'], kind: 'choice', choices: STAGES, message: "The stage as the customer sees it (from a survey or interview)", help: 'usually lower than ours', default: r.customer_view, optional: true }),
    q({ id: 'relationship.perceived_level', path: ['relationship', 'perceived_level'], kind: 'choice', choices: ['commodity', 'product-provider', 'value-add', 'partner'], message: 'How the customer perceives us', help: help('relationship', 'perceived_level'), default: r.perceived_level, optional: true }),
  ];
}

export function sectionQuestions(section: Section, config: Config, current: Partial<Account>): Question[] {
  switch (section) {
    case 'attractiveness':
    case 'strength':
      return factorQuestions(section, config, current);
    case 'positioning':
      return positioningQuestions(current, typeof current.positioning?.significance === 'object');
    case 'relationship':
      return relationshipQuestions(current);
  }
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
