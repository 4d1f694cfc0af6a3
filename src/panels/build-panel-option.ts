import { buildBarOption } from '@/charts/build-bar-option';
import { buildBeforeAfterOption } from '@/charts/build-before-after-option';
import { buildGaugeOption } from '@/charts/build-gauge-option';
import { buildPieOption } from '@/charts/build-pie-option';
import type { ChartView, Option } from '@/charts/chart-view';
import type { FigureRow } from '@/data/select-rows';
import type { ChartSpec } from './panel-def';

/** Dispatches a panel's chart spec to its pure option builder. */
export function buildPanelOption(spec: ChartSpec, title: string, rows: FigureRow[], view: ChartView): Option {
  switch (spec.kind) {
    case 'bar':
      return buildBarOption({ title, rows, view, horizontal: spec.horizontal, sort: spec.sort });
    case 'breakdown-bar':
      return buildBarOption({ title, rows, view, horizontal: spec.horizontal ?? true, sort: true });
    case 'pie':
      return buildPieOption({ title, rows, view });
    case 'before-after':
      return buildBeforeAfterOption({ title, rows, view });
    case 'gauge':
      return buildGaugeOption({ title, row: rows[0], view });
  }
}
