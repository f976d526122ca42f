// Answers as people type them: amounts with separators and suffixes, lists.
import { describe, expect, it } from 'vitest';
import { parseAmount, parseAnswer } from '../../../src/questionnaire/questions.js';

describe('parseAmount', () => {
  it('reads digit groups, decimals and k / M / bn suffixes', () => {
    expect(parseAmount('1,200,000')).toBe(1200000);
    expect(parseAmount('1 200 000')).toBe(1200000);
    expect(parseAmount("1'200'000")).toBe(1200000);
    expect(parseAmount('1.2M')).toBe(1200000);
    expect(parseAmount('800k')).toBe(800000);
    expect(parseAmount('2.5 bn')).toBe(2500000000);
    expect(parseAmount('250000')).toBe(250000);
    expect(parseAmount('0.5')).toBe(0.5);
  });

  it('refuses what is ambiguous or not a number', () => {
    for (const text of ['1,5', '1,20,000', 'abc', '1.2.3', '12 34', 'M', '']) expect(parseAmount(text)).toBeUndefined();
  });

  it('says which forms it takes, and names no number it cannot read', () => {
    const r = parseAnswer({ id: 'revenue.current', path: ['revenue', 'current'], kind: 'amount', message: 'm' }, '1,5');
    expect(r).toEqual({ ok: false, error: 'a number is needed, e.g. 1200000, 1,200,000, 1 200 000, 1.2M or 800k' });
  });
});

describe('list answers', () => {
  const q = { id: 'plan.charter.objectives', path: ['plan', 'charter', 'objectives'], kind: 'list' as const, message: 'm', optional: true };
  it('split on ; at a prompt, and are taken as lists from a file', () => {
    expect(parseAnswer(q, ' a ; b;;c ')).toEqual({ ok: true, value: ['a', 'b', 'c'] });
    expect(parseAnswer(q, ['x', ' y '])).toEqual({ ok: true, value: ['x', 'y'] });
    expect(parseAnswer(q, ['ok', 'bad\u001b[2J'])).toEqual({ ok: false, error: 'control characters are not allowed' });
    expect(parseAnswer(q, [{ a: 1 }])).toEqual({ ok: false, error: 'each item must be a text' });
  });
});
