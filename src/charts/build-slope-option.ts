import type { FigureRow } from '@/view-model/select-rows';
import { UI } from '@/i18n/strings';
import {
  assertOneBasis,
  assertOneUnit,
  baseOption,
  describeRows,
  figureDatum,
  labelFromData,
  valueAxisText,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { gridIn, widest } from './layout';
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
  const [before, after, ...extra] = rows;
  if (!before || !after || extra.length > 0) throw new Error(`a slope chart joins two figures, got ${rows.length}`);
  const colors = textColors(view.scheme);
  const t = UI[view.lang];
  const { frame } = view;
  const font = frame.type.text;
  const valueFont = frame.type.value;
  const axisText = valueAxisText(rows, view.lang);
  // Half a value label reaches past each end point.
  const half = Math.ceil(
    widest(
      rows.map((r) => r.valueLabel),
      valueFont,
      frame,
    ) / 2,
  );
  return {
    ...baseOption(view, describeRows(title, rows, view.lang)),
    grid: gridIn(frame, undefined, { top: lineHeight(valueFont) + lineHeight(frame.type.small), right: half }),
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: [`${t.baseline}\n${before.periodText}`, `${t.latest}\n${after.periodText}`],
      axisLabel: { color: colors.text, fontSize: font, lineHeight: lineHeight(font), interval: 0 },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      name: axisText.name,
      nameGap: frame.gap + 2,
      nameTextStyle: { color: colors.muted, fontSize: frame.type.small, align: 'left' },
      axisLabel: { color: colors.muted, fontSize: font, formatter: axisText.formatter, hideOverlap: true },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: [
      {
        type: 'line',
        name: title,
        symbolSize: Math.round(font * 0.9),
        lineStyle: { width: Math.max(3, Math.round(font / 5)), color: PALETTE[view.scheme][0] },
        itemStyle: { color: PALETTE[view.scheme][0] },
        label: { show: true, fontSize: valueFont, position: 'top', color: colors.text, fontWeight: 'bold', formatter: labelFromData },
        data: rows.map((row) => figureDatum(row, view)),
      },
    ],
  };
}
