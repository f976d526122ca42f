import type { QuadrantId } from '../core/types.js';

/** One colour per quadrant, for the HTML report and the Excel workbook. */
export const QUADRANT_COLORS: Record<QuadrantId, string> = {
  key: '#1b7f3b',
  'key-development': '#1f6fb2',
  maintenance: '#8a5a00',
  opportunistic: '#7a7a7a',
  unclassified: '#b0b0b0',
};
