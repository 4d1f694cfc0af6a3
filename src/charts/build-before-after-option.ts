import type { FigureRow } from '@/data/select-rows';
import { UI } from '@/i18n/strings';
import { assertOneUnit, axisLabelFormatter, baseOption, describeRows, labelFromData, type ChartView, type Option } from './chart-view';
import { textColors } from './palette';
import { rowTooltipHtml } from './tooltip';

export interface BeforeAfterInput {
  title: string;
  rows: readonly FigureRow[];
  view: ChartView;
}

/** The end of the 13th FYP (2020) beside the 14th FYP result, for figures whose source gives both. */
export function buildBeforeAfterOption({ title, rows, view }: BeforeAfterInput): Option {
  assertOneUnit(rows);
  const missing = rows.filter((r) => !r.baseline);
  if (missing.length) throw new Error(`a before/after chart needs a baseline for every figure: ${missing.map((r) => r.id).join(', ')}`);
  const colors = textColors(view.scheme);
  const t = UI[view.lang];
  const legendBelow = view.compact;
  return {
    ...baseOption(view, describeRows(title, rows, view.lang)),
    legend: {
      [legendBelow ? 'bottom' : 'top']: 0,
      textStyle: { color: colors.text },
      data: [t.baseline, t.result],
    },
    grid: { left: 8, right: 16, top: legendBelow ? 28 : 40, bottom: legendBelow ? 36 : 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { color: colors.text, interval: 0, width: 120, overflow: 'break' },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: rows[0]?.unitText ?? '',
      nameTextStyle: { color: colors.muted },
      axisLabel: { color: colors.muted, formatter: axisLabelFormatter[view.lang] },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: [
      {
        type: 'bar',
        name: t.baseline,
        barMaxWidth: 40,
        label: { show: true, position: 'top', color: colors.text, formatter: labelFromData },
        data: rows.map((row) => ({
          value: row.baseline!.value,
          name: row.label,
          id: `${row.id}#baseline`,
          labelText: row.baseline!.valueText,
          tooltip: rowTooltipHtml(row, view.lang, row.baseline!),
        })),
      },
      {
        type: 'bar',
        name: t.result,
        barMaxWidth: 40,
        label: { show: true, position: 'top', color: colors.text, formatter: labelFromData },
        data: rows.map((row) => ({
          value: row.value,
          name: row.label,
          id: row.id,
          labelText: row.valueText,
          tooltip: rowTooltipHtml(row, view.lang),
        })),
      },
    ],
  };
}
