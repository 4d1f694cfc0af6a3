import type {
  BarSeriesOption,
  GaugeSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  ScatterSeriesOption,
  TreemapSeriesOption,
} from 'echarts/charts';
import type {
  AriaComponentOption,
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { FigureRow } from '@/view-model/select-rows';
import { UNITS } from '@/data/units';
import type { Lang } from '@/i18n/lang';
import { formatMessage, UI } from '@/i18n/strings';
import { axisNumberFormatter, axisUnitLabel, formatAxisNumber } from '@/i18n/format';
import type { Frame } from './frame';
import { PALETTE, textColors, type ColorScheme } from './palette';
import { rowTooltipHtml, tooltipFormatter } from './tooltip';

/** What every builder needs to know about how the chart is shown. */
export interface ChartView {
  lang: Lang;
  scheme: ColorScheme;
  animation: boolean;
  /** Figures highlighted by cross-filtering; other marks in a chart that has one are dimmed. */
  highlight?: ReadonlySet<string>;
  /** Fill marks with patterns as well as colours. */
  patterns?: boolean;
  /** Where the chart is drawn: its size, type scale and legend placement. */
  frame: Frame;
}

/** How charts are shown everywhere on a page; each chart adds the frame it is drawn into. */
export type ViewSettings = Omit<ChartView, 'frame'>;

/** Every option a builder returns, typed by the parts registered in `echarts.ts` (and the export's title and graphic). */
export type Option = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | TreemapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
  | TitleComponentOption
  | GraphicComponentOption
>;

/** Stable per-language formatters: echarts-for-react compares functions by reference. */
export const axisLabelFormatter = {
  zh: (value: number) => formatAxisNumber(value, 'zh'),
  en: (value: number) => formatAxisNumber(value, 'en'),
} as const;

/** What a value axis says: one unit, and ticks all in one form. */
export function valueAxisText(rows: readonly FigureRow[], lang: Lang): { name: string; formatter: (value: number) => string } {
  const first = rows[0];
  if (!first) return { name: '', formatter: axisLabelFormatter[lang] };
  const maxAbs = Math.max(...rows.map((r) => Math.abs(r.value)));
  return { name: axisUnitLabel(first.unit, lang, maxAbs), formatter: axisNumberFormatter(lang, maxAbs, first.unit) };
}

export function labelFromData(params: unknown): string {
  return (params as { data?: { labelText?: string } }).data?.labelText ?? '';
}

/**
 * The app's font stack, with single quotes: ECharts writes it unescaped into a double-quoted SVG
 * attribute, where a double quote would end the attribute.
 */
export const CHART_FONT = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export function baseOption(view: ChartView, description: string): Option {
  const colors = textColors(view.scheme);
  return {
    color: PALETTE[view.scheme],
    backgroundColor: colors.background,
    animation: view.animation,
    textStyle: { color: colors.text, fontSize: view.frame.type.text, fontFamily: CHART_FONT },
    aria: { enabled: true, label: { description }, decal: { show: view.patterns ?? false } },
    tooltip: { trigger: 'item', formatter: tooltipFormatter, confine: true, appendToBody: false },
  };
}

/** All rows of one chart must share a unit: a chart never puts different units on one axis. */
export function assertOneUnit(rows: readonly FigureRow[]): void {
  const units = new Set(rows.map((r) => r.unit));
  if (units.size > 1) throw new Error(`one chart cannot mix units (${[...units].join(', ')}): ${rows.map((r) => r.id).join(', ')}`);
}

/**
 * All rows of one chart must share a basis: a share of gross output, a share of value added, a
 * growth rate and a fall are all "%", yet never comparable on one axis. Rows without a basis
 * count as one basis of their own, so a tagged figure cannot slip in among untagged ones.
 */
export function assertOneBasis(rows: readonly FigureRow[]): void {
  const bases = new Set(rows.map((r) => r.basis ?? 'unspecified'));
  if (bases.size > 1) throw new Error(`one chart cannot mix bases (${[...bases].join(', ')}): ${rows.map((r) => r.id).join(', ')}`);
}

/**
 * Targets and results may be stated in different measure words (突破500个, 528家): both plain
 * counts on one scale. Anything else must share its unit's dimension and power of ten.
 */
export function assertOneScale(rows: readonly FigureRow[]): void {
  const scales = new Set(rows.map((r) => `${UNITS[r.unit].dimension}×10^${UNITS[r.unit].exp}`));
  if (scales.size > 1) throw new Error(`one chart cannot mix scales (${[...scales].join(', ')}): ${rows.map((r) => r.id).join(', ')}`);
}

/** A plain-language description of the data for screen readers (ECharts aria). */
export function describeRows(title: string, rows: readonly FigureRow[], lang: Lang): string {
  const body = rows.map((r) => `${r.label} ${r.valueText}`).join(UI[lang].listSep);
  return formatMessage(lang, 'description', { title, body });
}

/**
 * The opacity of each mark: when the chart holds a highlighted figure, the others fade.
 * A chart with none of them is left as it is.
 */
export function markOpacity(view: ChartView, rows: readonly FigureRow[]): (row: FigureRow) => number {
  const highlight = view.highlight;
  if (!highlight || !rows.some((r) => highlight.has(r.id))) return () => 1;
  return (row) => (highlight.has(row.id) ? 1 : 0.25);
}

/**
 * One mark's data item: its value, the figure id (cross-filtering reads it), the stated value as
 * its label and the escaped tooltip. `name` is the category it is drawn under (default: its label).
 */
export function figureDatum(row: FigureRow, view: ChartView, opacity = 1, name = row.label) {
  return { value: row.value, name, id: row.id, labelText: row.valueLabel, tooltip: rowTooltipHtml(row, view.lang), itemStyle: { opacity } };
}
