import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from './format';

describe('target periods', () => {
  it('names a target year and a target span in both languages', () => {
    expect(formatPeriod({ type: 'target', year: 2025 }, 'zh')).toBe('2025年目标');
    expect(formatPeriod({ type: 'target', year: 2025 }, 'en')).toBe('2025 target');
    expect(formatPeriod({ type: 'target', from: 2021, year: 2025 }, 'zh')).toBe('2021–2025年目标');
    expect(formatPeriod({ type: 'target', from: 2021, year: 2025 }, 'en')).toBe('2021–2025 target');
  });
});

describe('partial publication dates', () => {
  it('gives only the month or the year a page shows', () => {
    expect(formatDate('2025', 'zh')).toBe('2025年');
    expect(formatDate('2025', 'en')).toBe('2025');
    expect(formatDate('2025-01', 'zh')).toBe('2025年1月');
    expect(formatDate('2025-01', 'en')).toBe('Jan 2025');
  });
});
