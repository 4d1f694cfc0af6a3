import type { LoadedDataset } from './check-dataset';
import type { Figure, Source, ThemeFile } from './schema';

/** Small synthetic records for unit tests. */
export function statedFigure(overrides: Partial<Extract<Figure, { kind: 'stated' }>> = {}): Extract<Figure, { kind: 'stated' }> {
  return {
    kind: 'stated',
    id: 'industry.sample',
    theme: 'industry',
    topic: 'output',
    name: { zh: '样本指标', en: 'Sample indicator' },
    unit: 'jia',
    period: { type: 'year', year: 2024 },
    value: 10,
    qualifier: 'exact',
    source: { id: 'src-a', clause: '样本10家' },
    ...overrides,
  };
}

export function derivedFigure(overrides: Partial<Extract<Figure, { kind: 'derived' }>> = {}): Extract<Figure, { kind: 'derived' }> {
  return {
    kind: 'derived',
    id: 'industry.sample-double',
    theme: 'industry',
    topic: 'output',
    name: { zh: '样本指标的两倍', en: 'Twice the sample' },
    unit: 'jia',
    period: { type: 'year', year: 2024 },
    value: 20,
    qualifier: 'exact',
    formula: { expr: 'a * 2', inputs: { a: 'industry.sample' } },
    ...overrides,
  };
}

export function source(overrides: Partial<Source> = {}): Source {
  return {
    id: 'src-a',
    title: { zh: '样本来源', en: 'Sample source' },
    publisher: { zh: '天津日报', en: 'Tianjin Daily' },
    date: '2025-12-10',
    ...overrides,
  };
}

export function dataset(figures: Figure[], breakdowns: ThemeFile['breakdowns'] = undefined): LoadedDataset {
  return {
    sources: { file: 'sources.json', data: { sources: [source()] } },
    themes: [{ file: 'industry.json', data: { theme: 'industry', figures, ...(breakdowns ? { breakdowns } : {}) } }],
  };
}
