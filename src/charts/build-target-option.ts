import { STATUS_MARK } from '@/view-model/figure-texts';
import type { FigureRow, StatusView } from '@/view-model/select-rows';
import type { TargetStatus } from '@/data/target-status';
import { formatMessage, joinWords, UI } from '@/i18n/strings';
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  assertOneBasis,
  assertOneScale,
  baseOption,
  labelFromData,
  markOpacity,
  valueAxisText,
  type ChartView,
  type Option,
} from './chart-view';
import { lineHeight } from './frame';
import { gridIn, legendBlock, widest, wrapTo } from './layout';
import { PALETTE, textColors } from './palette';
import { must } from '@/lib/must';
import { rowTooltipHtml } from './tooltip';

/** One plan target, the result judged against it, and results at other scopes shown beside it. */
export interface TargetItem {
  target: FigureRow;
  result?: FigureRow;
  /** At most one: a result at another scope (the Data Bureau's 400 beside the 528), never judged. */
  other?: FigureRow;
}

export interface TargetInput {
  title: string;
  items: readonly TargetItem[];
  view: ChartView;
}

const RICH_STYLE: Record<TargetStatus, string> = { met: 'met', 'not-met': 'notMet', undetermined: 'undetermined', 'no-result': 'noResult' };

/** Braces and bars structure ECharts rich text: in a label taken from data they are shown, not parsed. */
function richSafe(text: string): string {
  return text.replace(/[{}|]/g, (ch) => ({ '{': '｛', '}': '｝', '|': '｜' })[ch]!);
}

function statusOf(item: TargetItem): StatusView {
  if (!item.target.status) throw new Error(`target "${item.target.id}" has no status (is its result loaded?)`);
  return item.target.status;
}

/**
 * The lines beside a row, as [rich-text style, text]: its name; the target and the result as
 * stated; the status as a symbol and words (never colour alone). The result is written out here
 * rather than at its bar's end, where the target tick would cross it.
 */
export function targetRowLines(item: TargetItem, view: ChartView): [style: string, text: string][] {
  const t = UI[view.lang];
  const status = statusOf(item);
  return [
    ['name', item.target.label],
    [
      'detail',
      `${joinWords(view.lang, t.target, item.target.valueText)} · ${joinWords(view.lang, t.targetResult, item.result?.valueText ?? '—')}`,
    ],
    [RICH_STYLE[status.code], `${STATUS_MARK[status.code]} ${status.text}`],
  ];
}

/** "400家(口径不同)"; on a phone just the value, the legend saying what the grey bar is. */
function otherLabel(row: FigureRow, view: ChartView): string {
  if (view.frame.kind === 'phone') return row.valueLabel;
  const t = UI[view.lang];
  return formatMessage(view.lang, 'parenthetical', { text: row.valueLabel, note: t.otherScopeShort });
}

function describeTargets(title: string, items: readonly TargetItem[], view: ChartView): string {
  const t = UI[view.lang];
  const body = items.map((item) => {
    const parts = [joinWords(view.lang, t.target, item.target.valueText)];
    if (item.result) parts.push(joinWords(view.lang, t.targetResult, item.result.valueText));
    if (item.other) parts.push(joinWords(view.lang, t.otherScopeShort, item.other.valueText));
    parts.push(statusOf(item).text);
    return `${item.target.label}${t.colon}${parts.join(t.commaSep)}`;
  });
  return formatMessage(view.lang, 'description', { title, body: body.join(t.listSep) });
}

/**
 * Targets against results, one row per target (a bullet chart): the result as a bar, the target
 * as a tick across it, a result at another scope as a grey bar below, and the status in words
 * beside each row's name. Every row shares one scale and one basis.
 */
