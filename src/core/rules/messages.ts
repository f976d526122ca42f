/** Small wording helpers shared by rule messages. */
import { STAGE_LABELS } from '../labels.js';
import type { StageId } from '../types.js';

export const stageName = (s: StageId) => STAGE_LABELS[s].toLowerCase();
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const pct = (f: number) => `${(f * 100).toFixed(1)} %`;
export const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
