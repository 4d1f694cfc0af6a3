import { estimateWidth, type MeasureText } from '@/charts/frame';
import type { Lang } from '@/i18n/lang';
import { currentDataVersion, versionLine } from './data-version';
import { watermarkPlacements, watermarkStep, watermarkText } from './watermark';

/** What every exported file carries besides its chart: the reader's watermark and the data version. */
export interface ReportMarks {
  /** '' for none. */
  watermark: string;
  /** "数据版本：2025-12-10 · 3f9a2c1b", or '' before the data has loaded. */
  versionLine: string;
}

export const NO_MARKS: ReportMarks = { watermark: '', versionLine: '' };

/** The marks as they stand now: the watermark setting and the version of the data on screen. */
export function currentReportMarks(lang: Lang): ReportMarks {
  const version = currentDataVersion();
  return { watermark: watermarkText(), versionLine: version ? versionLine(version, lang) : '' };
}

/** Colours of the burned-in watermark: faint on white and on the dark background alike. */
const WATERMARK_FILL = { light: 'rgba(100, 110, 125, 0.16)', dark: 'rgba(220, 225, 235, 0.14)' } as const;

/** An ECharts graphic text element, drawn above the chart and never catching the pointer. */
export interface WatermarkElement {
  type: 'text';
  silent: true;
  z: number;
  zlevel: number;
  x: number;
  y: number;
  rotation: number;
  style: { text: string; fill: string; fontSize: number; fontFamily: string; align: 'center'; verticalAlign: 'middle' };
}

/**
 * The watermark burned into an image: its text repeated over the whole width × height, rotated
 * 30° upwards, faint, above the chart's marks (so it cannot be cropped away with the margin) and
 * silent. Empty text gives no element.
 */
export function watermarkElements(
  text: string,
  width: number,
  height: number,
  scheme: 'light' | 'dark',
  fontFamily: string,
  measure: MeasureText = estimateWidth,
): WatermarkElement[] {
  if (!text) return [];
  const fontSize = Math.max(14, Math.round(Math.min(width, height) / 22));
  const { gapX, gapY } = watermarkStep(measure(text, fontSize), fontSize);
  return watermarkPlacements(width, height, gapX, gapY).map(({ x, y }) => ({
    type: 'text',
    silent: true,
    z: 100,
    zlevel: 0,
    x,
    y,
    rotation: Math.PI / 6,
    style: { text, fill: WATERMARK_FILL[scheme], fontSize, fontFamily, align: 'center', verticalAlign: 'middle' },
  }));
}
