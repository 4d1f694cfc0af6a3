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
  valueAxisText,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { gridIn, widest, wrapLabels } from './layout';
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

/** Most lines a category name may take under a vertical bar before the bars turn sideways. */
const MAX_VERTICAL_LINES = 3;

/**
 * Vertical bars when every name fits under its bar (whole words, at most three lines) and every
 * value label fits above it; otherwise sideways bars, names to the left and values to the right.
 */
export function barsStandUp(labels: readonly string[], valueTexts: readonly string[], perCategory: number, view: ChartView): boolean {
  const { frame, lang } = view;
  const band = (frame.plot.width - frame.type.text * 4) / Math.max(labels.length, 1);
  const names = wrapLabels(labels, band - frame.gap, frame.type.text, frame, lang);
  const valueWidth = widest(valueTexts, frame.type.value, frame);
  // Each value label, centred on its bar, keeps clear of its neighbours' (bars of a pair stand 1.2 bar widths apart).
  return names.fits && names.lines <= MAX_VERTICAL_LINES && (valueWidth + frame.gap) * perCategory * 1.1 <= band * 0.9;
}

/** Widest a value label beside sideways bars may be before it wraps: three tenths of the plot. */
export function sidewaysValueWidth(view: ChartView): number {
  return Math.round(view.frame.plot.width * 0.3);
}

/** Width of the name column of sideways bars: the longest name, at most two fifths of the plot. */
export function sidewaysNameWidth(labels: readonly string[], view: ChartView): number {
  const { frame } = view;
  return Math.min(Math.ceil(widest(labels, frame.type.text, frame)) + 2, Math.round(frame.plot.width * 0.4));
}

/**
 * The two axes of a bar chart, upright or sideways: category names as wrapped, and a value axis
 * from zero with one unit, stated where it cannot be cut off.
 */
export function barAxes(names: readonly string[], rows: readonly FigureRow[], sideways: boolean, view: ChartView) {
  const { frame } = view;
  const font = frame.type.text;
  const colors = textColors(view.scheme);
  const axisText = valueAxisText(rows, view.lang);
  const categoryAxis = {
    type: 'category' as const,
    data: [...names],
    axisLabel: { color: colors.text, fontSize: font, lineHeight: lineHeight(font), interval: 0 },
    axisLine: { lineStyle: { color: colors.axis } },
    axisTick: { show: false },
  };
  const valueAxis = {
    type: 'value' as const,
    // Bars start at zero: a bar's length is its value.
    min: Math.min(0, ...rows.map((r) => r.value)),
    name: axisText.name,
    nameLocation: sideways ? ('middle' as const) : ('end' as const),
    nameGap: sideways ? font + frame.gap * 2 : frame.gap + 2,
    nameTextStyle: { color: colors.muted, fontSize: frame.type.small, align: sideways ? ('center' as const) : ('left' as const) },
    axisLabel: { color: colors.muted, fontSize: font, formatter: axisText.formatter, hideOverlap: true },
    splitLine: { lineStyle: { color: colors.split } },
  };
  return { categoryAxis, valueAxis };
}

/** Compares figures that share a unit, one bar each, labelled with the value as stated ("超1.4万P"). */
export function buildBarOption({ title, rows, view, horizontal = false, sort = false }: BarInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const { frame, lang } = view;
  const ordered = sort ? [...rows].sort((a, b) => b.value - a.value) : [...rows];
  const sideways =
    horizontal ||
    !barsStandUp(
      ordered.map((r) => r.label),
      ordered.map((r) => r.valueLabel),
      1,
      view,
    );
  // Sideways bars read top-down: ECharts draws the first category at the bottom.
  const drawn = sideways ? [...ordered].reverse() : ordered;
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const font = frame.type.text;
  const valueFont = frame.type.value;
  // Beside sideways bars, a value label wider than its column ("more than 14,000 PFLOPS" on a
  // phone) wraps between words, so the bars keep the width they need to be compared.
  const valueTexts = sideways
    ? wrapLabels(
        drawn.map((r) => r.valueLabel),
        sidewaysValueWidth(view),
        valueFont,
        frame,
        lang,
      ).labels
    : drawn.map((r) => r.valueLabel);
  const valueWidth = Math.ceil(
    widest(
      valueTexts.flatMap((text) => text.split('\n')),
      valueFont,
      frame,
    ),
  );

  let names: string[];
  if (sideways) {
    names = wrapLabels(
      drawn.map((r) => r.label),
      sidewaysNameWidth(
        drawn.map((r) => r.label),
        view,
      ),
      font,
      frame,
      lang,
    ).labels;
  } else {
    const band = (frame.plot.width - font * 4) / Math.max(drawn.length, 1);
    names = wrapLabels(
      drawn.map((r) => r.label),
      band - frame.gap,
      font,
      frame,
      lang,
    ).labels;
  }
  const { categoryAxis, valueAxis } = barAxes(names, rows, sideways, view);
  const categories = Math.max(drawn.length, 1);
  const plotSpan = sideways ? frame.plot.height : frame.plot.width;
  const series: BarSeriesOption = {
    type: 'bar',
    name: title,
    // Bars fill about half their band, whatever the number of categories and the size of the frame.
    barWidth: Math.max(
      6,
      Math.round(Math.min((plotSpan / categories) * 0.55, sideways ? valueFont * 1.6 : Math.max(valueFont * 5, plotSpan * 0.08))),
    ),
    label: {
      show: true,
      fontSize: valueFont,
      position: sideways ? 'right' : 'top',
      distance: Math.round(frame.gap / 2),
      color: colors.text,
      formatter: labelFromData,
    },
    data: drawn.map((row, i) => ({ ...figureDatum(row, view, opacity(row)), labelText: valueTexts[i] ?? row.valueLabel })),
  };
  return {
    ...baseOption(view, describeRows(title, ordered, lang)),
    grid: gridIn(
      frame,
      undefined,
      sideways ? { right: valueWidth + frame.gap, top: frame.gap } : { top: lineHeight(valueFont) + lineHeight(frame.type.small) },
    ),
    xAxis: sideways ? valueAxis : categoryAxis,
    yAxis: sideways ? categoryAxis : valueAxis,
    series: [series],
  };
}
