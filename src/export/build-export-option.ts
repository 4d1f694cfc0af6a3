import { CHART_FONT, type Option } from '@/charts/chart-view';
import { exportFrame, lineHeight, type Frame, type TypeScale } from '@/charts/frame';
import { textColors, type ColorScheme } from '@/charts/palette';
import type { Lang } from '@/i18n/lang';
import { layoutSize, type Background, type ExportSize } from './export-presets';
import { watermarkElements } from '@/report/export-marks';
import { estimateTextWidth, wrapLines, type MeasureText } from './text-measure';

/** What an exported image says around its chart, in the reader's language. */
export interface ExportMeta {
  title: string;
  /** Unit and period. */
  subtitle: string;
  /** Source (publisher, date), and each derived value in words; one entry per paragraph. */
  footer: string[];
  background: Background;
  lang: Lang;
  /** The reader's watermark, repeated faintly over the whole image ('' or absent: none). */
  watermark?: string;
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

/** The app's font stack (single-quoted, so it survives in an SVG attribute). */
export const EXPORT_FONT = CHART_FONT;

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
  chart: TypeScale;
}

/**
 * Type sizes in layout pixels. Fixed presets are drawn at twice their layout size, so a 16:9
 * image reads like a slide: 28 px title… at 1920×1080 is 56 px, chart text 28 px, values 36 px,
 * sources 22 px.
 */
export function exportTypography(width: number, zoom: number): Typography {
  if (zoom >= 1.5) return { pad: 24, title: 28, subtitle: 15, footer: 11, chart: { text: 14, value: 18, small: 12 } };
  return width >= 700
    ? { pad: 24, title: 20, subtitle: 13, footer: 11, chart: { text: 12, value: 12, small: 11 } }
    : { pad: 16, title: 17, subtitle: 12, footer: 11, chart: { text: 12, value: 12, small: 11 } };
}

/** Smallest plot height left to the chart on a fixed-size preset, whatever the footer needs. */
const MIN_PLOT = 120;

/** The image's parts, top to bottom: the header's lines, the plot the chart is laid out in, the footer's lines. */
export interface ExportLayout {
  width: number;
  height: number;
  zoom: number;
  type: Typography;
  titleLines: string[];
  subtitleLines: string[];
  footerLines: string[];
  /** Top of the footer's rule. */
  footerTop: number;
  frame: Frame;
}

/**
 * Lays an image out before its chart is built: the title and subtitle wrapped in whole words at
 * the top, the footer (sources, derived values in words, the caveat) at the bottom, and between
 * them the plot the chart's builder fills. Pure: the same input gives the same layout.
 */
export function layoutExport(
  meta: ExportMeta,
  size: ExportSize,
  chartHeight: number,
  measure: MeasureText = estimateTextWidth,
): ExportLayout {
  const layout = layoutSize(size);
  const width = layout.width;
  const type = exportTypography(width, layout.zoom);
  const { pad } = type;
  const inner = width - 2 * pad;
  const titleLines = wrapLines(meta.title, inner, type.title, measure, true);
  const subtitleLines = meta.subtitle ? wrapLines(meta.subtitle, inner, type.subtitle, measure) : [];
  const footerLines = meta.footer.flatMap((paragraph) => wrapLines(paragraph, inner, type.footer, measure));
  const headerBottom =
    pad +
    titleLines.length * lineHeight(type.title) +
    (subtitleLines.length ? 6 + subtitleLines.length * lineHeight(type.subtitle) : 0) +
    16;
  const footerBand = footerLines.length ? 14 + footerLines.length * lineHeight(type.footer) + pad : pad;
  const height = layout.height ?? headerBottom + chartHeight + footerBand;
  const plotHeight = Math.max(MIN_PLOT, height - headerBottom - footerBand);
  const plot = { x: pad, y: headerBottom, width: inner, height: plotHeight };
  const frame = exportFrame(width, height, plot, type.chart, measure);
  return {
    width,
    height,
    zoom: layout.zoom,
    type,
    titleLines,
    subtitleLines,
    footerLines,
    footerTop: headerBottom + plotHeight + 6,
    frame,
  };
}

type GraphicElement = { type: 'text' | 'line'; silent: boolean } & Record<string, unknown>;

function textBlock(lines: readonly string[], x: number, y: number, fontSize: number, fill: string, bold = false): GraphicElement {
  return {
    type: 'text',
    silent: true,
    x,
    y,
    style: {
      text: lines.join('\n'),
      fill,
      fontSize,
      fontWeight: bold ? 'bold' : 'normal',
      fontFamily: EXPORT_FONT,
      lineHeight: lineHeight(fontSize),
      textVerticalAlign: 'top',
    },
  };
}

/**
 * The image: the chart as its builder laid it out in the export's frame, and around it the
 * title, subtitle and footer at the places `layoutExport` reserved; on the chosen background,
 * without animation or tooltips.
 */
export function composeExport(chart: Option, layout: ExportLayout, meta: ExportMeta, size: ExportSize): ExportComposition {
  const colors = textColors(exportScheme(meta.background));
  const { type, width, height } = layout;
  const { pad } = type;
  const elements: GraphicElement[] = [textBlock(layout.titleLines, pad, pad, type.title, colors.text, true)];
  if (layout.subtitleLines.length)
    elements.push(
      textBlock(layout.subtitleLines, pad, pad + layout.titleLines.length * lineHeight(type.title) + 6, type.subtitle, colors.muted),
    );
  if (layout.footerLines.length) {
    elements.push(
      {
        type: 'line',
        silent: true,
        shape: { x1: pad, y1: layout.footerTop, x2: width - pad, y2: layout.footerTop },
        style: { stroke: colors.split, lineWidth: 1 },
      },
      textBlock(layout.footerLines, pad, layout.footerTop + 8, type.footer, colors.muted),
    );
  }
  elements.push(
    ...(watermarkElements(meta.watermark ?? '', width, height, exportScheme(meta.background), EXPORT_FONT) as unknown as GraphicElement[]),
  );
  const option: Option = {
    ...chart,
    animation: false,
    backgroundColor: BACKGROUND_COLOR[meta.background],
    textStyle: { ...(chart.textStyle ?? {}), fontFamily: EXPORT_FONT },
    graphic: { elements } as Option['graphic'],
  };
  delete option.tooltip;
  return {
    option,
    width,
    height,
    zoom: layout.zoom,
    pixelRatio: layout.zoom * size.scale,
    pixelWidth: Math.round(width * layout.zoom * size.scale),
    pixelHeight: Math.round(height * layout.zoom * size.scale),
    background: meta.background,
  };
}
