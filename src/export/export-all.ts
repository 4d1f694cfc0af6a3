import { importWithRetry } from '@/components/lazy-import';
import type { Source } from '@/data/schema';
import { figureSources, type FigureRow } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { composePanel } from './compose-panel';
import { chartCsv } from './csv';
import { MIME, saveBlob } from './download';
import type { ExportPrefs } from './export-prefs';
import { EXPORT_UI } from './export-strings';
import type { PanelExportInput } from './export-types';
import { exportFileName, uniqueNames } from './file-names';
import { buildManifest, MANIFEST_NAME, type ManifestChart, type ManifestMissing } from './manifest';
import { exportMeasure } from './panel-export';
import { renderPng, renderSvg } from './render-chart';
import { currentDataVersion } from '@/report/data-version';

/** A panel of headline tiles: its figures as rows, each as the tile shows it. */
export interface TilesExportInput {
  panel: string;
  title: string;
  rows: FigureRow[];
  /** The sources each figure rests on, by figure id. */
  sources: Record<string, string[]>;
}

/** How the manifest lists a panel of headline tiles: the CSV of its figures. */
export interface ManifestTiles {
  panel: string;
  title: string;
  files: { csv: string };
  figures: string[];
  sources: string[];
}

export interface ExportAllInput {
  appTitle: string;
  lang: Lang;
  panels: PanelExportInput[];
  /** The view's headline tiles: written as CSV files under tiles/, listed in the manifest. */
  tiles?: TilesExportInput[];
  sources: Source[];
  /** Data files the view needed that had not loaded: listed in the manifest, their panels left out. */
  missing?: ManifestMissing[];
  prefs: ExportPrefs;
  viewUrl?: string;
  date?: Date;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every chart of the current view as PNG, SVG and CSV, with a manifest, in one ZIP. Files are
 * numbered in dashboard order so a folder listing reads like the dashboard.
 */
export async function exportAllZip({
  appTitle,
  lang,
  panels,
  tiles = [],
  sources,
  missing = [],
  prefs,
  viewUrl,
  date = new Date(),
  onProgress,
}: ExportAllInput): Promise<string> {
  const { zipSync, strToU8 } = await importWithRetry(() => import('fflate'));
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
  const headlines = tileFiles(tiles, lang, date, unique);
  for (const { path, csv } of headlines.files) files[path] = [strToU8(csv), { level: 6 }];
  // Sources of the tiles count as used: the manifest lists every source the archive rests on.
  const tileSources = headlines.entries.map((h) => ({
    panel: h.panel,
    title: h.title,
    files: { csv: h.files.csv },
    figures: h.figures,
    sources: h.sources,
  }));
  const base = buildManifest({
    appTitle,
    lang,
    exportedAt: date,
    viewUrl,
    dataVersion: currentDataVersion(),
    image: { ...prefs, pixelSizes },
    charts: [...charts, ...tileSources],
    sources,
    missing,
  });
  const manifest = {
    ...base,
    charts: base.charts.slice(0, charts.length),
    ...(headlines.entries.length ? { headlines: headlines.entries, headlinesNote: EXPORT_UI[lang].headlinesNote } : {}),
  };
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

/** One CSV per panel of headline tiles, under tiles/, numbered in dashboard order. */
export function tileFiles(
  tiles: readonly TilesExportInput[],
  lang: Lang,
  date: Date,
  unique: (name: string) => string = (name) => name,
): { files: { path: string; csv: string }[]; entries: ManifestTiles[] } {
  const digits = Math.max(2, String(tiles.length).length);
  const files: { path: string; csv: string }[] = [];
  const entries: ManifestTiles[] = [];
  tiles.forEach((tile, i) => {
    if (tile.rows.length === 0) return;
    const path = `tiles/${unique(`${String(i + 1).padStart(digits, '0')}_${exportFileName({ title: tile.title, lang, date, ext: 'csv' })}`)}`;
    files.push({ path, csv: chartCsv(tile.rows, lang) });
    entries.push({
      panel: tile.panel,
      title: tile.title,
      files: { csv: path },
      figures: tile.rows.map((r) => r.id),
      sources: [...new Set(tile.rows.flatMap((r) => tile.sources[r.id] ?? []))],
    });
  });
  return { files, entries };
}
