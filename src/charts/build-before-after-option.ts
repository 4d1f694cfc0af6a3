import type { BarSeriesOption } from 'echarts/charts';
import type { FigureRow } from '@/view-model/select-rows';
import { UI } from '@/i18n/strings';
import { barAxes, barsStandUp, sidewaysNameWidth } from './build-bar-option';
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
import { gridIn, legendBlock, widest, wrapLabels } from './layout';
import { textColors } from './palette';
import { must } from '@/lib/must';

export interface BeforeAfterInput {
  title: string;
  /** Pairs in order: [before, after, before, after, …]; each bar keeps its own figure's provenance. */
  rows: readonly FigureRow[];
  view: ChartView;
}

/**
 * The end of the 13th FYP (2020) beside the 14th FYP result, one pair of bars per indicator.
 * The pair stands up when both value labels fit side by side above it; otherwise the bars turn
 * sideways and each label sits at its own bar's end, so "至少5045家" never lies over "超6100家".
 */
export function buildBeforeAfterOption({ title, rows, view }: BeforeAfterInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  if (rows.length === 0 || rows.length % 2 !== 0) throw new Error(`a before/after chart needs pairs of figures, got ${rows.length}`);
  const { frame, lang } = view;
  const before = rows.filter((_, i) => i % 2 === 0);
  const after = rows.filter((_, i) => i % 2 === 1);
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const t = UI[lang];
  const font = frame.type.text;
  const valueFont = frame.type.value;
  const labels = after.map((r) => r.label);
  const sideways = !barsStandUp(
    labels,
    rows.map((r) => r.valueLabel),
    2,
    view,
  );
  const order = (items: FigureRow[]) => (sideways ? [...items].reverse() : items);
  const legend = legendBlock([t.baseline, t.result], frame, colors.text);
  const valueWidth = Math.ceil(
    widest(
      rows.map((r) => r.valueLabel),
      valueFont,
      frame,
    ),
  );
  const band = sideways ? (frame.plot.height - (legend?.height ?? 0)) / labels.length : (frame.plot.width - font * 4) / labels.length;
  const names = sideways
    ? wrapLabels(
        order(after).map((r) => r.label),
        sidewaysNameWidth(labels, view),
        font,
        frame,
        lang,
      ).labels
    : wrapLabels(labels, band - frame.gap, font, frame, lang).labels;
  // Upright pairs: the bars' centres (a bar and its 20% gap apart) are at least a value label's width apart.
  const clearOfLabels = sideways ? 0 : Math.ceil((valueWidth + frame.gap) / 1.2);
  const barWidth = Math.max(6, clearOfLabels, Math.round(Math.min(band * 0.3, sideways ? valueFont * 1.5 : valueFont * 4)));
  const series = (name: string, items: FigureRow[]): BarSeriesOption => ({
    type: 'bar',
    name,
    barWidth,
    barGap: '20%',
    label: {
      show: true,
      fontSize: valueFont,
      position: sideways ? 'right' : 'top',
      distance: Math.round(frame.gap / 2),
      color: colors.text,
      formatter: labelFromData,
    },
    data: order(items).map((row) => {
      const pair = must(after[items.indexOf(row)], `the result paired with ${row.id}`);
      return figureDatum(row, view, opacity(row), pair.label);
    }),
  });
  const { categoryAxis, valueAxis } = barAxes(names, rows, sideways, view);
  return {
    ...baseOption(view, describeRows(title, rows, lang)),
    legend: legend?.legend,
    grid: gridIn(
      frame,
      legend,
      sideways ? { right: valueWidth + frame.gap, top: frame.gap } : { top: lineHeight(valueFont) + lineHeight(frame.type.small) },
    ),
    xAxis: sideways ? valueAxis : categoryAxis,
    yAxis: sideways ? categoryAxis : valueAxis,
    series: [series(t.baseline, before), series(t.result, after)],
  };
}
