/**
 * Domain types. Account shapes mirror schemas/account.schema.json; everything
 * here is plain data so the analysis core stays pure.
 */

export type Axis = 'attractiveness' | 'strength';

export type QuadrantId = 'key' | 'key-development' | 'maintenance' | 'opportunistic' | 'unclassified';
export type PositioningId = 'strategic-partner' | 'strategic-security' | 'tactical-profit' | 'tactical-make-easy';
export type StageId = 'exploratory' | 'basic' | 'co-operative' | 'interdependent' | 'integrated';
export type PerceivedLevel = 'commodity' | 'product-provider' | 'value-add' | 'partner';
export type Answer = 'yes' | 'no' | 'unsure';
export type Decision = 'go' | 'qualify' | 'no-go';
export type QuestionId = 'real' | 'compete' | 'win' | 'worth';
export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';

export interface Contact {
  name: string;
  role?: string;
  function?: string;
  influence?: 'decision-maker' | 'influencer' | 'sponsor' | 'user' | 'gatekeeper';
  owner?: string;
  agenda?: { business?: string; personal?: string; recognised_by?: string; measured_by?: string };
}

export interface Opportunity {
  id: string;
  name?: string;
  value?: number;
  stage?: 'identified' | 'qualified' | 'pursuing' | 'won' | 'lost';
  close?: string;
  questions?: Partial<Record<QuestionId, Answer | boolean>>;
  notes?: Partial<Record<QuestionId, string>>;
}

/** A tactic in the development plan: plain text, or an action tracked to completion. */
export type Tactic = string | { action: string; owner?: string; due?: string; done?: boolean };
export type QuarterId = 'q1' | 'q2' | 'q3' | 'q4';
export type ForceId = 'new_entrants' | 'supplier_power' | 'rivalry' | 'buyer_power' | 'substitutes';

export type SignificanceFactor =
  | 'unique_technology' | 'brand' | 'cost_savings' | 'few_alternatives' | 'switching_time' | 'supplier_investment';

export interface Account {
  id: string;
  name: string;
  manager?: string;
  industry?: string;
  lifecycle?: 'hunt' | 'farm';
  position?: 'strong' | 'good' | 'limited';
  tags?: string[];
  revenue?: { current?: number; potential?: number };
  attractiveness?: Record<string, number>;
  strength?: Record<string, number>;
  positioning?: { spend?: number; significance?: number | Partial<Record<SignificanceFactor, number>> };
  relationship?: {
    stage?: StageId;
    customer_view?: StageId;
    perceived_level?: PerceivedLevel;
    contacts?: Contact[];
  };
  opportunities?: Opportunity[];
  plan?: {
    charter?: {
      situation?: string;
      objectives?: string[];
      initiatives?: string[];
      barriers?: string[];
      enablers?: string[];
    };
    development?: {
      objectives?: string[];
      strategies?: string[];
      tactics?: Partial<Record<QuarterId, Tactic[]>>;
    };
  };
  performance?: {
    sales?: { target?: number; achieved?: number; forecast?: number };
    satisfaction?: { date: string; score: number; method?: 'survey' | 'interview'; note?: string }[];
    alerts?: { date: string; symptom: string; severity?: 'low' | 'medium' | 'high'; resolved?: string }[];
  };
  forces?: Partial<Record<ForceId, number>>;
  target?: { attractiveness?: number; strength?: number; by?: string };
  /** Findings the team accepted on purpose (SPEC 8.3). */
  accept?: { rule: string; reason: string; until?: string }[];
}

export interface FactorDef {
  id: string;
  weight: number;
  label: string;
  help?: string;
}

export type FactorSets = Record<Axis, FactorDef[]>;

export interface Thresholds {
  attractiveness: number;
  strength: number;
  spend: number;
  significance: number;
}

export interface Limits {
  key_share: number;
  accounts_per_manager: number;
  top_account_share: number;
  review_months: number;
  score_months: number;
  /** Below this share of an axis's factors scored, the quadrant is provisional (SPEC 8.1). */
  min_factor_share: number;
  min_satisfaction: number;
  min_sales_attainment: number;
  risk_sales_attainment: number;
}

/** The effective configuration: defaults merged with kam.config.yaml. */
export interface Config {
  currency: string;
  asOf?: string;
  thresholds: Thresholds;
  factors: FactorSets;
  /** Which axes the config file redefined (their factor set is then closed). */
  customAxes: Axis[];
  limits: Limits;
  rules: Record<string, RuleSetting>;
  labels: Partial<Record<QuadrantId | PositioningId, string>>;
  /** Where the config came from, for messages; undefined means defaults. */
  file?: string;
}

/** A path into an account document, e.g. ['opportunities', 0, 'stage']. */
export type DocPath = (string | number)[];

/**
 * A problem found anywhere. Rules in the pure core fill `path`; the I/O edge
 * resolves it to `line`/`column` in the file.
 */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  rule: string;
  message: string;
  account?: string;
  /**
   * What within the account the finding is about, when it is more than the
   * account itself: `opportunity:ID`, `contact:NAME`, `manager:NAME`,
   * `field:PATH` (schema). With the rule, the file and the account it
   * identifies the finding across runs (CI fingerprints), so it never holds
   * numbers, dates or wording that change while the finding stays.
   */
  subject?: string;
  path?: DocPath;
  /** Set when the account file accepts this finding (SPEC 8.3): shown, but not counted. */
  accepted?: { reason: string; until: string | null };
}
