import { STATUS_MARK } from '@/data/figure-texts';
import type { FigureRow, StatusView } from '@/data/select-rows';
import type { TargetStatus } from '@/data/target-status';
import { UI } from '@/i18n/strings';
import { assertOneBasis, assertOneScale, axisLabelFormatter, baseOption, fs, labelFromData, markOpacity, type ChartView, type Option } from './chart-view';
import { PALETTE, textColors } from './palette';
import { rowTooltipHtml } from './tooltip';
import { wrapLabel } from './wrap-label';

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
  const zh = view.lang === 'zh';
  const status = statusOf(item);
  const join = (label: string, value: string) => (zh ? `${label}${value}` : `${label} ${value}`);
  return [
    ['name', item.target.label],
    ['detail', `${join(t.target, item.target.valueText)} · ${join(t.targetResult, item.result?.valueText ?? '—')}`],
    [RICH_STYLE[status.code], `${STATUS_MARK[status.code]} ${status.text}`],
  ];
}

/** "400家(口径不同)"; on a phone just the value, the legend saying what the grey bar is. */
function otherLabel(row: FigureRow, view: ChartView): string {
  if (view.compact) return row.valueText;
  const t = UI[view.lang];
  return view.lang === 'zh' ? `${row.valueText}(${t.otherScopeShort})` : `${row.valueText} (${t.otherScopeShort})`;
}

function describeTargets(title: string, items: readonly TargetItem[], view: ChartView): string {
  const t = UI[view.lang];
  const zh = view.lang === 'zh';
  const body = items.map((item) => {
    const comma = zh ? ',' : ', ';
    const parts = [`${t.target}${zh ? '' : ' '}${item.target.valueText}`];
    if (item.result) parts.push(`${t.targetResult}${zh ? '' : ' '}${item.result.valueText}`);
    if (item.other) parts.push(`${t.otherScopeShort}${zh ? '' : ' '}${item.other.valueText}`);
    parts.push(statusOf(item).text);
    return `${item.target.label}${zh ? ':' : ': '}${parts.join(comma)}`;
  });
  return zh ? `${title}。${body.join(';')}。` : `${title}. ${body.join('; ')}.`;
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
  const colors = textColors(view.scheme);
  const palette = PALETTE[view.scheme];
  const opacity = markOpacity(view, rows);
  // ECharts draws the first category at the bottom; the first target reads at the top.
  const drawn = [...items].reverse();
  const statusColor: Record<TargetStatus, string> = { met: palette[2], 'not-met': palette[1], undetermined: palette[4], 'no-result': colors.muted };
  // Label width in letters (a Chinese character counts two).
  const nameUnits = view.compact ? 26 : 32;
  // On a phone each row's five or so lines must fit its band: smaller, tighter text.
  const labelFont = fs(view, view.compact ? 11 : 12);
  const labelLine = fs(view, view.compact ? 14 : 17);
  const hasOther = items.some((item) => item.other);
  const barWidth = fs(view, 18);
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
  const unitNames = [...new Set(rows.map((r) => r.unitText))].join(' / ');

  const series: Record<string, unknown>[] = [
    {
      type: 'bar',
      name: t.targetResult,
      barWidth,
      barGap: '30%',
      itemStyle: { color: palette[0] },
      data: drawn.map((item) => (item.result ? bar(item.result, item.result.valueText) : '-')),
    },
  ];
  if (hasOther)
    series.push({
      type: 'bar',
      name: t.otherScope,
      barWidth,
      label: { show: true, position: 'right', fontSize: fs(view, 12), color: colors.muted, formatter: labelFromData },
      // A light grey, so the bar is not mistaken for the dark target tick.
      itemStyle: { color: view.scheme === 'dark' ? '#64748b' : '#a3acb9' },
      data: drawn.map((item) => (item.other ? bar(item.other, otherLabel(item.other, view)) : '-')),
    });
  series.push({
    type: 'scatter',
    name: t.target,
    symbol: 'rect',
    symbolSize: [fs(view, 4), barWidth + fs(view, 8)],
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
    (Object.keys(RICH_STYLE) as TargetStatus[]).map((code) => [RICH_STYLE[code], { color: statusColor[code], fontWeight: 'bold', fontSize: labelFont, lineHeight: labelLine }]),
  );
  return {
    ...baseOption(view, describeTargets(title, items, view)),
    legend: { [view.compact ? 'bottom' : 'top']: 0, textStyle: { color: colors.text, fontSize: fs(view, 12) }, data: series.map((s) => s.name as string) },
    grid: { left: 8, right: 32, top: view.compact ? 12 : 36, bottom: view.compact ? 36 : 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      name: unitNames,
      nameTextStyle: { color: colors.muted, fontSize: fs(view, 12) },
      axisLabel: { color: colors.muted, fontSize: fs(view, 12), formatter: axisLabelFormatter[view.lang], hideOverlap: true },
      splitLine: { lineStyle: { color: colors.split } },
    },
    yAxis: {
      type: 'category',
      data: drawn.map((item) => item.target.label),
      axisLabel: {
        color: colors.text,
        fontSize: fs(view, 12),
        interval: 0,
        // Name, target and result, then the status in its colour, each wrapped to the label's width.
        formatter: (_value: string, index: number) =>
          targetRowLines(drawn[index], view)
            .flatMap(([style, text]) => wrapLabel(text, nameUnits).map((line) => `{${style}|${richSafe(line)}}`))
            .join('\n'),
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
