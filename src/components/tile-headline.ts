import type { FigureRow } from '@/view-model/select-rows';
import type { PeriodFilter } from '@/state/filters';

/** What a headline tile shows big, and the other figure of the pair it names in a line below. */
export interface TileHeadline {
  valueText: string;
  periodText: string;
  /** The big value is the figure's 2020 baseline (the "2020 baseline" period filter is on). */
  baselineShown: boolean;
  /** The line below the value: the baseline beside a result, or the result beside a baseline. */
  other?: { role: 'baseline' | 'result'; valueText: string; periodText: string };
}

/**
 * A tile shows its figure's value; with the "2020 baseline" filter on, a figure that states its
 * 2020 value shows that value instead, with the result in the line below. (A figure that is
 * itself a 2020 value shows as it is.)
 */
export function tileHeadline(row: FigureRow, period: PeriodFilter): TileHeadline {
  const baseline = row.baseline;
  if (period === 'baseline' && baseline) {
    return {
      valueText: baseline.valueText,
      periodText: baseline.periodText,
      baselineShown: true,
      other: { role: 'result', valueText: row.valueText, periodText: row.periodText },
    };
  }
  return {
    valueText: row.valueText,
    periodText: row.periodText,
    baselineShown: false,
    other: baseline && { role: 'baseline', valueText: baseline.valueText, periodText: baseline.periodText },
  };
}
