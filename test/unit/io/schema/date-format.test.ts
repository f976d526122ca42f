// The schemas' `date` format: exactly the real calendar dates written YYYY-MM-DD.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate } from '../../../../src/io/schema/date-format.js';

/** The reference: the shape, then the calendar as Date knows it. */
function reference(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return mo >= 1 && mo <= 12 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isDate', () => {
  it('takes every real date and no other of every month from year 0 to 9999 around the leap rules', () => {
    for (const y of [0, 1, 4, 100, 400, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect({ s, ok: isDate(s) }).toEqual({ s, ok: reference(s) });
        }
      }
    }
  });

  it('refuses every other shape', () => {
    for (const s of ['', '2026-1-01', '2026-01-1', '26-01-01', '2026/01/01', '2026-01-01 ', ' 2026-01-01', '2026-01-01T00:00', '２０２６-01-01', '2026-0a-01', '+026-01-01', '2026--1-01']) {
      expect({ s, ok: isDate(s) }).toEqual({ s, ok: false });
    }
    fc.assert(fc.property(fc.string({ minLength: 8, maxLength: 12 }), (s) => isDate(s) === reference(s)), { numRuns: 5000 });
  });
});
