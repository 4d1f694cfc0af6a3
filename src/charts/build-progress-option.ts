import type { FigureRow } from '@/data/select-rows';
import { assertOneBasis, assertOneUnit, baseOption, describeRows, labelFromData, markOpacity, fs, type ChartView, type Option, figureDatum } from './chart-view';
import { textColors } from './palette';

export interface ProgressInput {
  title: string;
  /** The parts, in order, that make up the total. */
  rows: readonly FigureRow[];
  total: FigureRow;
  view: ChartView;
}

/** How far a whole has come: its parts stacked along one bar of the total's length. */
export function buildProgressOption({ title, rows, total, view }: ProgressInput): Option {
  assertOneUnit([...rows, total]);
  assertOneBasis([...rows, total]);
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  return {
    ...baseOption(view, describeRows(title, [total, ...rows], view.lang)),
    legend: { bottom: 0, textStyle: { color: colors.text, fontSize: fs(view, 12) } },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', max: total.value, show: false },
    yAxis: {
      type: 'category',
      data: [`${total.label}\n${total.valueText}`],
      axisLabel: { color: colors.text, fontSize: fs(view, 12) },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: rows.map((row) => ({
      type: 'bar',
      name: row.label,
      stack: 'total',
      barWidth: fs(view, 48),
      label: { show: true, fontSize: fs(view, 12), color: '#ffffff', fontWeight: 'bold', formatter: labelFromData },
      data: [figureDatum(row, view, opacity(row))],
    })),
  };
}
