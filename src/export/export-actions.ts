/**
 * The heavy half of exporting, loaded with import() the first time someone exports: off-screen
 * rendering, the export-only ECharts parts, CSV/JSON/ZIP building. The menus in the first-view
 * bundle only hold buttons and options.
 */
import type { Figure, Source } from '@/data/schema';
import type { RowContext } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { buildAllDataJson } from './all-data-json';
import { allDataCsv } from './csv';
import { MIME, saveBlob } from './download';
import { EXPORT_UI } from './export-strings';
import { exportFileName } from './file-names';
import { toFigureRow } from '@/view-model/select-rows';

export { exportAllZip } from './export-all';
export { downloadPanel, panelPng } from './panel-export';
export { renderWholeView } from './whole-view';
export { saveBlob } from './download';

export interface AllDataDownload {
  appTitle: string;
  lang: Lang;
  figures: { figure: Figure; themeName: string }[];
  sources: Source[];
  ctx: RowContext;
  date?: Date;
}

/** Every figure of the dataset with its provenance, as CSV. Returns the file name. */
export function downloadAllDataCsv({ lang, figures, ctx, date = new Date() }: AllDataDownload): string {
  const name = exportFileName({ title: EXPORT_UI[lang].allDataName, lang, date, ext: 'csv' });
  const entries = figures.map(({ figure, themeName }) => ({ row: toFigureRow(figure, ctx), themeName }));
  saveBlob(new Blob([allDataCsv(entries, lang)], { type: MIME.csv }), name);
  return name;
}

/** Every figure as stored, with its display texts and sources, as JSON. Returns the file name. */
export function downloadAllDataJson({ appTitle, lang, figures, sources, ctx, date = new Date() }: AllDataDownload): string {
  const name = exportFileName({ title: EXPORT_UI[lang].allDataName, lang, date, ext: 'json' });
  const json = buildAllDataJson({ appTitle, lang, exportedAt: date, figures, sources, ctx });
  saveBlob(new Blob([JSON.stringify(json, null, 2)], { type: MIME.json }), name);
  return name;
}

export function wholeViewFileName(lang: Lang, date: Date, scale: number): string {
  return exportFileName({
    title: EXPORT_UI[lang].wholeViewName,
    lang,
    date,
    ext: 'png',
    ...(Number.isInteger(scale) ? { scale: scale as 1 | 2 | 3 | 4 } : {}),
  });
}
