import type { Option } from '@/charts/chart-view';
import { textColors, type ColorScheme } from '@/charts/palette';
import type { Lang } from '@/i18n/lang';
import { layoutSize, type Background, type ExportSize } from './export-presets';
import { countLines, estimateTextWidth, type MeasureText } from './text-measure';

/** What an exported image says around its chart, in the reader's language. */
export interface ExportMeta {
  title: string;
  /** Unit and period. */
  subtitle: string;
  /** Source (publisher, date), and the formula of each derived value; one entry per paragraph. */
  footer: string[];
  background: Background;
  lang: Lang;
}

/** An option ready to draw off-screen, with the size to draw it at. */
export interface ExportComposition {
  option: Option;
  /** Layout size in CSS pixels (what ECharts is initialised with). */
  width: number;
  height: number;
  /** Image pixels per layout pixel at 1× (2 for a 1920×1080 slide laid out at 960×540). */
  zoom: number;
  /** Image pixels per layout pixel: zoom × scale. */
  pixelRatio: number;
  /** The image size in pixels. */
  pixelWidth: number;
  pixelHeight: number;
  background: Background;
}

/**
 * The app's font stack, with single quotes: ECharts writes it unescaped into a double-quoted
 * SVG attribute, where a double quote ends the attribute and breaks the file.
 */
export const EXPORT_FONT = "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** Colours of the chart's own marks and text: a dark background needs the dark palette. */
export function exportScheme(background: Background): ColorScheme {
  return background === 'dark' ? 'dark' : 'light';
}

/** The app's dark panel colour, so a dark export matches the dark dashboard. */
export const BACKGROUND_COLOR: Record<Background, string> = { white: '#ffffff', dark: '#181b21', transparent: 'transparent' };

interface Typography {
  pad: number;
  title: number;
  subtitle: number;
  footer: number;
  legend: number;
}

function typography(width: number): Typography {
  return width >= 700 ? { pad: 24, title: 22, subtitle: 14, footer: 12, legend: 12 } : { pad: 16, title: 17, subtitle: 12, footer: 11, legend: 12 };
}

const lineHeight = (fontSize: number) => Math.round(fontSize * 1.4);

/** Smallest plot height left to the chart on a fixed-size preset, whatever the footer needs. */
const MIN_PLOT = 120;
/** ECharts' plain legend: a 25 px icon, 5 px to its text, 10 px between items and between rows. */
const LEGEND_ICON = 30;
const LEGEND_GAP = 10;
const LEGEND_ROW = 24;

type AnyRecord = Record<string, unknown>;
type Series = AnyRecord & { type?: string; name?: string; data?: unknown[] };

/** The names a legend lists: its own `data`, or the pie's slices, or the series' names. */
export function legendNames(option: Option): string[] {
  const legend = option.legend as AnyRecord | undefined;
  if (!legend) return [];
  if (Array.isArray(legend.data)) return legend.data.map((d) => (typeof d === 'string' ? d : String((d as AnyRecord).name ?? '')));
  const series = (option.series ?? []) as Series[];
  return series.flatMap((s) => (s.type === 'pie' ? (s.data ?? []).map((d) => String((d as AnyRecord).name ?? '')) : [String(s.name ?? '')]));
}

function legendRows(names: string[], width: number, fontSize: number, measure: MeasureText): number {
  if (names.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = LEGEND_ICON + measure(name, fontSize) + LEGEND_GAP;
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const fraction = (value: unknown, fallback: number) => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.endsWith('%')) return Number(value.slice(0, -1)) / 100;
  return fallback;
};

/**
 * Lays a chart out for export: a title and a unit-and-period subtitle at the top, every legend
 * entry in a plain (never paged) legend below them, the plot, and a footer with the source and
 * formulas; on the chosen background, without animation or tooltips. Pure: the same input always
 * gives the same option, so it is tested without a browser.
 */
