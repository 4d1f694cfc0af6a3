import type { FigureRow } from '@/data/select-rows';
import { UI } from '@/i18n/strings';
import { assertOneBasis, assertOneUnit, axisLabelFormatter, baseOption, describeRows, labelFromData, markOpacity, fs, type ChartView, type Option, figureDatum } from './chart-view';
import { textColors } from './palette';

export interface BeforeAfterInput {
  title: string;
  /** Pairs in order: [before, after, before, after, …]; each bar keeps its own figure's provenance. */
  rows: readonly FigureRow[];
  view: ChartView;
}

/** The end of the 13th FYP (2020) beside the 14th FYP result, one pair of bars per indicator. */
export function buildBeforeAfterOption({ title, rows, view }: BeforeAfterInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  if (rows.length === 0 || rows.length % 2 !== 0) throw new Error(`a before/after chart needs pairs of figures, got ${rows.length}`);
  const before = rows.filter((_, i) => i % 2 === 0);
  const after = rows.filter((_, i) => i % 2 === 1);
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const t = UI[view.lang];
  const legendBelow = view.compact;
  const series = (name: string, items: FigureRow[]) => ({
    type: 'bar',
    name,
    barMaxWidth: fs(view, 40),
    label: { show: true, fontSize: fs(view, 12), position: 'top', color: colors.text, formatter: labelFromData },
    data: items.map((row, i) => figureDatum(row, view, opacity(row), after[i].label)),
  });
  return {
    ...baseOption(view, describeRows(title, rows, view.lang)),
    legend: { [legendBelow ? 'bottom' : 'top']: 0, textStyle: { color: colors.text, fontSize: fs(view, 12) }, data: [t.baseline, t.result] },
    grid: { left: 8, right: 16, top: legendBelow ? 28 : 40, bottom: legendBelow ? 36 : 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: after.map((r) => r.label),
      axisLabel: { color: colors.text, fontSize: fs(view, 12), interval: 0, width: 120, overflow: 'break' },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: rows[0].unitText,
      nameTextStyle: { color: colors.muted, fontSize: fs(view, 12) },
      axisLabel: { color: colors.muted, fontSize: fs(view, 12), formatter: axisLabelFormatter[view.lang] },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: [series(t.baseline, before), series(t.result, after)],
  };
}
