import type { Figure, ThemeFile } from '@/data/schema';
import { toFigureRow, type FigureRow, type RowContext } from '@/data/select-rows';
import type { ChartSpec } from './panel-def';

/** The figure ids a chart spec draws, in order (a breakdown's members as listed). */
export function specFigureIds(spec: ChartSpec, file: ThemeFile): string[] {
  switch (spec.kind) {
    case 'bar':
    case 'before-after':
      return spec.figures;
    case 'gauge':
      return [spec.figure];
    case 'breakdown-bar':
    case 'pie': {
      const breakdown = file.breakdowns?.find((b) => b.id === spec.breakdown);
      if (!breakdown) throw new Error(`unknown breakdown "${spec.breakdown}" in ${file.theme}`);
      return breakdown.members;
    }
  }
}

/** The rows a panel's chart draws; a missing figure is an error that names it. */
export function selectPanelRows(spec: ChartSpec, file: ThemeFile, ctx: RowContext): FigureRow[] {
  return specFigureIds(spec, file).map((id) => {
    const figure: Figure | undefined = ctx.figures.get(id);
    if (!figure) throw new Error(`unknown figure "${id}" in ${file.theme}`);
    return toFigureRow(figure, ctx);
  });
}
