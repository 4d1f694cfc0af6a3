import { describe, expect, it } from 'vitest';
import { UNITS } from '@/data/units';
import { MINUS, padDecimals, printedDecimals, roundSignificant } from './decimal';
import { axisNumberFormatter, axisUnitLabel, formatValue } from './format';

const ticks = (f: (v: number) => string, values: number[]) => values.map(f);

describe('decimal helpers', () => {
  it('rounds to significant digits on the digits', () => {
    expect(roundSignificant('1.408373', 3)).toBe('1.41');
    expect(roundSignificant('63.96', 3)).toBe('64');
    expect(roundSignificant('999.6', 3)).toBe('1000');
    expect(roundSignificant('-1.005', 3)).toBe('-1.01');
    expect(roundSignificant('0.001234', 2)).toBe('0.0012');
    expect(roundSignificant('123456', 3)).toBe('123000');
    expect(roundSignificant('1.4', 3)).toBe('1.4');
  });
  it('pads printed zeros and never drops digits', () => {
    expect(padDecimals('-1', 1)).toBe('-1.0');
    expect(padDecimals('2.25', 1)).toBe('2.25');
  });
  it('reads the printed decimals of a value from its clause', () => {
    expect(printedDecimals(-1, '上年全年为下降1.0%')).toBe(1);
    expect(printedDecimals(3.1, '增长3.1%,比1-2月加快1.6个百分点')).toBe(1);
    expect(printedDecimals(6100, '超过6100家')).toBe(0);
    expect(printedDecimals(12.5, undefined)).toBe(1);
    // A different number in the clause is not a printing of this value.
    expect(printedDecimals(2, '增长2.50%')).toBe(0);
  });
});

describe('formatValue precision', () => {
  it('keeps the printed precision and a true minus sign', () => {
    expect(formatValue(-1, 'percent', 'exact', 'zh', { decimals: 1 })).toBe(`${MINUS}1.0%`);
    expect(formatValue(-1, 'percent', 'exact', 'en', { decimals: 1 })).toBe(`${MINUS}1.0%`);
    expect(formatValue(-2.1, 'pp', 'exact', 'en')).toBe(`${MINUS}2.1 percentage points`);
    expect(formatValue(2, 'wanyi-yuan', 'exact', 'zh', { decimals: 1 })).toBe('2.0万亿元');
    expect(formatValue(2, 'wanyi-yuan', 'exact', 'en', { decimals: 1 })).toBe('CNY 2.0 trillion');
  });
  it('is exact by default and readable on request', () => {
    expect(formatValue(1.408373, 'wanyi-yuan', 'exact', 'en')).toBe('CNY 1.408373 trillion');
    expect(formatValue(1.408373, 'wanyi-yuan', 'about', 'en', { precision: 'readable' })).toBe('about CNY 1.41 trillion');
    expect(formatValue(639.6, 'yi-yuan', 'exact', 'en', { precision: 'readable' })).toBe('CNY 64 billion');
    expect(formatValue(639.6, 'yi-yuan', 'exact', 'en')).toBe('CNY 63.96 billion');
    // Below a million nothing is rounded away, and Chinese stays as printed.
    expect(formatValue(63961, 'jia', 'exact', 'en', { precision: 'readable' })).toBe('63,961');
    expect(formatValue(1.408373, 'wanyi-yuan', 'exact', 'zh', { precision: 'readable' })).toBe('1.408373万亿元');
  });
});

describe('axisNumberFormatter', () => {
  it('writes every zh tick in one power of 万', () => {
    const f = axisNumberFormatter('zh', 15000);
    expect(ticks(f, [15000, 12000, 9000, 6000, 3000, 0])).toEqual(['1.5万', '1.2万', '0.9万', '0.6万', '0.3万', '0']);
    expect(ticks(axisNumberFormatter('zh', 9000), [9000, 6000, 0])).toEqual(['9000', '6000', '0']);
    expect(ticks(axisNumberFormatter('zh', 3e8), [3e8, 1.5e8, 5e7])).toEqual(['3亿', '1.5亿', '0.5亿']);
    expect(ticks(axisNumberFormatter('zh', 2.5e12), [2.5e12, 5e11])).toEqual(['2.5万亿', '0.5万亿']);
  });
  it('writes every en tick alike, with separators or one scale word', () => {
    expect(ticks(axisNumberFormatter('en', 15000), [15000, 9000, 0])).toEqual(['15,000', '9,000', '0']);
    expect(ticks(axisNumberFormatter('en', 1.5e6), [1.5e6, 1e6, 5e5])).toEqual(['1.5 million', '1 million', '0.5 million']);
    expect(ticks(axisNumberFormatter('en', 1.2, 'wan-P'), [1.5, 1, 0.5])).toEqual(['15,000', '10,000', '5,000']);
  });
  it('counts an axis stored in 亿元 in CNY billion in English, and says so in its unit', () => {
    const f = axisNumberFormatter('en', 639.6, 'yi-yuan');
    expect(ticks(f, [700, 350, 0])).toEqual(['70', '35', '0']);
    expect(axisUnitLabel('yi-yuan', 'en', 639.6)).toBe('CNY billion');
    expect(axisUnitLabel('yi-yuan', 'en', 50000)).toBe('CNY trillion');
    expect(axisUnitLabel('wanyi-yuan', 'en', 2.2)).toBe('CNY trillion');
    expect(ticks(axisNumberFormatter('en', 2.2, 'wanyi-yuan'), [2.5, 2])).toEqual(['2.5', '2']);
    expect(axisUnitLabel('yi-yuan', 'zh', 639.6)).toBe('亿元');
    expect(axisUnitLabel('wan-P', 'en', 1.4)).toBe(UNITS['wan-P'].en);
  });
  it('leaves percentages alone, uses a true minus and removes float noise', () => {
    const f = axisNumberFormatter('en', 30, 'percent');
    expect(ticks(f, [-5, 0.30000000000000004, 30])).toEqual([`${MINUS}5`, '0.3', '30']);
    expect(axisUnitLabel('percent', 'en', 30)).toBe('%');
  });
  it('returns the same function for the same language and scale', () => {
    expect(axisNumberFormatter('zh', 15000)).toBe(axisNumberFormatter('zh', 90000));
    expect(axisNumberFormatter('zh', 15000)).not.toBe(axisNumberFormatter('zh', 9000));
    expect(axisNumberFormatter('en', 639.6, 'yi-yuan')).toBe(axisNumberFormatter('en', 400, 'yi-yuan'));
  });
});
