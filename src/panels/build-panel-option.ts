import { buildBarOption } from '@/charts/build-bar-option';
import { buildBeforeAfterOption } from '@/charts/build-before-after-option';
import { buildGaugeOption } from '@/charts/build-gauge-option';
import { buildPieOption } from '@/charts/build-pie-option';
import { buildProgressOption } from '@/charts/build-progress-option';
import { buildSlopeOption } from '@/charts/build-slope-option';
import { buildTargetOption } from '@/charts/build-target-option';
import { buildTreemapOption } from '@/charts/build-treemap-option';
import { buildTrendOption } from '@/charts/build-trend-option';
import type { ChartView, Option } from '@/charts/chart-view';
import type { ThemeFile } from '@/data/schema';
import type { FigureRow, RowContext } from '@/data/select-rows';
import type { ChartSpec } from './panel-def';
import { selectChartRows, selectProgressTotal } from './select-panel-rows';
import { selectTargetItems, selectTrend, targetItemRows } from './select-target-rows';

/** A chart's rows (what its data table lists) and its ECharts option. */
export function buildPanelChart(spec: ChartSpec, title: string, file: ThemeFile, ctx: RowContext, view: ChartView): { rows: FigureRow[]; option: Option } {
  // Targets and trends select their own rows: a result carries its target's status, a point its year.
  if (spec.kind === 'target') {
    const items = selectTargetItems(spec, file, ctx);
    return { rows: targetItemRows(items), option: buildTargetOption({ title, items, view }) };
  }
  if (spec.kind === 'trend') {
    const { series, targets } = selectTrend(spec, ctx);
    const rows = [...series.flatMap((s) => s.points.map((p) => p.row)), ...targets.map((p) => p.row)];
    return { rows, option: buildTrendOption({ title, from: spec.from, to: spec.to, series, targets, view }) };
  }
  const rows = selectChartRows(spec, file, ctx);
  switch (spec.kind) {
    case 'bar':
      return { rows, option: buildBarOption({ title, rows, view, horizontal: spec.horizontal, sort: spec.sort }) };
    case 'breakdown-bar':
      return { rows, option: buildBarOption({ title, rows, view, horizontal: true, sort: true }) };
    case 'pie':
      return { rows, option: buildPieOption({ title, rows, view }) };
    case 'treemap':
      return { rows, option: buildTreemapOption({ title, rows, view }) };
    case 'before-after':
      return { rows, option: buildBeforeAfterOption({ title, rows, view }) };
    case 'slope':
      return { rows, option: buildSlopeOption({ title, rows, view }) };
    case 'gauge':
      return { rows, option: buildGaugeOption({ title, row: rows[0], view }) };
    case 'progress': {
      const total = selectProgressTotal(spec, file, ctx);
      return { rows: [total, ...rows], option: buildProgressOption({ title, rows, total, view }) };
    }
  }
}
