import type { Figure, ThemeFile } from '@/data/schema';
import { toFigureRow, type FigureRow, type RowContext } from '@/data/select-rows';
import type { ChartSpec, PanelDef } from './panel-def';
import { targetFigureIds, trendFigureIds } from './select-target-rows';

function breakdownOf(id: string, file: ThemeFile) {
  const breakdown = file.breakdowns?.find((b) => b.id === id);
  if (!breakdown) throw new Error(`unknown breakdown "${id}" in ${file.theme}`);
  return breakdown;
}

/** The figure ids a chart spec draws, in order (a breakdown's members as listed; pairs flattened). */
export function specFigureIds(spec: ChartSpec, file: ThemeFile): string[] {
  switch (spec.kind) {
    case 'bar':
      return spec.figures;
    case 'before-after':
      return spec.pairs.flatMap((p) => [p.before, p.after]);
    case 'slope':
      return [spec.before, spec.after];
    case 'gauge':
      return [spec.figure];
    case 'breakdown-bar':
    case 'pie':
    case 'treemap':
    case 'progress':
      return breakdownOf(spec.breakdown, file).members;
    case 'target':
      return targetFigureIds(spec, file);
    case 'trend':
      return trendFigureIds(spec);
  }
}

/** Every figure id a panel shows, for filtering and cross-filtering. */
export function panelFigureIds(def: PanelDef, file: ThemeFile): string[] {
  if (def.kind === 'kpi') return def.tiles.flatMap((t) => (t.change ? [t.figure, t.change] : [t.figure]));
  const ids = specFigureIds(def.chart, file);
  return def.chart.kind === 'progress' ? [...ids, breakdownOf(def.chart.breakdown, file).total] : ids;
}

function rowOf(id: string, ctx: RowContext, theme: string): FigureRow {
  const figure: Figure | undefined = ctx.figures.get(id);
  if (!figure) throw new Error(`unknown figure "${id}" in ${theme}`);
  return toFigureRow(figure, ctx);
}

/** The rows a chart draws; a missing figure is an error that names it. */
export function selectChartRows(spec: ChartSpec, file: ThemeFile, ctx: RowContext): FigureRow[] {
  return specFigureIds(spec, file).map((id) => rowOf(id, ctx, file.theme));
}

/** The total a progress chart fills up to. */
export function selectProgressTotal(spec: Extract<ChartSpec, { kind: 'progress' }>, file: ThemeFile, ctx: RowContext): FigureRow {
  return rowOf(breakdownOf(spec.breakdown, file).total, ctx, file.theme);
}
