import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { dataset as fixtureDataset, statedFigure } from '@/data/test-fixtures';
import { formatProblem } from '@/data/problems';
import { checkPanels } from './check-panels';
import type { PanelDef } from './panel-def';
import { readPanels } from './read-panels-file';
import { panelFigureIds } from './select-panel-rows';

const PANELS = readPanels();

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));

describe('the panels against the real data', () => {
  it('pass every check: whole undoubted years on trend lines, every figure on some panel', () => {
    expect(checkPanels(PANELS, dataset!).map(formatProblem)).toEqual([]);
  });

  it('reach every figure in data/ from some panel', () => {
    const files = new Map(dataset!.themes.map((t) => [t.data.theme, t.data]));
    const reachable = new Set(PANELS.flatMap((def) => panelFigureIds(def, files.get(def.theme)!)));
    const all = dataset!.themes.flatMap((t) => t.data.figures.map((f) => f.id));
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((id) => !reachable.has(id))).toEqual([]);
  });
});

describe('checkPanels', () => {
  const trend = (figures: string[]): PanelDef => ({
    kind: 'chart',
    id: 'trend-x',
    theme: 'industry',
    title: { zh: '趋势', en: 'Trend' },
    question: { zh: '?', en: '?' },
    chart: { kind: 'trend', from: 2020, to: 2025, series: [{ name: { zh: 'x', en: 'x' }, figures }] },
  });
  const check = (figures: Figure[], panels: PanelDef[]) => checkPanels(panels, fixtureDataset(figures)).map(formatProblem);

  it('refuses a trend point whose record is doubtful', () => {
    const stale = statedFigure({
      id: 'industry.stale',
      value: 130,
      period: { type: 'year', year: 2022 },
      doubt: { zh: '记录自称过时', en: 'its record calls it stale' },
    });
    expect(check([stale], [trend(['industry.stale'])])).toEqual([
      'panels.json: trend-x: industry.stale: its record is doubtful (its record calls it stale): keep it off the trend line',
    ]);
  });

  it('refuses a first half on a yearly axis', () => {
    const h1 = statedFigure({ id: 'industry.h1', period: { type: 'quarters', year: 2022, from: 1, to: 2 } });
    expect(check([h1], [trend(['industry.h1'])])).toEqual([
      'panels.json: trend-x: industry.h1: it covers part of 2022 only: a yearly axis draws whole years',
    ]);
  });

  it('names a figure no panel shows', () => {
    const lost = statedFigure({ id: 'industry.lost' });
    expect(check([lost], [])).toEqual(['industry.json: figures.0: figure industry.lost is on no panel: an official cannot find it']);
    expect(
      check(
        [lost],
        [
          {
            kind: 'kpi',
            id: 'k',
            theme: 'industry',
            title: { zh: 'k', en: 'k' },
            question: { zh: 'k', en: 'k' },
            tiles: [{ figure: 'industry.lost' }],
          },
        ],
      ),
    ).toEqual([]);
  });
});
