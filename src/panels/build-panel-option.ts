import type { ChartView } from '@/charts/chart-view';
import type { ThemeFile } from '@/data/schema';
import type { RowContext } from '@/view-model/select-rows';
import { chartKind, type BuiltChart } from './chart-kinds';
import type { ChartSpec } from './panel-def';

/** A chart's rows (what its data table lists) and its ECharts option, laid out for the view's frame. */
export function buildPanelChart(spec: ChartSpec, title: string, file: ThemeFile, ctx: RowContext, view: ChartView): BuiltChart {
  return chartKind(spec).build({ spec, title, file, ctx, view });
}
