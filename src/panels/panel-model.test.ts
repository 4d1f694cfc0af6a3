import { describe, expect, it, vi } from 'vitest';
import { checkDataset } from '@/data/check-dataset';
import { DataFileError } from '@/data/problems';
import type { Figure, Source, SourcesFile, ThemeFile } from '@/data/schema';
import { source, statedFigure } from '@/data/test-fixtures';
import { THEME_IDS, type ThemeId } from '@/data/themes';
import { DEFAULT_FILTERS } from '@/state/filters';
import type { ChartPanelDef, KpiPanelDef } from './panel-def';
import { panelModel, type FileLoad, type PanelData } from './panel-model';
import { sectionsByTheme, selectPanelModel, selectSlides, selectVisiblePanels } from './select-visible';

const output = statedFigure({ id: 'industry.output', name: { zh: '产值', en: 'Output' }, value: 10 });
const firms = statedFigure({ id: 'industry.firms', name: { zh: '企业', en: 'Firms' }, value: 30 });
const firmsChange = statedFigure({ id: 'industry.firms-change', name: { zh: '企业增加', en: 'More firms' }, value: 5 });
const compute = statedFigure({ id: 'compute.power', theme: 'compute', name: { zh: '算力', en: 'Compute' }, unit: 'jia', value: 7 });

const barPanel: ChartPanelDef = {
  id: 'industry-bars',
  kind: 'chart',
  theme: 'industry',
  title: { zh: '工业', en: 'Industry' },
  question: { zh: '多少？', en: 'How many?' },
  chart: { kind: 'bar', figures: ['industry.output', 'industry.firms'] },
};
const tilesPanel: KpiPanelDef = {
  id: 'industry-tiles',
  kind: 'kpi',
  theme: 'industry',
  title: { zh: '要点', en: 'Headlines' },
  question: { zh: '多少？', en: 'How many?' },
  tiles: [{ figure: 'industry.output' }, { figure: 'industry.firms', change: 'industry.firms-change' }],
};
const computePanel: ChartPanelDef = {
  id: 'compute-bars',
  kind: 'chart',
  theme: 'compute',
  title: { zh: '算力', en: 'Compute' },
  question: { zh: '多少？', en: 'How many?' },
  chart: { kind: 'bar', figures: ['compute.power'] },
  alsoUses: ['industry'],
};

function load<T>(data?: T, error: Error | null = null): FileLoad<T> {
  return { data, error, refetch: vi.fn() };
}

/** A dataset as the page holds it: every theme missing unless given, sources loaded unless given. */
function panelData(
  files: Partial<Record<ThemeId, FileLoad<ThemeFile>>>,
  sources: FileLoad<Source[]> = load([source()]),
  problems: PanelData['problems'] = [],
): PanelData {
  const themes = Object.fromEntries(THEME_IDS.map((theme) => [theme, files[theme] ?? load<ThemeFile>()])) as Record<
    ThemeId,
    FileLoad<ThemeFile>
  >;
  const figures = new Map<string, Figure>(
    Object.values(themes).flatMap((l) => (l.data ? l.data.figures.map((f) => [f.id, f] as const) : [])),
  );
  return { themes, sources, figures, sourcesById: new Map((sources.data ?? []).map((s) => [s.id, s])), problems };
}

const industryFile = (figures: Figure[] = [output, firms, firmsChange]): ThemeFile => ({ theme: 'industry', figures });
const computeFile: ThemeFile = { theme: 'compute', figures: [compute] };

