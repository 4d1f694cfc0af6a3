import type { ChartView } from '@/charts/chart-view';
import type { FigureRow, RowContext } from '@/data/select-rows';
import { pick } from '@/i18n/lang';
import { buildPanelChart } from '@/panels/build-panel-option';
import { buildExportOption, exportScheme, type ExportComposition } from './build-export-option';
import { exportFooter, exportSubtitle, FOOTER_FORMULA_MAX, formulaWithValues } from './export-captions';
import type { ExportPrefs } from './export-prefs';
import type { PanelExportInput } from './export-types';
import type { MeasureText } from './text-measure';

/**
 * A panel's chart built afresh for export: from its data, in the colours of the chosen
 * background (white or transparent get the light palette, dark the dark one, whatever the app's
 * theme), without animation and without the cross-filter dimming of the moment.
 */
export function composePanel(input: PanelExportInput, prefs: ExportPrefs, measure?: MeasureText): { rows: FigureRow[]; composition: ExportComposition } {
  const view: ChartView = { lang: input.lang, scheme: exportScheme(prefs.background), animation: false, compact: false };
  const ctx: RowContext = { lang: input.lang, sources: input.sources, figures: input.figures };
  const { rows, option } = buildPanelChart(input.def.chart, input.title, input.file, ctx, view);
  const note = input.def.note ? pick(input.def.note, input.lang) : undefined;
  const meta = {
    title: input.title,
    subtitle: exportSubtitle(rows, input.lang),
    footer: exportFooter(rows, input.lang, {
      note,
      formulaOf: (row) => {
        const figure = input.figures.get(row.id);
        return row.formulaText && row.formulaText.length > FOOTER_FORMULA_MAX && figure ? formulaWithValues(figure, input.figures, input.lang) : row.formulaText;
      },
      // A treemap leaves its smallest tiles unlabelled, and an image has no tooltip.
      listAll: input.def.chart.kind === 'treemap',
    }),
    background: prefs.background,
    lang: input.lang,
  };
  return { rows, composition: buildExportOption(option, meta, { preset: prefs.preset, scale: prefs.scale, shown: input.shown }, measure) };
}
