import type { TargetItem } from '@/charts/build-target-option';
import type { TrendPoint, TrendSeries } from '@/charts/build-trend-option';
import { periodYear } from '@/data/period-year';
import type { Figure, Goal, ThemeFile } from '@/data/schema';
import { toFigureRow, type FigureRow, type RowContext } from '@/view-model/select-rows';
import { pick } from '@/i18n/lang';
import type { ChartSpec } from './panel-def';

type TargetSpec = Extract<ChartSpec, { kind: 'target' }>;
type TrendSpec = Extract<ChartSpec, { kind: 'trend' }>;

/** A plan target in the panel's own file, with its goal; anything else is a mistake in the panel. */
function goalOf(id: string, file: ThemeFile): Goal {
  const figure = file.figures.find((f) => f.id === id);
  if (!figure?.goal) throw new Error(`"${id}" is not a plan target in ${file.theme}`);
  return figure.goal;
}

/** Each target, then its result, then the result at another scope. */
export function targetFigureIds(spec: TargetSpec, file: ThemeFile): string[] {
  return spec.targets.flatMap((id) => {
    const goal = goalOf(id, file);
    return [id, ...(goal.result ? [goal.result] : []), ...(goal.otherResults ?? [])];
  });
}

export function trendFigureIds(spec: TrendSpec): string[] {
  return [...spec.series.flatMap((s) => s.figures), ...(spec.targets ?? [])];
}

function figureOf(id: string, ctx: RowContext): Figure {
  const figure = ctx.figures.get(id);
  if (!figure) throw new Error(`unknown figure "${id}"`);
  return figure;
}

/**
 * The rows of a target chart. A result's row carries its target's status, so its tooltip and
 * its line in the data table say whether it met the target.
 */
export function selectTargetItems(spec: TargetSpec, file: ThemeFile, ctx: RowContext): TargetItem[] {
  return spec.targets.map((id) => {
    const goal = goalOf(id, file);
    const target = toFigureRow(figureOf(id, ctx), ctx);
    const result = goal.result ? { ...toFigureRow(figureOf(goal.result, ctx), ctx), status: target.status } : undefined;
    const others = (goal.otherResults ?? []).map((other) => toFigureRow(figureOf(other, ctx), ctx));
    if (others.length > 1) throw new Error(`"${id}" names ${others.length} results at other scopes; a target chart shows at most one`);
    return { target, result, other: others[0] };
  });
}

export function targetItemRows(items: readonly TargetItem[]): FigureRow[] {
  return items.flatMap((item) => [item.target, ...(item.result ? [item.result] : []), ...(item.other ? [item.other] : [])]);
}

function trendPoint(id: string, ctx: RowContext): TrendPoint {
  const figure = figureOf(id, ctx);
  const placed = periodYear(figure.period);
  if (!placed) throw new Error(`"${id}" has no single year (${figure.period.type}) to place on a yearly axis`);
  return { ...placed, row: toFigureRow(figure, ctx) };
}

/** The series of a trend chart, each figure placed in its year, and the targets in theirs. */
export function selectTrend(spec: TrendSpec, ctx: RowContext): { series: TrendSeries[]; targets: TrendPoint[] } {
  return {
    series: spec.series.map((s) => ({ name: pick(s.name, ctx.lang), points: s.figures.map((id) => trendPoint(id, ctx)) })),
    targets: (spec.targets ?? []).map((id) => trendPoint(id, ctx)),
  };
}

/** The years each series of a trend has no figure for: what the panel's note must explain. */
export function missingYears(spec: TrendSpec, figures: Map<string, Figure>): { series: string; years: number[] }[] {
  const all = Array.from({ length: spec.to - spec.from + 1 }, (_, i) => spec.from + i);
  return spec.series.map((s) => {
    const present = new Set(s.figures.map((id) => figures.get(id)).map((f) => (f ? periodYear(f.period)?.year : undefined)));
    return { series: s.name.en, years: all.filter((year) => !present.has(year)) };
  });
}