describe('panelModel', () => {
  it('is loading while its own file or the sources are on their way, and retry fetches what it needs', () => {
    const waiting = panelData({});
    const model = panelModel(barPanel, waiting, { lang: 'en' });
    expect(model.status).toBe('loading');
    expect(model.rows).toEqual([]);
    expect(model.files).toEqual(['industry.json', 'sources.json']);
    expect(panelModel(barPanel, panelData({ industry: load(industryFile()) }, load<Source[]>()), { lang: 'en' }).status).toBe('loading');
    // A file it also uses counts too.
    expect(panelModel(computePanel, panelData({ compute: load(computeFile) }), { lang: 'en' }).status).toBe('loading');
  });

  it('fails with the problems of the one file that failed, and retries only that file', () => {
    const broken = load<ThemeFile>(
      undefined,
      new DataFileError('industry.json', [{ file: 'industry.json', path: 'figures.0.value', message: 'Expected number' }]),
    );
    const data = panelData({ industry: broken, compute: load(computeFile) });
    const model = panelModel(computePanel, data, { lang: 'en' });
    expect(model.status).toBe('error');
    expect(model.problems).toEqual([{ file: 'industry.json', path: 'figures.0.value', message: 'Expected number' }]);
    model.retry();
    expect(broken.refetch).toHaveBeenCalledTimes(1);
    expect(data.themes.compute.refetch).not.toHaveBeenCalled();
    expect(data.sources.refetch).not.toHaveBeenCalled();
    // A panel that does not read the failed file is unaffected.
    expect(panelModel({ ...computePanel, alsoUses: undefined }, data, { lang: 'en' }).status).toBe('ready');
  });

  it('works out its rows when first read, once: building the models of a view costs no rows', () => {
    const data = panelData({ industry: load(industryFile()) });
    const read = vi.spyOn(data.figures, 'get');
    const model = panelModel(tilesPanel, data, { lang: 'en' });
    expect(read).not.toHaveBeenCalled();
    expect(model.status).toBe('ready');
    const reads = read.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(model.rows.map((r) => r.id)).toEqual(['industry.output', 'industry.firms', 'industry.firms-change']);
    expect(model.tiles).toHaveLength(2);
    expect(read).toHaveBeenCalledTimes(reads);
  });

  it('names the file of an error that is not a loader’s (a network failure)', () => {
    const data = panelData({ industry: load(industryFile()) }, load<Source[]>(undefined, new Error('Failed to fetch')));
    expect(panelModel(barPanel, data, { lang: 'en' }).problems).toEqual([{ file: 'sources.json', path: '', message: 'Failed to fetch' }]);
  });

  it('fails the panels that show a figure citing a rejected source record, and only those', () => {
    const sourcesFile: SourcesFile = {
      sources: [source()],
      rejected: [
        { index: 1, id: 'src-bad', problems: [{ file: 'sources.json', path: 'sources.1.date', message: 'Invalid date (source src-bad)' }] },
      ],
    };
    const citing = statedFigure({ ...firms, source: { id: 'src-bad', clause: '30家' } });
    const file = industryFile([output, citing, firmsChange]);
    const problems = checkDataset({
      sources: { file: 'sources.json', data: sourcesFile },
      themes: [{ file: 'industry.json', data: file }],
    });
    const data = panelData({ industry: load(file) }, load(sourcesFile.sources), problems);
    const model = panelModel(barPanel, data, { lang: 'en' });
    expect(model.status).toBe('error');
    expect(model.problems.map((p) => p.message)).toEqual(['Invalid date (source src-bad, cited by figure industry.firms)']);
    // Retry fetches every file the panel needs: they loaded, but disagree.
    model.retry();
    expect(data.themes.industry.refetch).toHaveBeenCalledTimes(1);
    expect(data.sources.refetch).toHaveBeenCalledTimes(1);
    expect(panelModel({ ...tilesPanel, tiles: [{ figure: 'industry.output' }] }, data, { lang: 'en' }).status).toBe('ready');
  });

  it('fails, naming the id, when a figure it shows does not exist', () => {
    const data = panelData({ industry: load(industryFile([output])) });
    const chart = panelModel(barPanel, data, { lang: 'en' });
    expect(chart.status).toBe('error');
    expect(chart.problems[0]).toMatchObject({ file: 'industry.json', message: expect.stringContaining('unknown figure "industry.firms"') });
    const tiles = panelModel(tilesPanel, data, { lang: 'en' });
    expect(tiles.status).toBe('error');
    expect(tiles.problems[0]).toMatchObject({ file: 'industry.json', message: 'unknown figure "industry.firms"' });
    const breakdown = panelModel({ ...barPanel, chart: { kind: 'pie', breakdown: 'nope' } }, data, { lang: 'en' });
    expect(breakdown.problems[0]?.message).toContain('unknown breakdown "nope"');
  });

  it('is ready with its rows in the chart’s order, in the language asked for', () => {
    const data = panelData({ industry: load(industryFile()) });
    const model = panelModel(barPanel, data, { lang: 'zh' });
    expect(model.status).toBe('ready');
    expect(model.problems).toEqual([]);
    expect(model.rows.map((r) => [r.id, r.name])).toEqual([
      ['industry.output', '产值'],
      ['industry.firms', '企业'],
    ]);
    expect(model.dataKey).toEqual([barPanel, data.themes.industry.data, data.sources.data]);
  });

  it('gives headline panels their tiles with their change figures, only those shown, and is empty with none', () => {
    const data = panelData({ industry: load(industryFile()) });
    const all = panelModel(tilesPanel, data, { lang: 'en' });
    expect(all.tiles.map((t) => [t.row.id, t.change?.id])).toEqual([
      ['industry.output', undefined],
      ['industry.firms', 'industry.firms-change'],
    ]);
    expect(all.rows.map((r) => r.id)).toEqual(['industry.output', 'industry.firms', 'industry.firms-change']);
    expect(panelModel(tilesPanel, data, { lang: 'en', tiles: ['industry.firms'] }).tiles.map((t) => t.row.id)).toEqual(['industry.firms']);
    const none = panelModel(tilesPanel, data, { lang: 'en', tiles: [] });
    expect(none.status).toBe('empty');
    expect(none.rows).toEqual([]);
  });

  it('changes its data identity when a file arrives again', () => {
    const before = panelModel(barPanel, panelData({ industry: load(industryFile()) }), { lang: 'en' }).dataKey;
    const after = panelModel(barPanel, panelData({ industry: load(industryFile()) }), { lang: 'en' }).dataKey;
    // After the definition, the panel's own file: a new copy of it.
    expect(before[1]).not.toBe(after[1]);
  });

  it('changes its data identity when its definition is resolved anew (a new plan gives new trend years)', () => {
    const data = panelData({ industry: load(industryFile()) });
    const before = panelModel(barPanel, data, { lang: 'en' }).dataKey;
    expect(panelModel(barPanel, data, { lang: 'en' }).dataKey).toEqual(before);
    const after = panelModel({ ...barPanel }, data, { lang: 'en' }).dataKey;
    expect(after.length).toBe(before.length);
    expect(after.some((key, i) => key !== before[i])).toBe(true);
  });
});

