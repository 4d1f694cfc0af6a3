import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { Lang } from '@/i18n/lang';
import { wrapText } from '@/text/wrap-text';
import { lineHeight, type Frame } from './frame';

/**
 * Shared layout arithmetic for the builders: every part of a chart (legend, axis labels, value
 * labels, plot) gets its own room inside the frame's plot rectangle, computed from measured text,
 * so that nothing collides and no word is broken.
 */

/** A text wrapped to a width: its lines, and whether every word fitted. */
export interface Wrapped {
  lines: string[];
  fits: boolean;
}

export function wrapTo(text: string, width: number, fontSize: number, frame: Frame, lang: Lang): Wrapped {
  return wrapText(text, width, (s) => frame.measure(s, fontSize), lang);
}

/** The widest of some texts, in pixels. */
export function widest(texts: readonly string[], fontSize: number, frame: Frame): number {
  return texts.reduce((max, text) => Math.max(max, ...text.split('\n').map((line) => frame.measure(line, fontSize))), 0);
}

/** ECharts' plain legend: the icon, its gap to the text, and the gap to the next item. */
const LEGEND_ICON = 25;
const LEGEND_TEXT_GAP = 5;

/** How many rows a legend of these names takes across `width`. */
export function legendRows(names: readonly string[], width: number, fontSize: number, frame: Frame): number {
  if (names.length === 0) return 0;
  const itemGap = Math.round(fontSize * 0.8);
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = LEGEND_ICON + LEGEND_TEXT_GAP + frame.measure(name, fontSize) + itemGap;
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

export interface LegendBlock {
  legend: LegendComponentOption;
  /** Height the legend takes from the plot, gap included. */
  height: number;
  place: 'top' | 'bottom';
}

/**
 * A plain (never paged) legend of every name, above the plot (below it on a phone), with the
 * height it takes so the grid starts below it.
 */
export function legendBlock(names: readonly string[], frame: Frame, color: string): LegendBlock | undefined {
  if (names.length === 0) return undefined;
  const font = frame.type.text;
  const { plot } = frame;
  const rows = legendRows(names, plot.width, font, frame);
  const rowHeight = Math.max(lineHeight(font), 14) + Math.round(font * 0.5);
  const height = rows * rowHeight + frame.gap;
  const place = frame.legend;
  const itemHeight = Math.round(font * 0.9);
  return {
    place,
    height,
    legend: {
      type: 'plain',
      orient: 'horizontal',
      left: plot.x,
      width: plot.width,
      ...(place === 'top' ? { top: plot.y } : { bottom: frame.height - plot.y - plot.height }),
      padding: 0,
      itemGap: Math.round(font * 0.8),
      itemHeight,
      itemWidth: LEGEND_ICON,
      textStyle: { color, fontSize: font, lineHeight: lineHeight(font) },
      data: [...names],
    },
  };
}

/** Room a grid keeps around the plot for axis names and labels that ECharts places outside it. */
export interface GridInsets {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

/**
 * A grid inside the plot rectangle, less the legend and the given insets. ECharts keeps the axis
 * labels and names inside it (`outerBoundsContain: 'all'`), so none reaches the title or footer.
 */
export function gridIn(frame: Frame, legend: LegendBlock | undefined, insets: GridInsets = {}): GridComponentOption {
  const { plot } = frame;
  const legendTop = legend?.place === 'top' ? legend.height : 0;
  const legendBottom = legend?.place === 'bottom' ? legend.height : 0;
  return {
    left: plot.x + (insets.left ?? 0),
    right: frame.width - plot.x - plot.width + (insets.right ?? 0),
    top: plot.y + legendTop + (insets.top ?? 0),
    bottom: frame.height - plot.y - plot.height + legendBottom + (insets.bottom ?? 0),
    outerBoundsMode: 'same',
    outerBoundsContain: 'all',
  };
}

/** Category labels wrapped to a width, joined with line breaks; `fits` is false when a word is wider. */
export function wrapLabels(
  labels: readonly string[],
  width: number,
  fontSize: number,
  frame: Frame,
  lang: Lang,
): { labels: string[]; fits: boolean; lines: number } {
  let fits = true;
  let lines = 0;
  const wrapped = labels.map((label) => {
    const w = wrapTo(label, width, fontSize, frame, lang);
    fits &&= w.fits;
    lines = Math.max(lines, w.lines.length);
    return w.lines.join('\n');
  });
  return { labels: wrapped, fits, lines };
}
