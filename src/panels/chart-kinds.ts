import { buildBarOption } from '@/charts/build-bar-option';
import { buildBeforeAfterOption } from '@/charts/build-before-after-option';
import { buildGaugeOption } from '@/charts/build-gauge-option';
import { buildPieOption } from '@/charts/build-pie-option';
import { buildProgressOption } from '@/charts/build-progress-option';
import { buildSlopeOption } from '@/charts/build-slope-option';
import { buildTargetOption, targetLayout } from '@/charts/build-target-option';
import { buildTreemapOption } from '@/charts/build-treemap-option';
import { buildTrendOption } from '@/charts/build-trend-option';
import type { ChartView, Option } from '@/charts/chart-view';
import type { ThemeFile } from '@/data/schema';
import type { FigureRow, RowContext } from '@/view-model/select-rows';
import type { ChartSpec } from './panel-def';
import { breakdownOf, rowOf } from './figure-lookup';
import { selectTargetItems, selectTrend, targetFigureIds, targetItemRows, trendFigureIds } from './select-target-rows';

/** A chart built for one frame: the rows its data table lists, its option, and the height it needs at the least. */
export interface BuiltChart {
  rows: FigureRow[];
  option: Option;
  /** Set where the chart's labels need more height than a card gives by default (layout pixels). */
  minHeight?: number;
}

export interface ChartInput<S> {
  spec: S;
  title: string;
  file: ThemeFile;
  ctx: RowContext;
  view: ChartView;
}

/** One chart kind: which figures it draws, their rows, and how it draws them into a frame. */
export interface ChartKind<S> {
  figureIds(spec: S, file: ThemeFile): string[];
  /** The rows the chart's data table lists, in its order, without laying anything out. */
  rows(spec: S, file: ThemeFile, ctx: RowContext): FigureRow[];
  build(input: ChartInput<S>): BuiltChart;
  /**
   * The height the chart's labels need in the view's frame, where it can be more than a card's
   * default (the `minHeight` its build gives), found without building it: a card keeps that room
   * for a chart it has not drawn yet.
   */
  leastHeight?(input: Omit<ChartInput<S>, 'title'>): number;
  /** Exported images have no tooltips: a kind that leaves small parts unlabelled lists every part in its footer. */
  listsAllInExport: boolean;
}

type Registry = { [K in ChartSpec['kind']]: ChartKind<Extract<ChartSpec, { kind: K }>> };

const rowsOf = (ids: readonly string[], file: ThemeFile, ctx: RowContext) => ids.map((id) => rowOf(id, ctx, file.theme));
const members = (spec: { breakdown: string }, file: ThemeFile) => breakdownOf(spec.breakdown, file).members;
const totalOf = (spec: { breakdown: string }, file: ThemeFile, ctx: RowContext) =>
  rowOf(breakdownOf(spec.breakdown, file).total, ctx, file.theme);
/** Sideways bars: a line and a little more per bar. */
const barsHeight = (count: number, view: ChartView) => count * view.frame.type.text * 2.2 + 48;

/**
 * Every chart kind, registered once: the compiler checks that each kind of `ChartSpec` has its
 * entry, so a new kind cannot be half added.
 */