describe('selectVisiblePanels', () => {
  const data = panelData({ industry: load(industryFile()), compute: load(computeFile) });

  it('lists the visible panels by theme, then in the order given, each with its model', () => {
    const models = selectVisiblePanels([barPanel, computePanel, tilesPanel], data, DEFAULT_FILTERS, 'en');
    expect(models.map((m) => m.def.id)).toEqual(['compute-bars', 'industry-bars', 'industry-tiles']);
    expect(models.map((m) => m.status)).toEqual(['ready', 'ready', 'ready']);
    expect(sectionsByTheme(models).map((s) => [s.theme, s.panels.map((m) => m.def.id)])).toEqual([
      ['compute', ['compute-bars']],
      ['industry', ['industry-bars', 'industry-tiles']],
    ]);
  });

  it('leaves out what the filters exclude and keeps only the tiles that match', () => {
    expect(
      selectVisiblePanels([barPanel, computePanel], data, { ...DEFAULT_FILTERS, themes: ['compute'] }, 'en').map((m) => m.def.id),
    ).toEqual(['compute-bars']);
    const searched = selectVisiblePanels([barPanel, tilesPanel], data, { ...DEFAULT_FILTERS, query: 'firms' }, 'en');
    expect(searched.map((m) => m.def.id)).toEqual(['industry-bars', 'industry-tiles']);
    expect(searched[1]!.tiles.map((t) => t.row.id)).toEqual(['industry.firms']);
    expect(selectPanelModel(tilesPanel, data, { ...DEFAULT_FILTERS, query: 'output' }, 'en').tiles.map((t) => t.row.id)).toEqual([
      'industry.output',
    ]);
  });

  it('keeps a panel whose file has not loaded, so its placeholder or its error shows', () => {
    const models = selectVisiblePanels([barPanel], panelData({}), DEFAULT_FILTERS, 'en');
    expect(models.map((m) => [m.def.id, m.status])).toEqual([['industry-bars', 'loading']]);
  });
});

