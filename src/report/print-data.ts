import type { Source } from '@/data/schema';
import { figureSources, toFigureRow, type FigureRow, type RowContext } from '@/view-model/select-rows';
import { THEME_IDS, THEMES } from '@/data/themes';
import type { Dataset } from '@/data/use-dataset';
import { composePanel } from '@/export/compose-panel';
import type { ExportPrefs } from '@/export/export-prefs';
import type { PanelExportInput } from '@/export/export-types';
import { exportMeasure } from '@/export/panel-export';
import { renderSvg } from '@/export/render-chart';
import { pick, type Lang } from '@/i18n/lang';
import { UI } from '@/i18n/strings';
import type { ChartPanelDef, KpiPanelDef, PanelDef } from '@/panels/panel-def';
import { panelFigureIds } from '@/panels/select-panel-rows';
import { selectVisiblePanels, visibleTileFigures } from '@/panels/select-visible';
import type { Filters } from '@/state/filters';
import { normalizeQuery } from '@/state/url-state';
import type { DataVersion } from './data-version';
import { NO_MARKS } from './export-marks';
import { REPORT_UI } from './report-strings';

export type PrintKind = 'report' | 'deck';

export type PrintItem =
  | { kind: 'chart'; id: string; title: string; svg: string; rows: FigureRow[] }
  | { kind: 'kpi'; id: string; title: string; rows: FigureRow[] };

export interface PrintSection {
  theme: string;
  items: PrintItem[];
}

/** Everything the print view shows, built from the data and the view (not read off the screen). */
export interface PrintDocument {
  kind: PrintKind;
  lang: Lang;
  title: string;
  subtitle: string;
  filters: string;
  viewUrl: string;
  version?: DataVersion;
  printedOn: Date;
  watermark: string;
  sections: PrintSection[];
  sources: Source[];
  /** QR code of the view link, as a data URL; absent where a link cannot be scanned (a file on disk). */
  qr?: string;
}

/**
 * Width of an A4 page's text column in CSS pixels (210 mm less 2 × 14 mm margins, at 96 px per
 * inch): charts are laid out at the width they are printed, so their text prints at its size.
 */
export const A4_COLUMN_PX = Math.floor(((210 - 28) / 25.4) * 96);

/** The filters in words: "领域：算力、工业 · 时期：2021–2025年成果" / "All indicators (no filter)". */
export function filtersText(filters: Filters, lang: Lang): string {
  const t = UI[lang];
  const r = REPORT_UI[lang];
  const parts: string[] = [];
  if (filters.themes.length)
    parts.push(`${t.themeFilter}${r.fieldSep}${filters.themes.map((id) => pick(THEMES[id], lang)).join(r.listSepShort)}`);
  if (filters.period !== 'all')
    parts.push(`${t.periodFilter}${r.fieldSep}${filters.period === 'baseline' ? t.periodBaseline : t.periodResults}`);
  if (filters.kind !== 'all') parts.push(`${t.kindFilter}${r.fieldSep}${filters.kind === 'stated' ? t.kindStated : t.kindDerived}`);
  const query = normalizeQuery(filters.query);
  if (query) parts.push(`${t.search}${r.fieldSep}“${query}”`);
  return parts.length ? parts.join(' · ') : r.noFilters;
}

/**
 * The panels of the view that can be printed: the panels in force (data/panels.json) that the one
 * visible-panels selector lists for these filters, with their data loaded and valid.
 */
export function printablePanels(dataset: Dataset, filters: Filters, lang: Lang): PanelDef[] {
  return selectVisiblePanels(dataset.panels ?? [], dataset, filters, lang)
    .filter((model) => model.status === 'ready')
    .map((model) => model.def);
}

export interface PrintRequest {
  kind: PrintKind;
  lang: Lang;
  dataset: Dataset;
  filters: Filters;
  viewUrl: string;
  version?: DataVersion;
  watermark: string;
  qr?: string;
  date?: Date;
}

/** Export options for printed charts: vector, white, at the A4 column's width or a 16:9 slide. */
function printPrefs(kind: PrintKind): ExportPrefs {
  return { preset: kind === 'deck' ? 'slide' : 'shown', scale: 1, background: 'white' };
}

/**
 * The print document of the current view: each visible chart drawn as SVG by the export path
 * (its own builder, in the printed frame), headline tiles as rows, and the sources they rest on.
 * The watermark is not burned into each chart here: the print view lays it over every page.
 */
export async function buildPrintDocument(request: PrintRequest): Promise<PrintDocument> {
  const { lang, dataset, filters, kind } = request;
  const ctx: RowContext = { lang, sources: dataset.sourcesById, figures: dataset.figures };
  const prefs = printPrefs(kind);
  const measure = exportMeasure();
  const panels = printablePanels(dataset, filters, lang);
  const sections: PrintSection[] = [];
  for (const theme of THEME_IDS) {
    const items: PrintItem[] = [];
    for (const def of panels.filter((p) => p.theme === theme)) {
      const title = pick(def.title, lang);
      if (def.kind === 'kpi') {
        items.push({ kind: 'kpi', id: def.id, title, rows: kpiRows(def, dataset, filters, ctx) });
        continue;
      }
      const input: PanelExportInput = {
        def: def as ChartPanelDef,
        title,
        file: dataset.themes[def.theme].data!,
        figures: dataset.figures,
        sources: dataset.sourcesById,
        lang,
        shown: { width: A4_COLUMN_PX, chartHeight: def.height ?? 300 },
      };
      const { rows, composition } = composePanel(input, prefs, measure, NO_MARKS);
      items.push({ kind: 'chart', id: def.id, title, svg: await renderSvg(composition), rows });
    }
    if (items.length) sections.push({ theme: pick(THEMES[theme], lang), items });
  }
  const used = new Set(
    panels
      .flatMap((def) => panelFigureIds(def, dataset.themes[def.theme].data!))
      .flatMap((id) => {
        const figure = dataset.figures.get(id);
        return figure ? figureSources(figure, ctx).map((s) => s.id) : [];
      }),
  );
  return {
    kind,
    lang,
    title: UI[lang].appTitle,
    subtitle: UI[lang].appSubtitle,
    filters: filtersText(filters, lang),
    viewUrl: request.viewUrl,
    version: request.version,
    printedOn: request.date ?? new Date(),
    watermark: request.watermark,
    sections,
    sources: (dataset.sources.data ?? []).filter((s) => used.has(s.id)),
    qr: request.qr,
  };
}

function kpiRows(def: KpiPanelDef, dataset: Dataset, filters: Filters, ctx: RowContext): FigureRow[] {
  return visibleTileFigures(def, dataset.figures, filters).flatMap((id) => {
    const figure = dataset.figures.get(id);
    return figure ? [toFigureRow(figure, ctx)] : [];
  });
}

/** A text as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[\n\r\f<>]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}
