import type { ViewSettings } from '@/charts/chart-view';
import type { FigureRow, RowContext } from '@/view-model/select-rows';
import { pick } from '@/i18n/lang';
import { buildPanelChart } from '@/panels/build-panel-option';
import { chartKind } from '@/panels/chart-kinds';
import { composeExport, exportScheme, layoutExport, type ExportComposition, type ExportMeta } from './build-export-option';
import { exportFooter, exportSubtitle } from './export-captions';
import type { ExportPrefs } from './export-prefs';
import { FALLBACK_SHOWN, type ExportSize } from './export-presets';
import type { PanelExportInput } from './export-types';
import { estimateTextWidth, type MeasureText } from './text-measure';
import { currentReportMarks, type ReportMarks } from '@/report/export-marks';

/**
 * A panel's chart built afresh for export by its own builder, in the export's frame: from its
 * data, in the colours of the chosen background (white or transparent get the light palette,
 * dark the dark one, whatever the app's theme), without animation and without the cross-filter
 * dimming of the moment.
 */
export function composePanel(
  input: PanelExportInput,
  prefs: ExportPrefs,
  measure: MeasureText = estimateTextWidth,
  marks: ReportMarks = currentReportMarks(input.lang),
): { rows: FigureRow[]; composition: ExportComposition } {
  const settings: ViewSettings = { lang: input.lang, scheme: exportScheme(prefs.background), animation: false };
  const ctx: RowContext = { lang: input.lang, sources: input.sources, figures: input.figures };
  const size: ExportSize = { preset: prefs.preset, scale: prefs.scale, shown: input.shown };
  const chartHeight = input.shown?.chartHeight ?? FALLBACK_SHOWN.chartHeight;
  const build = (frame: ReturnType<typeof layoutExport>['frame']) =>
    buildPanelChart(input.def.chart, input.title, input.file, ctx, { ...settings, frame });
  const metaOf = (rows: readonly FigureRow[]): ExportMeta => ({
    title: input.title,
    subtitle: exportSubtitle(rows, input.lang),
    footer: exportFooter(rows, input.lang, {
      note: input.def.note ? pick(input.def.note, input.lang) : undefined,
      // An image has no tooltip: where small parts go unlabelled, the footer lists them all.
      listAll: chartKind(input.def.chart).listsAllInExport,
    }).concat(marks.versionLine ? [marks.versionLine] : []),
    background: prefs.background,
    lang: input.lang,
    watermark: marks.watermark,
  });
  // The rows (and the height the chart needs) do not depend on the frame; the layout does.
  const draft = build(
    layoutExport(
      { title: input.title, subtitle: '', footer: [], background: prefs.background, lang: input.lang },
      size,
      chartHeight,
      measure,
    ).frame,
  );
  const meta = metaOf(draft.rows);
  const layout = layoutExport(meta, size, Math.max(chartHeight, Math.ceil(draft.minHeight ?? 0)), measure);
  const { rows, option } = build(layout.frame);
  return { rows, composition: composeExport(option, layout, meta, size) };
}
