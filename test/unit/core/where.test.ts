import { describe, expect, it } from 'vitest';
import { nearest } from '../../../src/core/suggest.js';
import { checkWhereFields, matchesWhere, parseWhere, WhereError } from '../../../src/core/where.js';

const account = {
  id: 'a', name: 'Åsa Foods', revenue: { current: 1_500_000, potential: null }, tags: ['emea', 'food'],
  quadrant: 'key', opportunities: [{ decision: 'go' }], stability: null,
};
const holds = (expr: string) => matchesWhere(parseWhere(expr), account);

describe('--where expressions', () => {
  it('compares numbers, text (without regard to case) and null', () => {
    expect(holds('revenue.current > 1e6')).toBe(true);
    expect(holds('revenue.current >= 1_500_000')).toBe(true);
    expect(holds('revenue.current < 1.5e6')).toBe(false);
    expect(holds('quadrant == "KEY"')).toBe(true);
    expect(holds("quadrant != 'key'")).toBe(false);
    expect(holds('revenue.potential == null')).toBe(true);
  });

  it('a null field satisfies no ordering, whichever side it is on', () => {
    expect(holds('revenue.potential > 0')).toBe(false);
    expect(holds('revenue.potential <= 0')).toBe(false);
    expect(holds('0 < revenue.potential')).toBe(false);
    expect(holds('stability.borderline == true')).toBe(false); // through a null object
  });

  it('and binds tighter than or; not applies to what follows; parentheses group', () => {
    expect(holds('quadrant == "maintenance" and revenue.current > 0 or tags contains "food"')).toBe(true);
    expect(holds('quadrant == "maintenance" and (revenue.current > 0 or tags contains "food")')).toBe(false);
    expect(holds('not quadrant == "key"')).toBe(false);
    expect(holds('!(quadrant == "opportunistic") && true')).toBe(true);
  });

  it('contains tests membership of lists and parts of text; in is the reverse', () => {
    expect(holds('tags contains "EMEA"')).toBe(true);
    expect(holds('tags contains "em"')).toBe(false);
    expect(holds('name contains "foods"')).toBe(true);
    expect(holds('quadrant in ["key", "key-development"]')).toBe(true);
    expect(holds('"food" in tags')).toBe(true);
    expect(holds('opportunities[0].decision == "go"')).toBe(true);
    expect(holds('opportunities[3].decision == "go"')).toBe(false);
  });

  it('a field alone is true when it has a value', () => {
    expect(holds('tags')).toBe(true);
    expect(holds('revenue.potential')).toBe(false);
  });

  it('reports mistakes with their column', () => {
    const error = (expr: string) => {
      try {
        parseWhere(expr);
      } catch (e) {
        expect(e).toBeInstanceOf(WhereError);
        return `${(e as WhereError).message} @${(e as WhereError).column}`;
      }
      return 'no error';
    };
    expect(error('quadrant = "key"')).toBe('use == to compare @10');
    expect(error('(quadrant == "key"')).toBe('expected ")" but found the end of the expression @19');
    expect(error('quadrant == "key')).toBe('text without its closing quote @13');
    expect(error('revenue.current > 1 and')).toBe('expected a field or a value but found the end of the expression @24');
    expect(error('quadrant == key-development')).toBe('unexpected "-" @16');
    expect(error('revenue. > 1')).toBe('expected a field name after "." but found ">" @10');
    expect(error('1__0 > 1')).toBe('"1__0" is not a number @1');
    expect(error('process.exit()')).toBe('unexpected "(" @13');
  });

  it('checks field names against a template, with the nearest name', () => {
    const check = (expr: string) => checkWhereFields(parseWhere(expr), account, nearest);
    expect(() => check('revenue.current > 1 and tags[0] == "x" and opportunities[0].decision == "go"')).not.toThrow();
    expect(() => check('revenue.curent > 1')).toThrow('unknown field "curent" in revenue; did you mean "current"?');
    expect(() => check('quadrnt == "key"')).toThrow('unknown field "quadrnt"; did you mean "quadrant"?');
    expect(() => check('quadrant.x == 1')).toThrow('quadrant has no fields (it is a value)');
    expect(() => check('revenue[0] == 1')).toThrow('revenue is not a list: it takes no index');
    expect(() => check('constructor == 1')).toThrow('unknown field "constructor"');
  });
});
