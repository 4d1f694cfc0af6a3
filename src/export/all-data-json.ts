import type { Figure, Source } from '@/data/schema';
import { figureSources, toFigureRow, type RowContext } from '@/view-model/select-rows';
import type { Lang } from '@/i18n/lang';
import { storedUnitText } from './export-captions';

export interface AllDataInput {
  appTitle: string;
  lang: Lang;
  exportedAt: Date;
  /** Figures in dataset order, each with the name of its theme in the reader's language. */
  figures: { figure: Figure; themeName: string }[];
  sources: Source[];
  ctx: RowContext;
}

/**
 * Every figure as stored in data/ (both languages, period, qualifier, source clause or formula),
 * with the texts the dashboard shows for it in the reader's language and the ids of the sources it
 * rests on: a reader can check any number without the app.
 */
export function buildAllDataJson({ appTitle, lang, exportedAt, figures, sources, ctx }: AllDataInput) {
  return {
    title: appTitle,
    language: lang,
    exportedAt: exportedAt.toISOString(),
    count: figures.length,
    figures: figures.map(({ figure, themeName }) => {
      const row = toFigureRow(figure, ctx);
      return {
        ...figure,
        themeName,
        sourceIds: figureSources(figure, ctx).map((s) => s.id),
        display: {
          name: row.name,
          valueText: row.valueText,
          unitText: storedUnitText(figure.unit, lang),
          periodText: row.periodText,
          qualifierText: row.qualifierText,
          sourceText: row.sourceText,
          ...(row.formulaText ? { formulaText: row.formulaText } : {}),
        },
      };
    }),
    sources,
  };
}
