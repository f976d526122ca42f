/**
 * How health is written in every human-readable output: a mark and a word,
 * so the status reads without colour; colour only repeats it.
 */
import type { HealthStatus } from '../core/health.js';
import type { Colors } from './colors.js';

export const HEALTH_MARK: Record<HealthStatus, string> = { 'at-risk': '✗', watch: '!', healthy: '✓', unknown: '?' };
export const HEALTH_WORD: Record<HealthStatus, string> = { 'at-risk': 'at risk', watch: 'watch', healthy: 'healthy', unknown: 'unknown' };
/** For the 80-column table. */
const SHORT_WORD: Record<HealthStatus, string> = { 'at-risk': 'risk', watch: 'watch', healthy: 'ok', unknown: 'n/a' };

export function healthText(status: HealthStatus, short = false): string {
  return `${HEALTH_MARK[status]} ${(short ? SHORT_WORD : HEALTH_WORD)[status]}`;
}

export function healthColor(c: Colors, status: HealthStatus, text: string): string {
  return status === 'at-risk' ? c.red(text) : status === 'watch' ? c.yellow(text) : status === 'healthy' ? c.green(text) : c.dim(text);
}

/** Most urgent first: the order the reports list accounts in. */
export const HEALTH_RANK: Record<HealthStatus, number> = { 'at-risk': 0, watch: 1, unknown: 2, healthy: 3 };

const SPARKS = '▁▂▃▄▅▆▇█';

/** Scores 0..10 as one block character each; a gap (no score) is a space. */
export function sparkline(scores: readonly (number | null)[]): string {
  return scores.map((s) => (s === null ? ' ' : SPARKS[Math.min(7, Math.max(0, Math.round((s / 10) * 7)))])).join('');
}

/** Attainment as a bar of `width` cells, full at 100 % (more is shown as full). */
export function attainmentBar(attainment: number, width: number): { filled: number; empty: number } {
  const filled = Math.min(width, Math.max(0, Math.round(attainment * width)));
  return { filled, empty: width - filled };
}
