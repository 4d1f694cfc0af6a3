import { describe, expect, it } from 'vitest';
import { groupThousands, shiftDecimal } from './decimal';
import { formatDate, formatEnNumber, formatPeriod, formatValue, formatZhNumber } from './format';

describe('shiftDecimal', () => {
  it('moves the point on the digits, without float noise', () => {
    expect(shiftDecimal(2.2, 12)).toBe('2200000000000');
    expect(shiftDecimal(639.6, 8)).toBe('63960000000');
    expect(shiftDecimal(14000, -4)).toBe('1.4');
    expect(shiftDecimal(0.1, -2)).toBe('0.001');
    expect(shiftDecimal(-5.4, 4)).toBe('-54000');
    expect(shiftDecimal(1e21, -20)).toBe('10');
  });
  it('groups thousands', () => {
    expect(groupThousands('6100')).toBe('6,100');
    expect(groupThousands('1234567.25')).toBe('1,234,567.25');
    expect(groupThousands('-14000')).toBe('-14,000');
  });
});

describe('number formats', () => {
  it('groups Chinese numbers by 万, 亿 and 万亿', () => {
    expect(formatZhNumber(9000)).toBe('9000');
    expect(formatZhNumber(14000)).toBe('1.4万');
    expect(formatZhNumber(260000000)).toBe('2.6亿');
    expect(formatZhNumber(2.2e12)).toBe('2.2万亿');
  });
  it('writes English numbers with separators and scale words', () => {
    expect(formatEnNumber(6100)).toBe('6,100');
    expect(formatEnNumber(4500000)).toBe('4.5 million');
    expect(formatEnNumber(63960000000)).toBe('63.96 billion');
    expect(formatEnNumber(2.2e12)).toBe('2.2 trillion');
  });
});

describe('formatValue', () => {
  it('keeps the printed form and qualifier in Chinese', () => {
    expect(formatValue(1.4, 'wan-P', 'more-than', 'zh')).toBe('超1.4万P');
    expect(formatValue(2.2, 'wanyi-yuan', 'exact', 'zh')).toBe('2.2万亿元');
    expect(formatValue(5046, 'jia', 'at-least', 'zh')).toBe('至少5046家');
    expect(formatValue(14000, 'P', 'more-than', 'zh')).toBe('超1.4万P');
    expect(formatValue(2.1, 'pp', 'exact', 'zh')).toBe('2.1个百分点');
  });
  it('converts to base units in English', () => {
    expect(formatValue(1.4, 'wan-P', 'more-than', 'en')).toBe('more than 14,000 PFLOPS');
    expect(formatValue(2.2, 'wanyi-yuan', 'exact', 'en')).toBe('CNY 2.2 trillion');
    expect(formatValue(2.6, 'yi-yuan', 'exact', 'en')).toBe('CNY 260 million');
    expect(formatValue(6100, 'jia', 'more-than', 'en')).toBe('more than 6,100');
    expect(formatValue(450, 'wan-tai', 'exact', 'en')).toBe('4.5 million');
    expect(formatValue(12.3, 'percent', 'exact', 'en')).toBe('12.3%');
    expect(formatValue(2.1, 'pp', 'exact', 'en')).toBe('2.1 percentage points');
    expect(formatValue(120, 'wan-tonnes', 'exact', 'en')).toBe('1.2 million tonnes');
    expect(formatValue(8.1, 'm3-per-wan-yuan', 'exact', 'en')).toBe('8.1 m³ per CNY 10,000');
    expect(formatValue(200, 'yiyi-flops', 'exact', 'en')).toBe('2,000 PFLOPS');
  });
});

describe('formatPeriod', () => {
  it('names every kind of period in both languages', () => {
    expect(formatPeriod({ type: 'year', year: 2024 }, 'zh')).toBe('2024年');
    expect(formatPeriod({ type: 'quarters', year: 2025, from: 1, to: 3 }, 'zh')).toBe('2025年前三季度');
    expect(formatPeriod({ type: 'quarters', year: 2025, from: 1, to: 3 }, 'en')).toBe('2025 Q1–Q3');
    expect(formatPeriod({ type: 'quarters', year: 2025, from: 2, to: 2 }, 'en')).toBe('2025 Q2');
    expect(formatPeriod({ type: 'range', from: 2021, to: 2025 }, 'zh')).toBe('2021–2025年（“十四五”时期）');
    expect(formatPeriod({ type: 'range', from: 2021, to: 2025 }, 'en')).toBe('2021–2025 (14th FYP)');
    expect(formatPeriod({ type: 'cumulative', through: '2025-12-09' }, 'en')).toBe('cumulative (to 9 Dec 2025)');
    expect(formatPeriod({ type: 'as-of', date: '2025-12-09' }, 'zh')).toBe('截至2025年12月9日');
    expect(formatPeriod({ type: 'not-stated' }, 'zh')).toBe('时期未注明');
    expect(formatPeriod({ type: 'not-stated' }, 'en')).toBe('period not stated');
  });
  it('formats dates', () => {
    expect(formatDate('2025-12-10', 'en')).toBe('10 Dec 2025');
    expect(formatDate('2025-12-10', 'zh')).toBe('2025年12月10日');
  });
});
