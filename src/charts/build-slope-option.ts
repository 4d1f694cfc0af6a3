import type { FigureRow } from '@/data/select-rows';
import { UI } from '@/i18n/strings';
import { assertOneBasis, assertOneUnit, axisLabelFormatter, baseOption, describeRows, labelFromData, fs, type ChartView, type Option, figureDatum } from './chart-view';
import { PALETTE, textColors } from './palette';

export interface SlopeInput {
  title: string;
  /** [before, after]: one indicator at the end of the 13th FYP and now. */
  rows: readonly FigureRow[];
  view: ChartView;
}

/**
 * How one share moved from the end of the 13th FYP to now, as a line from 0 upwards so the
 * change is shown at its true size. Each point is labelled with its own period.
 */
export function buildSlopeOption({ title, rows, view }: SlopeInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  if (rows.length !== 2) throw new Error(`a slope chart joins two figures, got ${rows.length}`);
  const colors = textColors(view.scheme);
  const t = UI[view.lang];
  const [before, after] = rows;
  return {
    ...baseOption(view, describeRows(title, rows, view.lang)),
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: [`${t.baseline}\n${before.periodText}`, `${t.latest}\n${after.periodText}`],
      axisLabel: { color: colors.text, fontSize: fs(view, 12), interval: 0 },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      name: before.unitText,
      nameTextStyle: { color: colors.muted, fontSize: fs(view, 12) },
      axisLabel: { color: colors.muted, fontSize: fs(view, 12), formatter: axisLabelFormatter[view.lang] },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: [
      {
        type: 'line',
        name: title,
        symbolSize: fs(view, 12),
        lineStyle: { width: 3, color: PALETTE[view.scheme][0] },
        itemStyle: { color: PALETTE[view.scheme][0] },
        label: { show: true, fontSize: fs(view, 12), position: 'top', color: colors.text, fontWeight: 'bold', formatter: labelFromData },
        data: rows.map((row) => figureDatum(row, view)),
      },
    ],
  };
}
