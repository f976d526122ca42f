/**
 * Colour is passed to formatters as data: a set of functions that wrap text,
 * all identity functions when colour is off.
 */
import { Chalk } from 'chalk';
import type { QuadrantId } from '../core/types.js';

export interface Colors {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  underline(s: string): string;
  quadrant(q: QuadrantId, s: string): string;
}

const identity = (s: string) => s;

export const NO_COLORS: Colors = {
  enabled: false,
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  underline: identity,
  quadrant: (_q, s) => s,
};

/** Colours from chalk at an explicit level: never from chalk's own detection of globals. */
export function ansiColors(level: 1 | 2 | 3 = 1): Colors {
  const c = new Chalk({ level });
  const byQuadrant: Record<QuadrantId, (s: string) => string> = {
    key: (s) => c.bold.green(s),
    'key-development': (s) => c.cyan(s),
    maintenance: (s) => c.blue(s),
    opportunistic: (s) => c.yellow(s),
    unclassified: (s) => c.dim(s),
  };
  return {
    enabled: true,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    red: (s) => c.red(s),
    yellow: (s) => c.yellow(s),
    green: (s) => c.green(s),
    cyan: (s) => c.cyan(s),
    underline: (s) => c.underline(s),
    quadrant: (q, s) => byQuadrant[q](s),
  };
}