export function buildExportOption(option: Option, meta: ExportMeta, size: ExportSize, measure: MeasureText = estimateTextWidth): ExportComposition {
  const layout = layoutSize(size);
  const width = layout.width;
  const type = typography(width);
  const pad = type.pad;
  const inner = width - 2 * pad;
  const colors = textColors(exportScheme(meta.background));

  const titleLH = lineHeight(type.title);
  const subtitleLH = lineHeight(type.subtitle);
  const footerLH = lineHeight(type.footer);
  const titleLines = countLines(meta.title, inner, type.title, measure, true);
  const subtitleLines = meta.subtitle ? countLines(meta.subtitle, inner, type.subtitle, measure) : 0;
  const footerText = meta.footer.join('\n');
  const footerLines = meta.footer.length ? countLines(footerText, inner, type.footer, measure) : 0;

  const titleGap = 6;
  const headerBottom = pad + titleLines * titleLH + (subtitleLines ? titleGap + subtitleLines * subtitleLH : 0) + 12;
  const names = legendNames(option);
  const rows = legendRows(names, inner, type.legend, measure);
  const legendTop = headerBottom;
  const plotTop = headerBottom + (rows ? rows * LEGEND_ROW + 6 : 0);
  const footerBand = footerLines ? pad + footerLines * footerLH + 12 : pad;

  const height = layout.height ?? plotTop + (size.shown?.chartHeight ?? 300) + footerBand;
  const plotHeight = Math.max(MIN_PLOT, height - plotTop - footerBand);
  const plot = { x: pad, y: plotTop, width: inner, height: plotHeight };

  const origLegend = option.legend as AnyRecord | undefined;
  const legendWasTop = origLegend !== undefined && origLegend.top !== undefined && origLegend.bottom === undefined && origLegend.orient !== 'vertical';
  const legendWasBottom = origLegend !== undefined && origLegend.bottom !== undefined;

  const composed: Option = {
    ...option,
    animation: false,
    backgroundColor: BACKGROUND_COLOR[meta.background],
    textStyle: { ...((option.textStyle as AnyRecord | undefined) ?? {}), fontFamily: EXPORT_FONT },
  };
  delete composed.tooltip;

  composed.title = {
    text: meta.title,
    subtext: meta.subtitle,
    left: pad,
    top: pad,
    padding: 0,
    itemGap: titleGap,
    textStyle: { fontSize: type.title, fontWeight: 'bold', color: colors.text, width: inner, overflow: 'break', lineHeight: titleLH, fontFamily: EXPORT_FONT },
    subtextStyle: { fontSize: type.subtitle, color: colors.muted, width: inner, overflow: 'break', lineHeight: subtitleLH, fontFamily: EXPORT_FONT },
  };

  if (origLegend) {
    const rest = { ...origLegend };
    for (const key of ['top', 'bottom', 'left', 'right', 'orient', 'width', 'height'] as const) delete rest[key];
    composed.legend = {
      ...rest,
      type: 'plain',
      orient: 'horizontal',
      left: 'center',
      top: legendTop,
      padding: 0,
      itemGap: LEGEND_GAP,
      textStyle: { ...((origLegend.textStyle as AnyRecord | undefined) ?? {}), fontSize: type.legend, color: colors.text },
    };
  }

  const grid = option.grid as AnyRecord | undefined;
  if (grid && !Array.isArray(grid)) {
    composed.grid = {
      ...grid,
      left: pad + num(grid.left, 8),
      right: pad + num(grid.right, 16),
      top: plotTop + (legendWasTop ? 28 : num(grid.top, 28)),
      bottom: height - plotTop - plotHeight + (legendWasBottom ? 8 : num(grid.bottom, 8)),
    };
  }

  const footerTop = plotTop + plotHeight;
  composed.series = ((option.series ?? []) as Series[]).map((s) => placeSeries(s, plot));

  const footerElements: AnyRecord[] = [];
  if (footerLines) {
    footerElements.push(
      {
        type: 'line',
        silent: true,
        shape: { x1: pad, y1: footerTop + 4, x2: width - pad, y2: footerTop + 4 },
        style: { stroke: colors.split, lineWidth: 1 },
      },
      {
        type: 'text',
        silent: true,
        left: pad,
        // Anchored to the bottom edge: should the text wrap into more lines than reserved, it
        // grows upwards over the plot's margin instead of off the image.
        bottom: pad,
        style: { text: footerText, fill: colors.muted, fontSize: type.footer, fontFamily: EXPORT_FONT, width: inner, overflow: 'break', lineHeight: footerLH },
      },
    );
  }
  composed.graphic = { elements: footerElements };

  return {
    option: composed,
    width,
    height,
    zoom: layout.zoom,
    pixelRatio: layout.zoom * size.scale,
    pixelWidth: Math.round(width * layout.zoom * size.scale),
    pixelHeight: Math.round(height * layout.zoom * size.scale),
    background: meta.background,
  };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Puts a series that positions itself (not through a grid) inside the plot rectangle. */
function placeSeries(series: Series, plot: Rect): Series {
  switch (series.type) {
    case 'pie': {
      const { width: _w, height: _h, ...rest } = series;
      // The legend now sits above the plot, so the donut no longer leaves room for one at its side.
      return { ...rest, left: plot.x, top: plot.y, width: plot.width, height: plot.height, center: ['50%', '50%'] };
    }
    case 'treemap': {
      const { right: _r, bottom: _b, ...rest } = series;
      return { ...rest, left: plot.x, top: plot.y, width: plot.width, height: plot.height };
    }
    case 'gauge': {
      // A gauge's centre and radius are fractions of the whole canvas: make them absolute in the plot.
      const center = Array.isArray(series.center) ? series.center : ['50%', '50%'];
      const fx = fraction(center[0], 0.5);
      const fy = fraction(center[1], 0.5);
      const radius = typeof series.radius === 'number' ? series.radius : (fraction(series.radius, 0.75) * Math.min(plot.width, plot.height)) / 2;
      return { ...series, center: [plot.x + plot.width * fx, plot.y + plot.height * fy], radius };
    }
    default:
      return series;
  }
}