export function buildTargetOption({ title, items, view }: TargetInput): Option {
  const rows = items.flatMap((item) => [item.target, ...(item.result ? [item.result] : []), ...(item.other ? [item.other] : [])]);
  assertOneScale(rows);
  assertOneBasis(rows);
  items.forEach(statusOf);
  const t = UI[view.lang];
  const { frame } = view;
  const colors = textColors(view.scheme);
  const palette = PALETTE[view.scheme];
  const opacity = markOpacity(view, rows);
  // ECharts draws the first category at the bottom; the first target reads at the top.
  const drawn = [...items].reverse();
  const statusColor: Record<TargetStatus, string> = {
    met: palette[2],
    'not-met': palette[1],
    undetermined: palette[4],
    'no-result': colors.muted,
  };
  const labelFont = frame.type.text;
  const labelLine = lineHeight(labelFont);
  const valueFont = frame.type.value;
  const hasOther = items.some((item) => item.other);
  const layout = targetLayout(items, view);
  const barWidth = layout.barWidth;
  // With a second bar the result bar sits above the row's centre: the tick marks that bar only,
  // since a result at another scope is not judged against the target.
  const resultOffset = hasOther ? -(barWidth * 1.3) / 2 : 0;
  const bar = (row: FigureRow, labelText: string) => ({
    value: row.value,
    name: row.label,
    id: row.id,
    labelText,
    tooltip: rowTooltipHtml(row, view.lang),
    itemStyle: { opacity: opacity(row) },
  });
  const axisText = valueAxisText(rows, view.lang);

  const series: (BarSeriesOption | ScatterSeriesOption)[] = [
    {
      type: 'bar',
      name: t.targetResult,
      barWidth,
      barGap: '30%',
      itemStyle: { color: palette[0] },
      data: drawn.map((item) => (item.result ? bar(item.result, item.result.valueLabel) : '-')),
    },
  ];
  if (hasOther)
    series.push({
      type: 'bar',
      name: t.otherScope,
      barWidth,
      label: { show: true, position: 'right', fontSize: valueFont, color: colors.muted, formatter: labelFromData },
      // A light grey, so the bar is not mistaken for the dark target tick.
      itemStyle: { color: view.scheme === 'dark' ? '#64748b' : '#a3acb9' },
      data: drawn.map((item) => (item.other ? bar(item.other, otherLabel(item.other, view)) : '-')),
    });
  series.push({
    type: 'scatter',
    name: t.target,
    symbol: 'rect',
    symbolSize: [Math.max(3, Math.round(labelFont / 3)), barWidth + Math.round(labelFont * 0.7)],
    symbolOffset: [0, resultOffset],
    itemStyle: { color: colors.text },
    z: 3,
    data: drawn.map((item, index) => ({
      value: [item.target.value, index],
      name: item.target.label,
      id: item.target.id,
      labelText: `${t.target} ${item.target.valueText}`,
      tooltip: rowTooltipHtml(item.target, view.lang),
      itemStyle: { opacity: opacity(item.target) },
    })),
  });

  const rich = Object.fromEntries(
    (Object.keys(RICH_STYLE) as TargetStatus[]).map((code) => [
      RICH_STYLE[code],
      { color: statusColor[code], fontWeight: 'bold' as const, fontSize: labelFont, lineHeight: labelLine },
    ]),
  );
  const legend = legendBlock(
    series.map((s) => String(s.name)),
    frame,
    colors.text,
  );
  const otherWidth = hasOther
    ? Math.ceil(
        widest(
          items.flatMap((item) => (item.other ? [otherLabel(item.other, view)] : [])),
          valueFont,
          frame,
        ),
      ) + frame.gap
    : frame.gap * 2;
  return {
    ...baseOption(view, describeTargets(title, items, view)),
    legend: legend?.legend,
    grid: gridIn(frame, legend, { right: otherWidth, top: frame.gap }),
    xAxis: {
      type: 'value',
      min: 0,
      name: axisText.name,
      // Below the axis, centred: a unit at the axis' end would be cut at the frame's edge.
      nameLocation: 'middle',
      nameGap: labelFont + frame.gap * 2,
      nameTextStyle: { color: colors.muted, fontSize: frame.type.small },
      axisLabel: { color: colors.muted, fontSize: labelFont, formatter: axisText.formatter, hideOverlap: true },
      splitLine: { lineStyle: { color: colors.split } },
    },
    yAxis: {
      type: 'category',
      data: drawn.map((item) => item.target.label),
      axisLabel: {
        color: colors.text,
        fontSize: labelFont,
        interval: 0,
        // Name, target and result, then the status in its colour, each wrapped to the label's width.
        formatter: (_value: string, index: number) => must(layout.labels[drawn.length - 1 - index], `the label of target row ${index}`),
        rich: {
          name: { color: colors.text, fontSize: labelFont, lineHeight: labelLine },
          detail: { color: colors.muted, fontSize: labelFont, lineHeight: labelLine },
          ...rich,
        },
      },
      axisLine: { lineStyle: { color: colors.axis } },
      axisTick: { show: false },
    },
    series,
  };
}

