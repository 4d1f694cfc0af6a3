import type { FigureRow } from '@/data/select-rows';
import { assertOneBasis, assertOneUnit, baseOption, describeRows, labelFromData, markOpacity, fs, type ChartView, type Option, figureDatum } from './chart-view';
import { textColors } from './palette';

export interface PieInput {
  title: string;
  rows: readonly FigureRow[];
  view: ChartView;
}

/** Parts of one whole (a breakdown that sums to its total), as a donut, largest first. */
export function buildPieOption({ title, rows, view }: PieInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const ordered = [...rows].sort((a, b) => b.value - a.value);
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  return {
    ...baseOption(view, describeRows(title, ordered, view.lang)),
    legend: view.compact
      ? { bottom: 0, type: 'plain', textStyle: { color: colors.text, fontSize: fs(view, 12) } }
      : { orient: 'vertical', right: 0, top: 'middle', type: 'plain', textStyle: { color: colors.text, fontSize: fs(view, 12) } },
    series: [
      {
        type: 'pie',
        name: title,
        radius: ['42%', '70%'],
        center: view.compact ? ['50%', '42%'] : ['40%', '50%'],
        avoidLabelOverlap: true,
        label: { show: true, fontSize: fs(view, 12), color: colors.text, formatter: labelFromData },
        data: ordered.map((row) => figureDatum(row, view, opacity(row))),
      },
    ],
  };
}
