import { describe, expect, it } from 'vitest';
import { periodYear } from './period-year';

describe('periodYear', () => {
  it('places years, days and targets in their year', () => {
    expect(periodYear({ type: 'year', year: 2021 })).toEqual({ year: 2021, partial: false });
    expect(periodYear({ type: 'as-of', date: '2022-10-09' })).toEqual({ year: 2022, partial: false });
    expect(periodYear({ type: 'cumulative', through: '2025-12-09' })).toEqual({ year: 2025, partial: false });
    expect(periodYear({ type: 'target', from: 2021, year: 2025 })).toEqual({ year: 2025, partial: false });
  });

  it('flags part of a year', () => {
    expect(periodYear({ type: 'quarters', year: 2022, from: 1, to: 2 })).toEqual({ year: 2022, partial: true });
    expect(periodYear({ type: 'quarters', year: 2022, from: 1, to: 4 })).toEqual({ year: 2022, partial: false });
  });

  it('does not invent a year for a span or an unstated period', () => {
    expect(periodYear({ type: 'range', from: 2021, to: 2025 })).toBeUndefined();
    expect(periodYear({ type: 'not-stated' })).toBeUndefined();
  });
});