/**
 * Pieces of differently styled text wrapped as one run: each wrapped line is cut back into the
 * pieces it holds, so a colour is kept across a line break.
 */
function styledRun(pieces: readonly [style: string, text: string][], width: number, font: number, view: ChartView): string[] {
  const full = pieces.map(([, text]) => text).join('');
  const starts: number[] = [];
  let at = 0;
  for (const [, text] of pieces) {
    starts.push(at);
    at += text.length;
  }
  const styleAt = (index: number) => pieces[starts.findLastIndex((start) => start <= index)]![0];
  let offset = 0;
  return wrapTo(full, width, font, view.frame, view.lang).lines.map((line) => {
    const begin = full.indexOf(line, offset);
    const from = begin < 0 ? offset : begin;
    offset = from + line.length;
    let out = '';
    let current = '';
    let style = styleAt(from);
    for (let i = 0; i < line.length; i++) {
      const next = styleAt(from + i);
      if (next !== style && current) {
        out += `{${style}|${richSafe(current)}}`;
        current = '';
      }
      style = next;
      current += line[i];
    }
    if (current) out += `{${style}|${richSafe(current)}}`;
    return out;
  });
}

/**
 * Each row's label (name, target and result, status), wrapped in whole words to the name
 * column, and the height the chart needs so that no row's label reaches the next row's.
 */
export function targetLayout(items: readonly TargetItem[], view: ChartView): { labels: string[]; minHeight: number; barWidth: number } {
  const { frame } = view;
  const font = frame.type.text;
  const line = lineHeight(font);
  const width = Math.round(frame.plot.width * (frame.kind === 'phone' ? 0.5 : 0.42));
  const labels: string[] = [];
  let mostLines = 0;
  for (const item of items) {
    const [[, name], [, detail], [statusStyle, status]] = targetRowLines(item, view) as [
      [string, string],
      [string, string],
      [string, string],
    ];
    const nameLines = wrapTo(name, width, font, frame, view.lang).lines.map((l) => `{name|${richSafe(l)}}`);
    // Target, result and status run on as one text, wrapped in whole words; the status keeps its colour.
    const run = styledRun(
      [
        ['detail', `${detail} · `],
        [statusStyle, status],
      ],
      width,
      font,
      view,
    );
    // The status mark and its words stay together: where the run would split them, the status takes a line of its own.
    const statusWhole = run.some((line) => line.endsWith(`{${statusStyle}|${richSafe(status)}}`));
    const lines = [
      ...nameLines,
      ...(statusWhole
        ? run
        : [...styledRun([['detail', detail]], width, font, view), ...styledRun([[statusStyle, status]], width, font, view)]),
    ];
    mostLines = Math.max(mostLines, lines.length);
    labels.push(lines.join('\n'));
  }
  const band = mostLines * line + frame.gap * 2;
  const hasOther = items.some((item) => item.other);
  const barWidth = Math.max(6, Math.min(Math.round(font * 1.5), Math.round(band / (hasOther ? 2.6 : 1.6))));
  // Legend and axis with its unit take about four lines besides the rows.
  const minHeight = items.length * band + line * 4 + frame.gap * 4;
  return { labels, minHeight, barWidth };
}
