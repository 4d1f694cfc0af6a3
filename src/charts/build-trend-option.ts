import type { FigureRow } from '@/data/select-rows';
import { UI } from '@/i18n/strings';
import { assertOneBasis, assertOneUnit, axisLabelFormatter, baseOption, fs, labelFromData, markOpacity, type ChartView, type Option } from './chart-view';
import { PALETTE, textColors } from './palette';
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
    if (!years.includes(point.year)) throw new Error(`${point.row.id} (${point.year}) is outside the years ${years[0]}–${years[years.length - 1]} of "${name}"`);
    if (found.has(point.year)) throw new Error(`"${name}" has two figures for ${point.year}: ${found.get(point.year)!.row.id} and ${point.row.id}`);
    found.set(point.year, point);
  }
  return years.map((year) => found.get(year));
}

export function yearLabel(year: number, lang: ChartView['lang']): string {
  return lang === 'zh' ? `${year}年` : String(year);
}

/** "GDP growth: 2020 1.5%; 2021 6.6%; 2022 no data; …" — the gaps said out loud. */
function describeTrend(title: string, series: readonly TrendSeries[], targets: readonly TrendPoint[], years: readonly number[], view: ChartView): string {
  const t = UI[view.lang];
  const zh = view.lang === 'zh';
  const parts = series.map((s) => {
    const points = byYear(s.name, s.points, years)
      .map((p, i) => `${yearLabel(years[i], view.lang)} ${p ? p.row.valueText : t.noData}`)
      .join(zh ? ',' : ', ');
    return `${s.name}${zh ? ':' : ': '}${points}`;
  });
  for (const target of targets) parts.push(targetName(target, view));
  return zh ? `${title}。${parts.join(';')}。` : `${title}. ${parts.join('; ')}.`;
}

/** "2025年目标 约5%:无法判定": the legend entry says the status in words. */
export function targetName(point: TrendPoint, view: ChartView): string {
  const status = point.row.status;
  if (!status) throw new Error(`target "${point.row.id}" has no status (is its result loaded?)`);
  return view.lang === 'zh' ? `${point.row.periodText} ${point.row.valueText}:${status.text}` : `${point.row.periodText}: ${point.row.valueText}, ${status.text}`;
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
  // The first and last years' labels grow inwards, so a long value ("14083.73亿元") is not cut off.
  const labelAlign = (year: number) => (year === from ? { align: 'left' } : year === to ? { align: 'right' } : {});
  const point = (p: TrendPoint) => ({
    value: p.row.value,
    name: yearLabel(p.year, view.lang),
    id: p.row.id,
    labelText: p.partial ? `${p.row.valueText}\n(${p.row.periodText})` : p.row.valueText,
    tooltip: rowTooltipHtml(p.row, view.lang),
    symbol: p.row.sourceRefs.some((s) => s.reposted) ? 'emptyCircle' : 'circle',
    itemStyle: { opacity: opacity(p.row) },
    label: labelAlign(p.year),
  });
  const lines = series.map((s, i) => ({
    type: 'line',
    name: s.name,
    connectNulls: false,
    symbolSize: fs(view, 10),
    lineStyle: { width: 3, color: palette[i % palette.length] },
    itemStyle: { color: palette[i % palette.length], borderWidth: 2 },
    label: { show: true, position: 'top', fontSize: fs(view, 12), color: colors.text, formatter: labelFromData },
    data: byYear(s.name, s.points, years).map((p) => (p ? point(p) : GAP)),
  }));
  const marks = targets.map((target) => {
    const name = targetName(target, view);
    const [placed] = byYear(name, [target], [target.year]);
    return {
      type: 'scatter',
      name,
      symbol: 'diamond',
      symbolSize: fs(view, 18),
      // Hollow, so the result's point and label in the same year show through.
      itemStyle: { color: 'transparent', borderColor: colors.text, borderWidth: 2 },
      z: 3,
      data: years.map((year) => (year === target.year ? { ...point(placed!), symbol: 'diamond', itemStyle: { color: 'transparent', borderColor: colors.text, borderWidth: 2, opacity: opacity(placed!.row) } } : GAP)),
    };
  });
  const all = [...lines, ...marks];
  return {
    ...baseOption(view, describeTrend(title, series, targets, years, view)),
    legend: { [view.compact ? 'bottom' : 'top']: 0, textStyle: { color: colors.text, fontSize: fs(view, 12) }, data: all.map((s) => s.name) },
    grid: { left: 8, right: 24, top: view.compact ? 28 : 48, bottom: view.compact ? 48 : 8, containLabel: true },
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: years.map((year) => yearLabel(year, view.lang)),
      axisLabel: { color: colors.text, fontSize: fs(view, 12), interval: 0 },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      name: rows[0]?.unitText ?? '',
      nameTextStyle: { color: colors.muted, fontSize: fs(view, 12) },
      axisLabel: { color: colors.muted, fontSize: fs(view, 12), formatter: axisLabelFormatter[view.lang] },
      splitLine: { lineStyle: { color: colors.split } },
    },
    series: all,
  };
}
