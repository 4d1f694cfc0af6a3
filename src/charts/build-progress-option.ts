import type { BarSeriesOption } from 'echarts/charts';
import type { FigureRow } from '@/view-model/select-rows';
import {
  assertOneBasis,
  assertOneUnit,
  baseOption,
  describeRows,
  figureDatum,
  labelFromData,
  markOpacity,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { gridIn, legendBlock, wrapTo } from './layout';
import { categoricalColors, cycledColor, labelColorOn, textColors } from './palette';

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
  const { frame, lang } = view;
  const colors = textColors(view.scheme);
  const palette = categoricalColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const font = frame.type.text;
  const legend = legendBlock(
    rows.map((r) => r.label),
    frame,
    colors.text,
  );
  const nameWidth = Math.round(frame.plot.width * 0.3);
  const name = [...wrapTo(total.label, nameWidth, font, frame, lang).lines, total.valueLabel].join('\n');
  const series: BarSeriesOption[] = rows.map((row, i) => {
    const fill = cycledColor(palette, i);
    return {
      type: 'bar',
      name: row.label,
      stack: 'total',
      barWidth: Math.round(frame.type.value * 2.2),
      itemStyle: { color: fill },
      label: {
        show: true,
        fontSize: frame.type.value,
        color: labelColorOn(fill, view.scheme),
        fontWeight: 'bold',
        formatter: labelFromData,
      },
      data: [figureDatum(row, view, opacity(row))],
    };
  });
  return {
    ...baseOption(view, describeRows(title, [total, ...rows], lang)),
    legend: legend?.legend,
    grid: gridIn(frame, legend, { top: frame.gap, right: frame.gap }),
    xAxis: { type: 'value', max: total.value, show: false },
    yAxis: {
      type: 'category',
      data: [name],
      axisLabel: { color: colors.text, fontSize: font, lineHeight: lineHeight(font) },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series,
  };
}