describe('selectSlides', () => {
  const data = panelData({ industry: load(industryFile()), compute: load(computeFile) });
  const panels = [barPanel, computePanel, tilesPanel];

  it('gives the visible panels, or the one presented alone, even when the filters hide it', () => {
    const filters = { ...DEFAULT_FILTERS, themes: ['compute' as const] };
    const visible = selectVisiblePanels(panels, data, filters, 'en');
    expect(selectSlides(visible, null, panels, data, filters, 'en').map((m) => m.def.id)).toEqual(['compute-bars']);
    expect(selectSlides(visible, 'compute-bars', panels, data, filters, 'en')[0]).toBe(visible[0]);
    expect(selectSlides(visible, 'industry-bars', panels, data, filters, 'en').map((m) => [m.def.id, m.status])).toEqual([
      ['industry-bars', 'ready'],
    ]);
    expect(selectSlides(visible, 'nope', panels, data, filters, 'en')).toBe(visible);
  });
});

describe('selectPanelModel keeps a model while its inputs stay', () => {
  const panels = [barPanel, computePanel, tilesPanel];

  it('gives the same model objects for a filter change that leaves a panel as it was', () => {
    const data = panelData({ industry: load(industryFile()), compute: load(computeFile) });
    const all = selectVisiblePanels(panels, data, DEFAULT_FILTERS, 'en');
    const onlyCompute = selectVisiblePanels(panels, data, { ...DEFAULT_FILTERS, themes: ['compute'] }, 'en');
    expect(onlyCompute[0]).toBe(all.find((m) => m.def.id === 'compute-bars'));
    const again = selectVisiblePanels(panels, data, DEFAULT_FILTERS, 'en');
    again.forEach((model, i) => expect(model).toBe(all[i]));
  });

  it('builds again when the language, the shown tiles or a file it reads change', () => {
    const industry = load(industryFile());
    const data = panelData({ industry, compute: load(computeFile) });
    const first = selectPanelModel(tilesPanel, data, DEFAULT_FILTERS, 'en');
    expect(selectPanelModel(tilesPanel, data, DEFAULT_FILTERS, 'zh')).not.toBe(first);
    const en = selectPanelModel(tilesPanel, data, DEFAULT_FILTERS, 'en');
    const searched = selectPanelModel(tilesPanel, data, { ...DEFAULT_FILTERS, query: 'output' }, 'en');
    expect(searched).not.toBe(en);
    expect(searched.tiles.map((t) => t.row.id)).toEqual(['industry.output']);
    // The compute panel also reads the industry file: a new copy of it builds a new model.
    const compute = selectPanelModel(computePanel, data, DEFAULT_FILTERS, 'en');
    const updated = panelData({ industry: load(industryFile()), compute: load(computeFile) });
    expect(selectPanelModel(computePanel, updated, DEFAULT_FILTERS, 'en')).not.toBe(compute);
    // A failed file gives an error model, and its recovery a ready one.
    const failed = panelData({ industry: load<ThemeFile>(undefined, new Error('offline')), compute: load(computeFile) });
    expect(selectPanelModel(computePanel, failed, DEFAULT_FILTERS, 'en').status).toBe('error');
    expect(selectPanelModel(computePanel, updated, DEFAULT_FILTERS, 'en').status).toBe('ready');
  });
});
