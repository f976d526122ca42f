/** One health change in words, for the diff views. */
import type { HealthChange } from '../../core/diff.js';
import { STAGE_LABELS } from '../../core/labels.js';
import { HEALTH_WORD } from '../health-text.js';

const pctOf = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)} %`);
const orDash = (v: string | number | null | undefined) => (v === null || v === undefined ? '–' : String(v));

export function healthChangeText(x: HealthChange): string {
  switch (x.kind) {
    case 'status': return `health ${HEALTH_WORD[x.from]} → ${HEALTH_WORD[x.to]}`;
    case 'satisfaction': return `satisfaction ${orDash(x.from)} → ${orDash(x.to)}`;
    case 'sales-attainment': return `sales attainment ${pctOf(x.from)} → ${pctOf(x.to)}`;
    case 'alert-new': return `new ${x.severity ?? 'unrated'} alert since ${x.date}: ${x.symptom}`;
    case 'alert-resolved': return `alert resolved: ${x.symptom} (${x.severity ?? 'unrated'}, since ${x.date})`;
    case 'perceived-level': return `perceived as ${orDash(x.from)} → ${orDash(x.to)}`;
    case 'customer-view': return `the customer's view ${x.from ? STAGE_LABELS[x.from].toLowerCase() : '–'} → ${x.to ? STAGE_LABELS[x.to].toLowerCase() : '–'}`;
    case 'position': return `position ${orDash(x.from)} → ${orDash(x.to)}`;
  }
}
