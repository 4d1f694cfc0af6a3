import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { indexById, toFigureRow } from '@/view-model/select-rows';
import { DEFAULT_FILTERS } from '@/state/filters';
import { buildPanelChart } from './build-panel-option';
import type { ChartPanelDef } from './panel-def';
import { readPanels } from './read-panels-file';
import { figurePassesFilters, panelVisible } from './select-visible';
import { missingYears } from './select-target-rows';
import { cardFrame } from '@/charts/frame';

const PANELS = readPanels();
const TARGET_PANELS = PANELS.filter((def) => def.theme === 'targets');

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
const files = new Map(dataset!.themes.map((t) => [t.data.theme, t.data]));
const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = indexById(dataset!.sources.data.sources);
const status = (id: string, lang: 'zh' | 'en' = 'zh') => toFigureRow(figures.get(id)!, { lang, sources, figures }).status;
const panel = (id: string) => PANELS.find((p) => p.id === id)!;

describe('plan targets judged from the real data', () => {
  it('met, not met, cannot be decided, no comparable result', () => {
    // Factories and workshops together (500) against the 400 municipal factories and workshops:
    // never "met" on the 528 smart factories alone, another scope.
    expect(status('targets.target.smart-factories')?.code).toBe('not-met');
    expect(status('targets.target.smart-factories')?.result?.id).toBe('data-economy.smart-factories-municipal');
    expect(status('targets.target.national-green-units')?.code).toBe('met');
    expect(status('targets.target.industrial-energy-intensity-fall')?.code).toBe('not-met');
    expect(status('targets.target.industrial-energy-intensity-fall', 'en')?.text).toBe('not met');
    expect(status('targets.target.gdp-growth-2025')?.code).toBe('undetermined');
    for (const id of [
      'targets.target.green-units-all-levels',
      'targets.target.municipal-single-champions',
      'targets.target.municipal-specialised-smes',
      'targets.target.industrial-water-intensity-fall',
      'targets.target.sei-share-value-added',
      'targets.target.industrial-va-growth',
      'targets.target.gdp-energy-intensity-fall',
      'targets.target.mfg-share-gdp',
      'targets.target.high-tech-enterprises',
      'targets.target.non-fossil-share',
    ])
      expect(status(id)?.code, id).toBe('no-result');
  });

  it('never judges a target against a result on another basis', () => {
    const sei = figures.get('targets.target.sei-share-value-added')!;
    expect(sei.basis).toBe('value-added');
    expect(sei.goal?.result).toBeUndefined();
    expect(figures.get('industry.emerging-share-output')!.basis).toBe('output');
  });

  it('copies no figure that data/ already holds: no context figure repeats a value, unit and period', () => {
    const key = (f: Figure) => `${f.value}|${f.unit}|${JSON.stringify(f.period)}`;
    const context = [...figures.values()].filter((f) => f.theme === 'targets');
    for (const figure of context) {
      const twins = [...figures.values()].filter((f) => f.id !== figure.id && key(f) === key(figure));
      expect(
        twins.map((f) => f.id),
        figure.id,
      ).toEqual([]);
    }
  });
});

describe('yearly trends', () => {
  const trends = TARGET_PANELS.filter(
    (p): p is ChartPanelDef & { chart: { kind: 'trend' } } => p.kind === 'chart' && p.chart.kind === 'trend',
  );

  it('say in their note, in both languages, every year a series is missing', () => {
    expect(trends.length).toBeGreaterThanOrEqual(4);
    for (const def of trends) {
      for (const { series, years } of missingYears(def.chart, figures)) {
        for (const year of years) {
          expect(def.note?.zh, `${def.id} ${series} ${year}`).toContain(String(year));
          expect(def.note?.en, `${def.id} ${series} ${year}`).toContain(String(year));
        }
      }
    }
  });

  it('draw a gap, not a value, in every missing year', () => {
    const def = panel('trend-gdp') as ChartPanelDef;
    const { option } = buildPanelChart(
      def.chart,
      't',
      files.get('targets')!,
      { lang: 'zh', sources, figures },
      { lang: 'zh', scheme: 'light', animation: false, frame: cardFrame(640, 320) },
    );
    const [line] = option.series as { data: unknown[] }[];
    expect(line?.data[2]).toBe('-');
  });
});

describe('trend points', () => {
  const trendIds = (id: string) => (panel(id) as ChartPanelDef & { chart: { kind: 'trend' } }).chart.series.flatMap((s) => s.figures);

  it('leave the doubtful 2022 counts off the line: 130 “little giants” and 16 single champions', () => {
    const ids = trendIds('trend-leading-enterprises');
    expect(ids).not.toContain('targets.little-giants.2022');
    expect(ids).not.toContain('targets.single-champions.2022');
    expect(ids).toContain('targets.single-champions.2022-12');
    expect(figures.get('targets.single-champions.2022-12')?.value).toBe(28);
  });

  it('draw no first half as if it were a year', () => {
    for (const def of TARGET_PANELS) {
      if (def.kind !== 'chart' || def.chart.kind !== 'trend') continue;
      for (const id of def.chart.series.flatMap((s) => s.figures)) {
        const period = figures.get(id)!.period;
        expect(period.type === 'quarters' && !(period.from === 1 && period.to === 4), `${def.id}: ${id}`).toBe(false);
      }
    }
    expect(trendIds('trend-sei-share-value-added')).not.toContain('targets.sei-share-value-added.2022h1');
  });

  it('extend the yearly series over 2020–2025 where a trustworthy figure exists', () => {
    expect(trendIds('trend-gdp-growth')).toHaveLength(6);
    expect(trendIds('trend-gdp')).toEqual(['targets.gdp.2020', 'targets.gdp.2021', 'targets.gdp.2023', 'targets.gdp.2024']);
    expect(figures.get('targets.gdp-growth.2022')?.value).toBe(1);
    expect(figures.get('targets.industrial-va-growth.2025')?.value).toBe(4.2);
  });
});

describe('filters', () => {
  const visible = (period: typeof DEFAULT_FILTERS.period, id: string) =>
    panelVisible(panel(id), files.get('targets'), figures, { ...DEFAULT_FILTERS, period });

  it('count a target as a result, not as a 2020 baseline', () => {
    const target = figures.get('targets.target.smart-factories')!;
    expect(figurePassesFilters(target, { ...DEFAULT_FILTERS, period: 'results' })).toBe(true);
    expect(figurePassesFilters(target, { ...DEFAULT_FILTERS, period: 'baseline' })).toBe(false);
    expect(visible('results', 'targets-counts')).toBe(true);
    expect(visible('baseline', 'targets-counts')).toBe(false);
  });

  it('show a trend under either period when it has years on both sides', () => {
    expect(visible('baseline', 'trend-gdp')).toBe(true);
    expect(visible('results', 'trend-gdp')).toBe(true);
  });

  it('find the targets theme and its figures by theme and by search', () => {
    const shown = PANELS.filter((def) => panelVisible(def, files.get(def.theme), figures, { ...DEFAULT_FILTERS, themes: ['targets'] })).map(
      (d) => d.id,
    );
    expect(shown).toEqual(TARGET_PANELS.map((p) => p.id));
    expect(panelVisible(panel('targets-energy-water'), files.get('targets'), figures, { ...DEFAULT_FILTERS, query: '能耗' })).toBe(true);
    expect(panelVisible(panel('trend-gdp'), files.get('targets'), figures, { ...DEFAULT_FILTERS, query: 'GDP' })).toBe(true);
  });
});
