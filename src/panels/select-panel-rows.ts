import type { ThemeFile } from '@/data/schema';
import type { ChartSpec, PanelDef } from './panel-def';
import { chartKind } from './chart-kinds';

/** The figure ids a chart spec draws, in order (a breakdown's members as listed; pairs flattened). */
export function specFigureIds(spec: ChartSpec, file: ThemeFile): string[] {
  return chartKind(spec).figureIds(spec, file);
}

/** Every figure id a panel shows, for filtering and cross-filtering. */
export function panelFigureIds(def: PanelDef, file: ThemeFile): string[] {
  if (def.kind === 'kpi') return def.tiles.flatMap((t) => (t.change ? [t.figure, t.change] : [t.figure]));
  return specFigureIds(def.chart, file);
}
