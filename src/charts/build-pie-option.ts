import type { PieSeriesOption } from 'echarts/charts';
import type { FigureRow } from '@/view-model/select-rows';
import { UI } from '@/i18n/strings';
import {
  assertOneBasis,
  assertOneUnit,
  baseOption,
  describeRows,
  figureDatum,
  markOpacity,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { widest } from './layout';
import { textColors } from './palette';

export interface PieInput {
  title: string;
  rows: readonly FigureRow[];
  /** The whole the parts make up, written in the middle of the ring. */
  total?: FigureRow;
  view: ChartView;
}

/** A part's share of the whole, to one decimal ("23.8%"): what the ring shows as angles, in words. */
export function shareText(value: number, total: number): string {
  if (total <= 0) return '';
  return `${(Math.round((value / total) * 1000) / 10).toFixed(1)}%`;
}

function pieLabel(params: unknown): string {
  return (params as { data?: { pieLabel?: string } }).data?.pieLabel ?? '';
}

/**
 * Parts of one whole (a breakdown that sums to its total), as a donut centred in its frame,
 * largest first: each part named with its value and share beside the ring, the total in the middle.
 */
export function buildPieOption({ title, rows, total, view }: PieInput): Option {
  assertOneUnit(rows);
  assertOneBasis(rows);
  const { frame } = view;
  const ordered = [...rows].sort((a, b) => b.value - a.value);
  const colors = textColors(view.scheme);
  const opacity = markOpacity(view, rows);
  const sum = ordered.reduce((s, r) => s + r.value, 0);
  const font = frame.type.text;
  const labels = ordered.map((row) => `${row.label}\n${row.valueLabel} · ${shareText(row.value, sum)}`);
  // Labels sit outside the ring: the ring keeps what the widest label leaves on each side.
  const labelWidth = Math.ceil(widest(labels, font, frame)) + frame.gap * 3;
  const { plot } = frame;
  const outer = Math.max(24, Math.floor(Math.min(plot.height / 2 - lineHeight(font) * 1.2, plot.width / 2 - labelWidth)));
  const inner = Math.round(outer * 0.58);
  const centre: [number, number] = [plot.x + plot.width / 2, plot.y + plot.height / 2];
  const ring: PieSeriesOption = {
    type: 'pie',
    name: title,
    radius: [inner, outer],
    center: centre,
    avoidLabelOverlap: true,
    label: { show: true, fontSize: font, lineHeight: lineHeight(font), color: colors.text, formatter: pieLabel },
    labelLine: { length: Math.round(frame.gap * 1.5), length2: frame.gap, lineStyle: { color: colors.axis } },
    labelLayout: { hideOverlap: false },
    data: ordered.map((row, i) => ({ ...figureDatum(row, view, opacity(row)), pieLabel: labels[i] })),
  };
  const series: PieSeriesOption[] = [ring];
  if (total) {
    series.push({
      type: 'pie',
      name: UI[view.lang].total,
      silent: true,
      radius: [0, Math.max(0, inner - frame.gap)],
      center: centre,
      tooltip: { show: false },
      itemStyle: { color: 'transparent' },
      label: {
        show: true,
        position: 'center',
        formatter: `{name|${UI[view.lang].total}}\n{value|${total.valueLabel.replace(/[{}|]/g, '')}}`,
        rich: {
          value: { fontSize: frame.type.value, fontWeight: 'bold', color: colors.text, lineHeight: lineHeight(frame.type.value) },
          name: { fontSize: frame.type.small, color: colors.muted, lineHeight: lineHeight(frame.type.small) },
        },
      },
      labelLine: { show: false },
      data: [{ value: 1, name: UI[view.lang].total }],
    });
  }
  return {
    ...baseOption(view, describeRows(title, ordered, view.lang)),
    series,
  };
}
