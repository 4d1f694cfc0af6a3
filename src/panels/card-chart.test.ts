import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ViewSettings } from '@/charts/chart-view';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { indexById } from '@/view-model/select-rows';
import { cardChart, cardChartHeight, DEFAULT_CHART_HEIGHT, type CardChartInputs } from './card-chart';
import type { ChartPanelDef } from './panel-def';
import { readPanels } from './read-panels-file';

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
const files = new Map(dataset!.themes.map((t) => [t.data.theme, t.data]));
const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = indexById(dataset!.sources.data.sources);
const charts = readPanels().filter((p): p is ChartPanelDef => p.kind === 'chart');
const view: ViewSettings = { lang: 'zh', scheme: 'light', animation: false, highlight: new Set(), patterns: false };

function inputs(def: ChartPanelDef, changes: Partial<CardChartInputs> = {}): CardChartInputs {
  return {
    def,
    title: def.title.zh,
    file: files.get(def.theme)!,
    figures,
    sources,
    view,
    width: 600,
    room: 0,
    fontsReady: true,
    ...changes,
  };
}

describe('cardChart', () => {
  it('takes at least the panel’s height, and the height a target chart’s rows need', () => {
    for (const def of charts) expect(cardChart(inputs(def)).height, def.id).toBeGreaterThanOrEqual(def.height ?? DEFAULT_CHART_HEIGHT);
    const target = charts.find((def) => def.chart.kind === 'target')!;
    const narrow = cardChart(inputs(target, { width: 320 }));
    expect(narrow.height).toBeGreaterThanOrEqual(Math.ceil(narrow.minHeight ?? 0));
  });

  it('keeps the room a chart takes before it is built: the placeholder and the chart have one height', () => {
    for (const def of charts)
      for (const width of [0, 320, 600, 900])
        for (const lang of ['zh', 'en'] as const) {
          const at = inputs(def, { width, view: { ...view, lang }, title: def.title[lang] });
          expect(cardChartHeight(at), `${def.id} at ${width} px in ${lang}`).toBe(cardChart(at).height);
        }
    // Some charts do need more than their panel's height (the case the placeholder must know): the target rows in English.
    const english = (def: ChartPanelDef) => inputs(def, { width: 320, view: { ...view, lang: 'en' }, title: def.title.en });
    expect(charts.some((def) => cardChart(english(def)).height > (def.height ?? DEFAULT_CHART_HEIGHT))).toBe(true);
  });

  it('gives the same layout again for the same inputs, and lays out again when one changes', () => {
    const def = charts[0]!;
    const first = cardChart(inputs(def));
    expect(cardChart(inputs(def))).toBe(first);
    const wider = cardChart(inputs(def, { width: 900 }));
    expect(wider).not.toBe(first);
    expect(cardChart(inputs(def, { width: 900, view: { ...view, lang: 'en' }, title: def.title.en }))).not.toBe(wider);
    expect(cardChart(inputs(def, { width: 900, fontsReady: false }))).not.toBe(wider);
  });
});
