import { EXPORT_FONT } from './build-export-option';
import { composePanel } from './compose-panel';
import { chartCsv } from './csv';
import { MIME, saveBlob } from './download';
import type { ExportPrefs } from './export-prefs';
import type { PanelExportInput } from './export-types';
import { exportFileName } from './file-names';
import { renderPng, renderSvg } from './render-chart';
import { canvasMeasure, type MeasureText } from './text-measure';

let measurer: MeasureText | undefined;
/** Measures with the font the export is drawn in, so reserved room matches what ECharts wraps. */
export function exportMeasure(): MeasureText {
  measurer ??= canvasMeasure(EXPORT_FONT);
  return measurer;
}

export type PanelFormat = 'png' | 'svg' | 'csv';

export function panelPng(input: PanelExportInput, prefs: ExportPrefs): Promise<Blob> {
  return renderPng(composePanel(input, prefs, exportMeasure()).composition);
}

export async function panelSvg(input: PanelExportInput, prefs: ExportPrefs): Promise<string> {
  return renderSvg(composePanel(input, prefs, exportMeasure()).composition);
}

export function panelCsv(input: PanelExportInput, prefs: ExportPrefs): string {
  return chartCsv(composePanel(input, prefs).rows, input.lang);
}

export function panelFileName(input: PanelExportInput, prefs: ExportPrefs, format: PanelFormat, date: Date): string {
  const image = format !== 'csv';
  return exportFileName({
    title: input.title,
    lang: input.lang,
    date,
    ext: format,
    ...(image ? { preset: prefs.preset, scale: format === 'png' ? prefs.scale : undefined } : {}),
  });
}

/** Builds one file of a chart and downloads it; returns its name. */
export async function downloadPanel(input: PanelExportInput, prefs: ExportPrefs, format: PanelFormat, date = new Date()): Promise<string> {
  const name = panelFileName(input, prefs, format, date);
  let blob: Blob;
  if (format === 'png') blob = await panelPng(input, prefs);
  else if (format === 'svg') blob = new Blob([await panelSvg(input, prefs)], { type: MIME.svg });
  else blob = new Blob([panelCsv(input, prefs)], { type: MIME.csv });
  saveBlob(blob, name);
  return name;
}
