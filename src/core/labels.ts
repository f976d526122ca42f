import type { Config, PositioningId, QuadrantId, StageId } from './types.js';

/** Cheverton's names, the default vocabulary of every human-readable output. */
export const DEFAULT_LABELS: Record<QuadrantId | PositioningId, string> = {
  key: 'Key',
  'key-development': 'Key development',
  maintenance: 'Maintenance',
  opportunistic: 'Opportunistic',
  unclassified: 'Unclassified',
  'strategic-partner': 'Strategic partner',
  'strategic-security': 'Strategic security',
  'tactical-profit': 'Tactical profit',
  'tactical-make-easy': 'Tactical make easy',
};

/** Woodburn & McDonald's names for the same four boxes; positioning keeps Cheverton's names. */
export const VOCABULARIES = {
  cheverton: {},
  mcdonald: {
    key: 'Strategic',
    'key-development': 'Star',
    maintenance: 'Status',
    opportunistic: 'Streamline',
  },
} as const satisfies Record<string, Partial<Record<QuadrantId, string>>>;

export type Vocabulary = keyof typeof VOCABULARIES;

export function label(id: QuadrantId | PositioningId, config: Pick<Config, 'labels'>): string {
  return config.labels[id] ?? DEFAULT_LABELS[id];
}

export const STAGE_LABELS: Record<StageId, string> = {
  exploratory: 'Exploratory',
  basic: 'Basic',
  'co-operative': 'Co-operative',
  interdependent: 'Interdependent',
  integrated: 'Integrated',
};
