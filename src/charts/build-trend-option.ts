import type { FigureRow } from '@/view-model/select-rows';
import { formatMessage, UI } from '@/i18n/strings';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  assertOneBasis,
  assertOneUnit,
  baseOption,
  labelFromData,
  markOpacity,
  valueAxisText,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { gridIn, legendBlock, widest } from './layout';
import { PALETTE, cycledColor, textColors } from './palette';
import { rowTooltipHtml } from './tooltip';

/** A figure placed on the year axis; `partial` for part of a year (2022 H1), said beside the point. */
export interface TrendPoint {
  year: number;
  partial: boolean;
  row: FigureRow;
}

export interface TrendSeries {
  name: string;
  points: readonly TrendPoint[];
}

export interface TrendInput {
  title: string;
  /** The years on the axis, first and last. */
  from: number;
  to: number;
  series: readonly TrendSeries[];
  /** Plan targets, each a marked point in its target year, with its status in the legend. */
  targets?: readonly TrendPoint[];
  view: ChartView;
}

/** ECharts' "no value here": the line breaks instead of joining its neighbours. */
const GAP = '-';

function yearsOf(from: number, to: number): number[] {
  if (to < from) throw new Error(`a trend runs forwards, not from ${from} to ${to}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Each year's point, or a gap; a year twice in one series is an error, never an average. */
function byYear(name: string, points: readonly TrendPoint[], years: readonly number[]): (TrendPoint | undefined)[] {
  const found = new Map<number, TrendPoint>();
  for (const point of points) {
    if (!years.includes(point.year))
      throw new Error(`${point.row.id} (${point.year}) is outside the years ${years[0]}–${years[years.length - 1]} of "${name}"`);
    if (found.has(point.year))
      throw new Error(`"${name}" has two figures for ${point.year}: ${found.get(point.year)!.row.id} and ${point.row.id}`);
    found.set(point.year, point);
  }
  return years.map((year) => found.get(year));
}

export function yearLabel(year: number, lang: ChartView['lang']): string {
  return formatMessage(lang, 'year', { year: String(year) });
}

/** "GDP growth: 2020 1.5%; 2021 6.6%; 2022 no data; …" — the gaps said out loud. */
function describeTrend(
  title: string,
  series: readonly TrendSeries[],
  targets: readonly TrendPoint[],
  years: readonly number[],
  view: ChartView,
): string {
  const t = UI[view.lang];
  const parts = series.map((s) => {
    const found = byYear(s.name, s.points, years);
    const points = years
      .map((year, i) => {
        const p = found[i];
        return `${yearLabel(year, view.lang)} ${p ? p.row.valueText : t.noData}`;
      })
      .join(t.commaSep);
    return `${s.name}${t.colon}${points}`;
  });
  for (const target of targets) parts.push(targetName(target, view));
  return formatMessage(view.lang, 'description', { title, body: parts.join(t.listSep) });
}

/** "2025年目标 约5%:无法判定": the legend entry says the status in words. */
export function targetName(point: TrendPoint, view: ChartView): string {
  const status = point.row.status;
  if (!status) throw new Error(`target "${point.row.id}" has no status (is its result loaded?)`);
  return formatMessage(view.lang, 'targetLegend', { period: point.row.periodText, value: point.row.valueText, status: status.text });
}

/**
 * Where each point's label goes, so that labels keep clear of each other and of the axes:
 * - where two lines have a point in the same year, the higher value's label goes above its point
 *   and the lower one's below;
 * - a single line whose labels are a little wider than the space between years alternates above
 *   and below where the label above is always the higher point's, the first and last labels
 *   growing inwards from their points;
 * - where labels are much wider than that space (a narrow card), only each line's latest point
 *   is labelled: the others are in the tooltip and the table;
 * - a label is never put below a point near the axis (its year labels are there).
 */
export function labelPlacement(series: readonly TrendSeries[], years: readonly number[], view: ChartView) {
  const { frame } = view;
  const values = series.flatMap((s) => s.points.map((p) => p.row.value));
  const maxValue = Math.max(0, ...values);
  const minValue = Math.min(0, ...values);
  const labelWidth = widest(
    series.flatMap((s) => s.points.map((p) => p.row.valueLabel)),
    frame.type.value,
    frame,
  );
  // The value axis' labels and half a label's room at the right come off the plot's width.
  const band = (frame.plot.width - frame.type.text * 5 - labelWidth / 2) / Math.max(years.length, 1);
  const ratio = labelWidth / band;
  // Alternating sides works only where, of two neighbouring years, the label above belongs to the
  // higher point: otherwise the two labels meet between the points.
  const single = series.length === 1 ? series[0]!.points : [];
  const alternationFits = (parity: number) =>
    single.every((p) => {
      const next = single.find((q) => q.year === p.year + 1);
      if (!next) return true;
      const pAbove = (years.indexOf(p.year) + parity) % 2 === 0;
      return pAbove ? p.row.value >= next.row.value : p.row.value <= next.row.value;
    });
  const parity = alternationFits(0) ? 0 : alternationFits(1) ? 1 : -1;
  const alternate = series.length === 1 && ratio > 0.85 && ratio <= 1.3 && parity >= 0;
  const latestOnly = ratio > 0.85 && !alternate;
  return (seriesIndex: number, point: TrendPoint): { show: boolean; position: 'top' | 'bottom'; align?: 'left' | 'right' } => {
    const own = series[seriesIndex]!;
    const latest = Math.max(...own.points.map((p) => p.year));
    const sameYear = series.map((s) => s.points.find((p) => p.year === point.year)).filter((p): p is TrendPoint => !!p);
    const yearIndex = years.indexOf(point.year);
    let below = alternate && (yearIndex + parity) % 2 === 1;
    if (sameYear.length > 1) {
      const highest = Math.max(...sameYear.map((p) => p.row.value));
      // The highest value's label goes above; of equal highest values, the first line's.
      const firstHighest = series.findIndex((s) => s.points.some((p) => p.year === point.year && p.row.value === highest));
      below = point.row.value < highest || seriesIndex !== firstHighest;
    }
    if (below && point.row.value - minValue < (maxValue - minValue) * 0.15) below = false;
    const inwards = alternate || latestOnly;
    const align = inwards && yearIndex === 0 ? 'left' : inwards && yearIndex === years.length - 1 ? 'right' : undefined;
    return { show: !latestOnly || point.year === latest, position: below ? 'bottom' : 'top', ...(align ? { align } : {}) };
  };
}

/**
 * Yearly values as lines that break where no trustworthy figure exists: a missing year is a
 * gap, never a value joined across or interpolated. Points from reposted sources are hollow.
 */
export function buildTrendOption({ title, from, to, series, targets = [], view }: TrendInput): Option {
  const rows = [...series.flatMap((s) => s.points.map((p) => p.row)), ...targets.map((p) => p.row)];
  assertOneUnit(rows);
  assertOneBasis(rows);
  const years = yearsOf(from, to);
  const colors = textColors(view.scheme);
  const palette = PALETTE[view.scheme];
  const opacity = markOpacity(view, rows);
  const { frame } = view;
  const font = frame.type.text;
  const valueFont = frame.type.value;
  const diamond = Math.round(font * 1.5);
  const placement = labelPlacement(series, years, view);
  const point = (p: TrendPoint, seriesIndex = -1) => ({
    value: p.row.value,
    ...(seriesIndex >= 0 ? { label: placement(seriesIndex, p) } : {}),
    name: yearLabel(p.year, view.lang),
    id: p.row.id,
    labelText: p.partial
      ? formatMessage(view.lang, 'labelledPeriod', { value: p.row.valueLabel, period: p.row.periodText })
      : p.row.valueLabel,
    tooltip: rowTooltipHtml(p.row, view.lang),
    symbol: p.row.sourceRefs.some((s) => s.reposted) ? 'emptyCircle' : 'circle',
    itemStyle: { opacity: opacity(p.row) },
  });
  const lines: LineSeriesOption[] = series.map((s, i) => ({
    type: 'line',
    name: s.name,
    connectNulls: false,
    symbolSize: Math.round(font * 0.8),
    lineStyle: { width: Math.max(3, Math.round(font / 5)), color: cycledColor(palette, i) },
    itemStyle: { color: cycledColor(palette, i), borderWidth: 2 },
    // Clear of a target's diamond drawn on the same point; each point's side is set by `labelPlacement`.
    label: {
      show: true,
      position: 'top',
      distance: Math.round(diamond / 2) + 2,
      fontSize: valueFont,
      lineHeight: lineHeight(valueFont),
      color: colors.text,
      formatter: labelFromData,
    },
    labelLayout: { hideOverlap: true },
    data: byYear(s.name, s.points, years).map((p) => (p ? point(p, i) : GAP)),
  }));
  const marks: ScatterSeriesOption[] = targets.map((target) => {
    const name = targetName(target, view);
    const [placed] = byYear(name, [target], [target.year]);
    return {
      type: 'scatter',
      name,
      symbol: 'diamond',
      symbolSize: diamond,
      // Hollow, so the result's point and label in the same year show through.
      itemStyle: { color: 'transparent', borderColor: colors.text, borderWidth: 2 },
      z: 3,
      data: years.map((year) =>
        year === target.year
          ? {
              ...point(placed!),
              symbol: 'diamond',
              itemStyle: { color: 'transparent', borderColor: colors.text, borderWidth: 2, opacity: opacity(placed!.row) },
            }
          : GAP,
      ),
    };
  });
  const all = [...lines, ...marks];
  const halfLabel = Math.ceil(
    widest(
      rows.map((r) => r.valueLabel),
      valueFont,
      frame,
    ) / 2,
  );
  const legend = legendBlock(
    all.map((s) => String(s.name)),
    frame,
    colors.text,
  );
  const axisText = valueAxisText(rows, view.lang);
  return {
    ...baseOption(view, describeTrend(title, series, targets, years, view)),
    legend: legend?.legend,
    // Half the widest label beside the first and last years, so neither is cut at the frame's edge.
    grid: gridIn(frame, legend, { top: lineHeight(valueFont) + frame.gap, bottom: frame.gap, right: halfLabel }),
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: years.map((year) => yearLabel(year, view.lang)),
      axisLabel: { color: colors.text, fontSize: font, interval: 0, hideOverlap: true },
      // Year labels stay at the foot of the chart, below negative values too, not on the zero line.
      axisLine: { onZero: false, lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: axisText.name,
      nameGap: frame.gap + 2,
      nameTextStyle: { color: colors.muted, fontSize: frame.type.small, align: 'left' },
      axisLabel: { color: colors.muted, fontSize: font, formatter: axisText.formatter, hideOverlap: true },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: all,
  };
}
