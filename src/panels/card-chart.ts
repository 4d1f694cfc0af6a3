import type { ViewSettings } from '@/charts/chart-view';
import { cardFrame } from '@/charts/frame';
import type { Figure, Source, ThemeFile } from '@/data/schema';
import { chartKind, type BuiltChart } from './chart-kinds';
import { buildPanelChart } from './build-panel-option';
import type { ChartPanelDef } from './panel-def';

/** A chart's height in a card when its panel does not give one (px). */
export const DEFAULT_CHART_HEIGHT = 300;

/** What a card's chart is laid out from. */
export interface CardChartInputs {
  def: ChartPanelDef;
  title: string;
  file: ThemeFile;
  figures: Map<string, Figure>;
  sources: Map<string, Source>;
  view: ViewSettings;
  /** The card's width (px); 0 before it has been measured. */
  width: number;
  /** The height the card gives the chart, when stretched to a taller neighbour's (px). */
  room: number;
  /** Text is measured with the loaded web fonts (they change the layout). */
  fontsReady: boolean;
}

export type CardChart = BuiltChart & { height: number };

function layOut(inputs: CardChartInputs): CardChart {
  const { def, title, file, figures, sources, view, width, room } = inputs;
  const ctx = { lang: view.lang, sources, figures };
  const build = (height: number) => buildPanelChart(def.chart, title, file, ctx, { ...view, frame: cardFrame(width || 640, height) });
  const base = def.height ?? DEFAULT_CHART_HEIGHT;
  const first = build(Math.max(base, room));
  // A chart whose labels need more room than the card's height gets it, rather than colliding.
  const least = first.minHeight ? Math.max(base, Math.ceil(first.minHeight)) : base;
  return least > Math.max(base, room) ? { ...build(least), height: least } : { ...first, height: least };
}

function leastHeight({ def, file, figures, sources, view, width, room }: CardChartInputs): number {
  const base = def.height ?? DEFAULT_CHART_HEIGHT;
  const kind = chartKind(def.chart);
  if (!kind.leastHeight) return base;
  const ctx = { lang: view.lang, sources, figures };
  const least = kind.leastHeight({ spec: def.chart, file, ctx, view: { ...view, frame: cardFrame(width || 640, Math.max(base, room)) } });
  return Math.max(base, Math.ceil(least));
}

const same = (a: CardChartInputs, b: CardChartInputs) =>
  (Object.keys(a) as (keyof CardChartInputs)[]).every((key) => Object.is(a[key], b[key]));

/** The last result for each panel, with the inputs it came from. */
function lastResult<T>(): (inputs: CardChartInputs, compute: (inputs: CardChartInputs) => T) => T {
  const last = new WeakMap<ChartPanelDef, { inputs: CardChartInputs; result: T }>();
  return (inputs, compute) => {
    const kept = last.get(inputs.def);
    if (kept && same(kept.inputs, inputs)) return kept.result;
    const result = compute(inputs);
    last.set(inputs.def, { inputs, result });
    return result;
  };
}

const keptLayout = lastResult<CardChart>();
const keptHeight = lastResult<number>();

/**
 * A panel's chart laid out for its card: rows, option and the height it takes (at least the
 * panel's height, more when its labels need it). The last layout of each panel is kept, so a
 * panel that a filter hides and brings back draws without being laid out again.
 */
export function cardChart(inputs: CardChartInputs): CardChart {
  return keptLayout(inputs, layOut);
}

/**
 * The height a panel's chart will take in its card (as `cardChart` lays it out), found without
 * building the chart: the room a card keeps for a chart that is not drawn yet.
 */
export function cardChartHeight(inputs: CardChartInputs): number {
  return keptHeight(inputs, leastHeight);
}
