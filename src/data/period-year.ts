import type { Period } from './schema';

/**
 * Where a figure sits on a yearly axis: a year's value in its year, a count on a day in that
 * day's year, a target in its target year. A partial year (quarters) is placed in its year but
 * flagged, so a chart can say so beside the point. A span of years or an unstated period has no
 * single year: placing it would invent one.
 */
export function periodYear(period: Period): { year: number; partial: boolean } | undefined {
  switch (period.type) {
    case 'year':
    case 'target':
      return { year: period.year, partial: false };
    case 'quarters':
      return { year: period.year, partial: !(period.from === 1 && period.to === 4) };
    case 'as-of':
      return { year: Number(period.date.slice(0, 4)), partial: false };
    case 'cumulative':
      return { year: Number(period.through.slice(0, 4)), partial: false };
    case 'range':
    case 'not-stated':
      return undefined;
  }
}
