import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { indexById } from '@/view-model/select-rows';
import { DEFAULT_FILTERS } from '@/state/filters';
import { buildPanelChart } from './build-panel-option';
import { readPanels } from './read-panels-file';
import { panelFigureIds } from './select-panel-rows';
import { figureMatchesQuery, figurePassesFilters, panelVisible, relatedFigureIds, visibleTileFigures } from './select-visible';
import { cardFrame } from '@/charts/frame';

const PANELS = readPanels();

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
const files = new Map(dataset!.themes.map((t) => [t.data.theme, t.data]));
const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = indexById(dataset!.sources.data.sources);
const charts = PANELS.filter((p) => p.kind === 'chart');

describe('the dashboard panels', () => {
  it('has at least 18 charts of at least 6 kinds, and unique ids', () => {
    expect(charts.length).toBeGreaterThanOrEqual(18);
    expect(new Set(charts.map((p) => p.chart.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(PANELS.map((p) => p.id)).size).toBe(PANELS.length);
  });

  it('has KPI tiles for every theme', () => {
    for (const theme of files.keys())
      expect(
        PANELS.some((p) => p.theme === theme && p.kind === 'kpi'),
        theme,
      ).toBe(true);
  });

  it('builds every chart from the real data in both languages and both schemes', () => {
    for (const def of charts) {
      for (const lang of ['zh', 'en'] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          const { rows, option } = buildPanelChart(
            def.chart,
            def.title[lang],
            files.get(def.theme)!,
            { lang, sources, figures },
            { lang, scheme, animation: false, frame: cardFrame(640, 320) },
          );
          expect(rows.length, def.id).toBeGreaterThan(0);
          expect(option.series, def.id).toBeDefined();
        }
      }
    }
  });

  it('refers only to figures that exist', () => {
    for (const def of PANELS)
      for (const id of panelFigureIds(def, files.get(def.theme)!)) expect(figures.has(id), `${def.id}: ${id}`).toBe(true);
  });

  it('keeps value-added and output shares in separate charts', () => {
    for (const def of charts) {
      const ids = panelFigureIds(def, files.get(def.theme)!);
      const hasVa = ids.some((id) => id.startsWith('industry.va-share'));
      const hasOutput = ids.some((id) => id.startsWith('industry.emerging-share'));
      expect(hasVa && hasOutput, def.id).toBe(false);
    }
  });
});

describe('filters', () => {
  const visible = (filters: Partial<typeof DEFAULT_FILTERS>) =>
    PANELS.filter((def) => panelVisible(def, files.get(def.theme), figures, { ...DEFAULT_FILTERS, ...filters })).map((d) => d.id);

  it('shows everything by default', () => {
    expect(visible({})).toHaveLength(PANELS.length);
  });

  it('filters by theme', () => {
    const ids = visible({ themes: ['compute'] });
    expect(ids).toEqual(PANELS.filter((p) => p.theme === 'compute').map((p) => p.id));
  });

  it('searches names in Chinese and English', () => {
    expect(visible({ query: '算力' })).toContain('compute-capacity');
    expect(visible({ query: 'COMPUTE' })).toContain('compute-capacity');
    expect(visible({ query: '滨海' })).toEqual(['petitions-by-district']);
    expect(visible({ query: 'no such indicator' })).toEqual([]);
  });

  it('keeps 2020 baselines and derived values apart from results', () => {
    const baseline = visible({ period: 'baseline' });
    expect(baseline).toContain('tech-centres');
    expect(baseline).toContain('va-share');
    expect(baseline).not.toContain('petitions-by-district');
    const derived = visible({ kind: 'derived' });
    expect(derived).toContain('above-size-firms');
    expect(derived).toContain('petitions-by-district');
    expect(derived).not.toContain('sco-projects');
  });

  it('classifies figures by period and kind', () => {
    const f2020 = figures.get('industry.tech-centres-2020')!;
    expect(figurePassesFilters(f2020, { ...DEFAULT_FILTERS, period: 'baseline' })).toBe(true);
    expect(figurePassesFilters(f2020, { ...DEFAULT_FILTERS, period: 'results' })).toBe(false);
    expect(figureMatchesQuery(figures.get('petitions.b20.district.binhai')!, 'binhai')).toBe(true);
  });

  it('filters KPI tiles one by one', () => {
    const kpi = PANELS.find((p) => p.id === 'industry-headlines');
    if (kpi?.kind !== 'kpi') throw new Error('no industry KPI panel');
    expect(visibleTileFigures(kpi, figures, { ...DEFAULT_FILTERS, query: '技术中心' })).toEqual(['industry.tech-centres']);
  });
});

describe('cross-filter', () => {
  it('links a district’s figures across themes', () => {
    const related = relatedFigureIds('petitions.b20.district.dongli', figures);
    expect(related.has('dongli.chain-output')).toBe(true);
    expect(related.has('petitions.b20.district.binhai')).toBe(false);
  });

  it('highlights a city-wide figure alone, and nothing for an unknown id', () => {
    expect([...relatedFigureIds('industry.tech-centres', figures)]).toEqual(['industry.tech-centres']);
    expect(relatedFigureIds('nope', figures).size).toBe(0);
    expect(relatedFigureIds(null, figures).size).toBe(0);
  });
});
