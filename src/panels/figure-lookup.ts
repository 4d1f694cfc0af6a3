import type { Figure, ThemeFile } from '@/data/schema';
import { toFigureRow, type FigureRow, type RowContext } from '@/view-model/select-rows';

export function breakdownOf(id: string, file: ThemeFile) {
  const breakdown = file.breakdowns?.find((b) => b.id === id);
  if (!breakdown) throw new Error(`unknown breakdown "${id}" in ${file.theme}`);
  return breakdown;
}

/** A figure's row; a missing figure is an error that names it. */
export function rowOf(id: string, ctx: RowContext, theme: string): FigureRow {
  const figure: Figure | undefined = ctx.figures.get(id);
  if (!figure) throw new Error(`unknown figure "${id}" in ${theme}`);
  return toFigureRow(figure, ctx);
}
