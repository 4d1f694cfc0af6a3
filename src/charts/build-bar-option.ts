import type { FigureRow } from '@/data/select-rows';
import { assertOneBasis, assertOneUnit, axisLabelFormatter, baseOption, describeRows, labelFromData, markOpacity, fs, type ChartView, type Option, figureDatum } from './chart-view';
import { textColors } from './palette';

export interface BarInput {
  title: string;
  rows: readonly FigureRow[];
  view: ChartView;
  /** Bars grow sideways: long category names (districts, indicator names). */
  horizontal?: boolean;
  /** Largest first. */
  sort?: boolean;
}

/** Compares figures that share a unit, one bar each, labelled with the value as stated ("超1.4万P"). */
export function buildBarOption({ title, rows, view, horizontal = false, sort = false }: BarInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const ordered = sort ? [...rows].sort((a, b) => b.value - a.value) : [...rows];
  // Horizontal bars read top-down: ECharts draws the first category at the bottom.
  const drawn = horizontal ? [...ordered].reverse() : ordered;
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const categoryAxis = {
    type: 'category',
    data: drawn.map((r) => r.label),
    axisLabel: { color: colors.text, fontSize: fs(view, 12), interval: 0, width: horizontal ? 110 : 90, overflow: 'break' },
    axisLine: { lineStyle: { color: colors.axis } },
    axisTick: { show: false },
  };
  const valueAxis = {
    type: 'value',
    name: drawn[0]?.unitText ?? '',
    nameTextStyle: { color: colors.muted, fontSize: fs(view, 12) },
    axisLabel: { color: colors.muted, fontSize: fs(view, 12), formatter: axisLabelFormatter[view.lang] },
    splitLine: { lineStyle: { color: colors.split } },
  };
  return {
    ...baseOption(view, describeRows(title, ordered, view.lang)),
    grid: { left: 8, right: horizontal ? 72 : 16, top: 28, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: title,
        barMaxWidth: fs(view, 48),
        label: { show: true, fontSize: fs(view, 12), position: horizontal ? 'right' : 'top', color: colors.text, formatter: labelFromData },
        data: drawn.map((row) => figureDatum(row, view, opacity(row))),
      },
    ],
  };
}
