// A person's name as compared (SPEC 8.1): trimmed, runs of whitespace collapsed to one space, case ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personKey } from '../../../src/core/strings.js';

describe('personKey', () => {
  it('collapses runs of spaces and other whitespace, trims, ignores case', () => {
    expect(personKey('Dana Reyes')).toBe('dana reyes');
    expect(personKey('  Dana   Reyes ')).toBe('dana reyes');
    expect(personKey('Dana\tReyes')).toBe('dana reyes');
    expect(personKey('Dana\u00a0Reyes')).toBe('dana reyes');
    expect(personKey('DANA \n REYES')).toBe('dana reyes');
  });

  it('answers as the SPEC definition for any text (the single-space shortcut changes nothing)', () => {
    const char = fc.constantFrom('a', 'B', 'é', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '-', '.');
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')), (name) => {
      expect(personKey(name)).toBe(name.trim().replace(/\s+/g, ' ').toLowerCase());
    }), { numRuns: 2000 });
  });
});
