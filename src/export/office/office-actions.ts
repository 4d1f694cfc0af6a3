/**
 * "PowerPoint" and "Excel" of the current view: built from the panels the dashboard shows (same
 * order, filters and language) and saved as a download. This module is a lazy chunk, and it
 * loads pptxgenjs or exceljs only for the file asked for.
 */
import { importWithRetry } from '@/components/lazy-import';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { PanelDef } from '@/panels/panel-def';
import type { Dataset } from '@/data/use-dataset';
import type { Filters } from '@/state/filters';
import { saveBlob } from '../download';
import { exportFileName } from '../file-names';
import { filtersText, newestSourceDate, officePanel, sourcesOfRows, type OfficePanel } from './office-model';
import { deckSpec, FONT_FACE, type ViewFacts } from './slide-specs';
import { workbookSpec } from './workbook-spec';
import { writePptx } from './write-pptx';
import { writeXlsx } from './write-xlsx';
import type { OfficeViewPanel } from './office-buttons';

export const OFFICE_MIME = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** One visible panel with its data file and, for headline panels, the tiles passing the filters. */
export interface OfficePanelInput {
  def: PanelDef;
  file: ThemeFile;
  tileIds?: readonly string[];
}

export interface OfficeExportInput {
  appTitle: string;
  lang: Lang;
  panels: readonly OfficePanelInput[];
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  filters: Filters;
  viewUrl: string;
  /** "2025-12-10 · 3f9a2c1b", where the data version is known. */
  dataVersion?: string;
  /** ISO date the data is as of (the data version's); the newest date of the sources cited when not given. */
  dataDate?: string;
  /** The reader's watermark, drawn over every slide ('' or absent: none). */
  watermark?: string;
  date?: Date;
}

/** The input for the view on screen: its panels with their data files, its filters, link and data version. */
export function viewInput(
  lang: Lang,
  dataset: Dataset,
  panels: readonly OfficeViewPanel[],
  view: Pick<OfficeExportInput, 'filters' | 'viewUrl' | 'dataVersion' | 'dataDate' | 'watermark'>,
): OfficeExportInput {
  return {
    appTitle: UI[lang].appTitle,
    lang,
    panels: panels.flatMap(({ def, tileIds }) => {
      const file = dataset.themes[def.theme].data;
      return file ? [{ def, file, ...(tileIds ? { tileIds } : {}) }] : [];
    }),
    figures: dataset.figures,
    sources: dataset.sourcesById,
    ...view,
  };
}

function prepare(input: OfficeExportInput): { panels: OfficePanel[]; sources: Source[]; facts: ViewFacts } {
  const panels = input.panels.map(({ def, file, tileIds }) =>
    officePanel(def, { file, figures: input.figures, sources: input.sources }, input.lang, tileIds),
  );
  const cited = new Set(sourcesOfRows(panels.flatMap((p) => p.rows)).map((s) => s.id));
  const sources = [...input.sources.values()].filter((s) => cited.has(s.id));
  const facts: ViewFacts = {
    appTitle: input.appTitle,
    filtersText: filtersText(input.filters, input.lang),
    dataDate: input.dataDate ?? newestSourceDate(sources),
    ...(input.dataVersion ? { dataVersion: input.dataVersion } : {}),
    viewUrl: input.viewUrl,
    exportedAt: input.date ?? new Date(),
  };
  return { panels, sources, facts };
}

/** The view as a .pptx, downloaded; returns the file's name. */
export async function downloadPptx(input: OfficeExportInput): Promise<string> {
  const { panels, facts } = prepare(input);
  const { default: PptxGenJS } = await importWithRetry(() => import('pptxgenjs'));
  const bytes = await writePptx(PptxGenJS, deckSpec(panels, facts, input.lang), {
    title: input.appTitle,
    subject: facts.filtersText,
    watermark: input.watermark ?? '',
  });
  const name = exportFileName({ title: input.appTitle, lang: input.lang, date: facts.exportedAt, ext: 'pptx' });
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: OFFICE_MIME.pptx }), name);
  return name;
}

/** The view as an .xlsx, downloaded; `perChart` adds a sheet per chart. Returns the file's name. */
export async function downloadXlsx(input: OfficeExportInput, { perChart = true } = {}): Promise<string> {
  const { panels, sources, facts } = prepare(input);
  const module = await importWithRetry(() => import('exceljs'));
  // exceljs's browser build is a UMD bundle: its namespace arrives as the default export.
  const Excel = ((module as unknown as { default?: typeof import('exceljs') }).default ?? module) as typeof import('exceljs');
  const spec = workbookSpec(panels, sources, facts, input.lang, { perChart });
  const bytes = await writeXlsx(Excel, spec, { fontName: FONT_FACE[input.lang], creator: input.appTitle, date: facts.exportedAt });
  const name = exportFileName({ title: input.appTitle, lang: input.lang, date: facts.exportedAt, ext: 'xlsx' });
  saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: OFFICE_MIME.xlsx }), name);
  return name;
}