export const CHART_KINDS: Registry = {
  bar: {
    figureIds: (spec) => spec.figures,
    rows: (spec, file, ctx) => rowsOf(spec.figures, file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(spec.figures, file, ctx);
      return { rows, option: buildBarOption({ title, rows, view, horizontal: spec.horizontal, sort: spec.sort }) };
    },
    listsAllInExport: false,
  },
  'breakdown-bar': {
    figureIds: members,
    rows: (spec, file, ctx) => rowsOf(members(spec, file), file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(members(spec, file), file, ctx);
      return {
        rows,
        option: buildBarOption({ title, rows, view, horizontal: true, sort: true }),
        minHeight: barsHeight(rows.length, view),
      };
    },
    leastHeight: ({ spec, file, view }) => barsHeight(members(spec, file).length, view),
    listsAllInExport: false,
  },
  pie: {
    figureIds: members,
    rows: (spec, file, ctx) => rowsOf(members(spec, file), file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(members(spec, file), file, ctx);
      return { rows, option: buildPieOption({ title, rows, total: totalOf(spec, file, ctx), view }) };
    },
    listsAllInExport: false,
  },
  treemap: {
    figureIds: members,
    rows: (spec, file, ctx) => rowsOf(members(spec, file), file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(members(spec, file), file, ctx);
      return { rows, option: buildTreemapOption({ title, rows, view }) };
    },
    listsAllInExport: true,
  },
  'before-after': {
    figureIds: (spec) => spec.pairs.flatMap((p) => [p.before, p.after]),
    rows: (spec, file, ctx) =>
      rowsOf(
        spec.pairs.flatMap((p) => [p.before, p.after]),
        file,
        ctx,
      ),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(
        spec.pairs.flatMap((p) => [p.before, p.after]),
        file,
        ctx,
      );
      return { rows, option: buildBeforeAfterOption({ title, rows, view }) };
    },
    listsAllInExport: false,
  },
  slope: {
    figureIds: (spec) => [spec.before, spec.after],
    rows: (spec, file, ctx) => rowsOf([spec.before, spec.after], file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf([spec.before, spec.after], file, ctx);
      return { rows, option: buildSlopeOption({ title, rows, view }) };
    },
    listsAllInExport: false,
  },
  gauge: {
    figureIds: (spec) => [spec.figure],
    rows: (spec, file, ctx) => rowsOf([spec.figure], file, ctx),
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf([spec.figure], file, ctx);
      return { rows, option: buildGaugeOption({ title, row: rows[0]!, view }) };
    },
    listsAllInExport: false,
  },
  progress: {
    // The total is shown too (it is what the bar fills up to).
    figureIds: (spec, file) => [...members(spec, file), breakdownOf(spec.breakdown, file).total],
    rows: (spec, file, ctx) => [totalOf(spec, file, ctx), ...rowsOf(members(spec, file), file, ctx)],
    build: ({ spec, title, file, ctx, view }) => {
      const rows = rowsOf(members(spec, file), file, ctx);
      const total = totalOf(spec, file, ctx);
      return { rows: [total, ...rows], option: buildProgressOption({ title, rows, total, view }) };
    },
    listsAllInExport: false,
  },
  target: {
    figureIds: (spec, file) => targetFigureIds(spec, file),
    rows: (spec, file, ctx) => targetItemRows(selectTargetItems(spec, file, ctx)),
    build: ({ spec, title, file, ctx, view }) => {
      // A result carries its target's status.
      const items = selectTargetItems(spec, file, ctx);
      return {
        rows: targetItemRows(items),
        option: buildTargetOption({ title, items, view }),
        minHeight: targetLayout(items, view).minHeight,
      };
    },
    leastHeight: ({ spec, file, ctx, view }) => targetLayout(selectTargetItems(spec, file, ctx), view).minHeight,
    listsAllInExport: false,
  },
  trend: {
    figureIds: (spec) => trendFigureIds(spec),
    rows: (spec, _file, ctx) => trendRows(selectTrend(spec, ctx)),
    build: ({ spec, title, ctx, view }) => {
      const { series, targets } = selectTrend(spec, ctx);
      return {
        rows: trendRows({ series, targets }),
        option: buildTrendOption({ title, from: spec.from, to: spec.to, series, targets, view }),
      };
    },
    listsAllInExport: false,
  },
};

function trendRows({ series, targets }: ReturnType<typeof selectTrend>): FigureRow[] {
  return [...series.flatMap((s) => s.points.map((p) => p.row)), ...targets.map((p) => p.row)];
}

export function chartKind<S extends ChartSpec>(spec: S): ChartKind<S> {
  return CHART_KINDS[spec.kind] as unknown as ChartKind<S>;
}
