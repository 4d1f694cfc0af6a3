import type { Source } from '@/data/schema';
import { figureSources } from '@/data/select-rows';
import type { Lang } from '@/i18n/lang';
import { composePanel } from './compose-panel';
import { chartCsv } from './csv';
import { MIME, saveBlob } from './download';
import type { ExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import type { PanelExportInput } from './export-types';
import { exportFileName, uniqueNames } from './file-names';
import { buildManifest, MANIFEST_NAME, type ManifestChart } from './manifest';
import { exportMeasure } from './panel-export';
import { renderPng, renderSvg } from './render-chart';

export interface ExportAllInput {
  appTitle: string;
  lang: Lang;
  panels: PanelExportInput[];
  sources: Source[];
  prefs: ExportPrefs;
  viewUrl?: string;
  date?: Date;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every chart of the current view as PNG, SVG and CSV, with a manifest, in one ZIP. Files are
 * numbered in dashboard order so a folder listing reads like the dashboard.
 */
export async function exportAllZip({ appTitle, lang, panels, sources, prefs, viewUrl, date = new Date(), onProgress }: ExportAllInput): Promise<string> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  const unique = uniqueNames();
  const charts: ManifestChart[] = [];
  const pixelSizes: Record<string, [number, number]> = {};
  const measure = exportMeasure();
  const digits = String(panels.length).length;
  onProgress?.(0, panels.length);
  for (const [i, input] of panels.entries()) {
    const { rows, composition } = composePanel(input, prefs, measure);
    const stem = `${String(i + 1).padStart(Math.max(2, digits), '0')}_`;
    const name = (ext: string, folder: string) =>
      `${folder}/${unique(stem + exportFileName({ title: input.title, lang, date, ext, ...(ext === 'csv' ? {} : { preset: prefs.preset, scale: ext === 'png' ? prefs.scale : undefined }) }))}`;
    const png = name('png', 'png');
    const svg = name('svg', 'svg');
    const csv = name('csv', 'csv');
    // PNG is compressed already: storing it saves time for nothing lost.
    files[png] = [new Uint8Array(await (await renderPng(composition)).arrayBuffer()), { level: 0 }];
    files[svg] = [strToU8(await renderSvg(composition)), { level: 6 }];
    files[csv] = [strToU8(chartCsv(rows, lang)), { level: 6 }];
    pixelSizes[png] = [composition.pixelWidth, composition.pixelHeight];
    charts.push({
      panel: input.def.id,
      title: input.title,
      files: { png, svg, csv },
      figures: rows.map((r) => r.id),
      sources: [...new Set(rows.flatMap((r) => sourceIdsOf(r.id, input)))],
    });
    onProgress?.(i + 1, panels.length);
  }
  const manifest = buildManifest({ appTitle, lang, exportedAt: date, viewUrl, image: { ...prefs, pixelSizes }, charts, sources });
  files[MANIFEST_NAME] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }];
  const zip = zipSync(files);
  const fileName = exportFileName({ title: EXPORT_UI[lang].zipName, lang, date, ext: 'zip' });
  saveBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: MIME.zip }), fileName);
  return fileName;
}

function sourceIdsOf(id: string, input: PanelExportInput): string[] {
  const figure = input.figures.get(id);
  return figure ? figureSources(figure, { lang: input.lang, sources: input.sources, figures: input.figures }).map((s) => s.id) : [];
}
