import { describe, expect, it } from 'vitest';
import { decimalsOf, evaluateFormula, formulaVariables, matchesStored } from './formula';

describe('evaluateFormula', () => {
  it('follows precedence and parentheses', () => {
    expect(evaluateFormula('a - b * 2', { a: 10, b: 3 })).toBe(4);
    expect(evaluateFormula('(a - b) * 2', { a: 10, b: 3 })).toBe(14);
    expect(evaluateFormula('-a + 1', { a: 3 })).toBe(-2);
  });
  it('has round, ceil, floor and sum', () => {
    expect(evaluateFormula('round(a - b, 1)', { a: 31.8, b: 2.1 })).toBe(29.7);
    expect(evaluateFormula('ceil(a / (1 + b / 100))', { a: 6100, b: 20.9 })).toBe(5046);
    expect(evaluateFormula('floor(7.9)', {})).toBe(7);
    expect(evaluateFormula('sum(a, b, 3)', { a: 1, b: 2 })).toBe(6);
  });
  it('rounds halves away from zero despite binary noise', () => {
    expect(evaluateFormula('round(a / b * 100, 1)', { a: 23, b: 42 })).toBe(54.8);
    expect(evaluateFormula('round(1.005, 2)', {})).toBe(1.01);
  });
  it('names what is wrong', () => {
    expect(() => evaluateFormula('a + c', { a: 1 })).toThrow('unknown input "c"');
    expect(() => evaluateFormula('pow(a)', { a: 1 })).toThrow('unknown function "pow"');
    expect(() => evaluateFormula('a +', { a: 1 })).toThrow('unexpected end of formula');
    expect(() => evaluateFormula('a ; b', { a: 1, b: 1 })).toThrow('unexpected ";"');
    expect(() => evaluateFormula('(a', { a: 1 })).toThrow('expected ")"');
    expect(() => evaluateFormula('a / 0', { a: 1 })).toThrow('finite');
    expect(() => evaluateFormula('a 2', { a: 1 })).toThrow('unexpected "2"');
    expect(() => evaluateFormula('round()', {})).toThrow('finite');
    expect(() => evaluateFormula('ceil()', {})).toThrow('finite');
  });
  it('works left to right at one precedence', () => {
    expect(evaluateFormula('10 - 3 - 2', {})).toBe(5);
    expect(evaluateFormula('12 / 3 / 2', {})).toBe(2);
    expect(evaluateFormula('2 * 3 + 4 * 5 - 6', {})).toBe(20);
    expect(evaluateFormula('sum()', {})).toBe(0);
  });
  it('cannot reach JavaScript', () => {
    expect(() => evaluateFormula('constructor', {})).toThrow('unknown input "constructor"');
    expect(() => evaluateFormula('alert(1)', {})).toThrow('unknown function "alert"');
    expect(() => evaluateFormula('constructor(1)', {})).toThrow('unknown function "constructor"');
  });
});

describe('formulaVariables', () => {
  it('lists inputs but not functions', () => {
    expect(formulaVariables('round(a - b, 1) + ceil(total)')).toEqual(['a', 'b', 'total']);
  });
});

describe('matchesStored', () => {
  it('compares at the stored precision', () => {
    expect(decimalsOf(29.7)).toBe(1);
    expect(decimalsOf(5046)).toBe(0);
    expect(matchesStored(29.700000000000003, 29.7)).toBe(true);
    expect(matchesStored(29.74, 29.7)).toBe(true);
    expect(matchesStored(29.76, 29.7)).toBe(false);
    expect(matchesStored(5045.49, 5046)).toBe(false);
  });
});
