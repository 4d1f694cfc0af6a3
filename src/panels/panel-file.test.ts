import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import { DataFileError, formatProblem } from '@/data/problems';
import type { Figure } from '@/data/schema';
import { dataset as fixtureDataset, statedFigure } from '@/data/test-fixtures';
import { DEFAULT_PLAN } from '@/plan/default-plan';
import { checkPanelFile, literalNumbers, restatedValues } from './check-panels';
import { validatePanelsFile, type PanelFileDef } from './panel-file';
import { readPanelsFile, readPlanFile } from './read-panels-file';
import { resolvePanels } from './resolve-panels';

const kpi = (overrides: Partial<PanelFileDef> = {}) => ({
  kind: 'kpi',
  id: 'k',
  theme: 'industry',
  title: { zh: '标题', en: 'Title' },
  question: { zh: '问？', en: 'Q?' },
  tiles: [{ figure: 'industry.sample' }],
  ...overrides,
});
const chart = (id: string, spec: object) => ({
  kind: 'chart',
  id,
  theme: 'industry',
  title: { zh: '标题', en: 'Title' },
  question: { zh: '问？', en: 'Q?' },
  chart: spec,
});
const problemsOf = (input: unknown): string[] => {
  try {
    validatePanelsFile('panels.json', input);
    return [];
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return error.problems.map(formatProblem);
  }
};

describe('validatePanelsFile', () => {
  it('names the file, the field and the panel', () => {
    expect(problemsOf({ panels: [kpi({ theme: 'weather' as never })] })).toEqual([
      'panels.json: panels.0.theme: unknown theme "weather" (panel k)',
    ]);
    expect(problemsOf({ panels: [kpi(), kpi()] })).toEqual(['panels.json: panels.1.id: duplicate panel id "k" (also panels.0)']);
    expect(problemsOf({ panels: [kpi({ note: { zh: '见{valeu:industry.sample}', en: 'x' } })] })[0]).toMatch(
      /^panels\.json: panels\.0\.note\.zh: unknown placeholder \{valeu:industry\.sample\} .*\(panel k\)$/,
    );
    expect(
      problemsOf({
        panels: [chart('k', { kind: 'trend', from: 'plan.start', to: 2025, series: [{ name: { zh: 'x', en: 'x' }, figures: ['a.b'] }] })],
      })[0],
    ).toMatch(
      /^panels\.json: panels\.0\.chart\.from: must be a year or one of "plan\.baselineYear", "plan\.from", "plan\.to" \(panel k\)$/,
    );
    expect(problemsOf({ panel: [] })[0]).toMatch(/^panels\.json: /);
  });
});

describe('checkPanelFile', () => {
  const sample = statedFigure();
  const check = (panels: object[], figures: Figure[] = [sample]) =>
    checkPanelFile(validatePanelsFile('panels.json', { panels }), DEFAULT_PLAN, fixtureDataset(figures)).map(formatProblem);

  it('refuses an id that names no figure or breakdown', () => {
    expect(check([kpi({ tiles: [{ figure: 'industry.sample' }, { figure: 'industry.nothing' }] })])).toEqual([
      'panels.json: panels.0.tiles.1.figure: no figure "industry.nothing" in the data (panel k)',
    ]);
    expect(check([kpi(), chart('p', { kind: 'pie', breakdown: 'industry.parts' })])).toEqual([
      'panels.json: panels.1.chart.breakdown: no breakdown "industry.parts" in the theme file of industry (panel p)',
    ]);
    expect(check([kpi({ note: { zh: '{value:industry.gone}', en: 'x' } })])).toEqual([
      'panels.json: panels.0.note.zh: {value:industry.gone}: no figure "industry.gone" (panel k)',
    ]);
  });

  it('refuses a text that writes a figure’s value in digits', () => {
    expect(check([kpi({ note: { zh: '样本10家。', en: 'See {value:industry.sample}.' } })])).toEqual([
      'panels.json: panels.0.note.zh: writes 10, the value of industry.sample: say it with a placeholder such as {value:industry.sample} (panel k)',
    ]);
    expect(check([kpi({ note: { zh: '样本{value:industry.sample}，2024年。', en: 'Q1–Q3 2024: {value:industry.sample}.' } })])).toEqual([]);
  });
});

describe('literal numbers', () => {
  it('reads grouped and decimal numbers, and leaves names such as Q1 and 14th alone', () => {
    expect(literalNumbers('fell 13.5%, more than 6,100 firms in Q1 of the 14th plan, 2.1个百分点')).toEqual([13.5, 6100, 2.1]);
  });

  it('never takes a year, or a small number shown on no panel of its own, for a value', () => {
    const ten = statedFigure({ id: 'x.ten', value: 10 });
    const big = statedFigure({ id: 'x.big', value: 528 });
    expect(restatedValues('2025年新增10家', [], [ten, big])).toEqual([]);
    expect(restatedValues('新增10家', [ten], [ten])).toEqual([{ number: 10, ids: ['x.ten'] }]);
    expect(restatedValues('528家', [], [ten, big])).toEqual([{ number: 528, ids: ['x.big'] }]);
  });
});

describe('the shipped panels', () => {
  const { dataset, panels, plan } = readDatasetFiles(join(__dirname, '../../data'));
  const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));

  it('pass every check against the shipped data', () => {
    expect(checkPanelFile(panels!, plan!, dataset!).map(formatProblem)).toEqual([]);
    expect(readPanelsFile()).toEqual(panels);
    expect(readPlanFile()).toEqual(plan);
  });

  it('say no value in digits in any note but through placeholders', () => {
    const notes = panels!.filter((p) => p.note);
    const templated = notes.filter((p) => /\{(value|target|status|formula|missingYears|period):/.test(p.note!.zh + p.note!.en));
    expect(notes.length).toBeGreaterThanOrEqual(17);
    expect(notes.length - templated.length).toBeLessThanOrEqual(1);
  });

  it('follow a revised figure: the energy-intensity fall revised from 13.5% to 15.5% changes the note and the status in both languages', () => {
    const note = (figs: Map<string, Figure>) => resolvePanels(panels!, plan!, figs).find((p) => p.id === 'targets-energy-water')!.note!;
    const before = note(figures);
    expect(before.zh).toContain('累计下降13.5%，规划目标为下降15%：目标未完成');
    expect(before.en).toContain('fell 13.5% over 2021–2025, against a target of 15%: not met');
    const revised = new Map(figures);
    const fall = figures.get('green.energy-intensity-decline')!;
    revised.set(fall.id, {
      ...fall,
      value: 15.5,
      ...(fall.kind === 'stated' ? { source: { ...fall.source, clause: fall.source.clause.replace('13.5', '15.5') } } : {}),
    } as Figure);
    const after = note(revised);
    expect(after.zh).toContain('累计下降15.5%，规划目标为下降15%：目标已完成');
    expect(after.en).toContain('fell 15.5% over 2021–2025, against a target of 15%: met');
    expect(after.zh).not.toContain('13.5');
    expect(after.en).not.toContain('13.5');
  });

  it('take the trend years and plan names from the plan', () => {
    const next = { ...plan!, shortName: { zh: '十五五', en: '15th FYP' }, baselineYear: 2025, from: 2026, to: 2030 };
    const resolved = resolvePanels(panels!, next, figures);
    const trend = resolved.find((p) => p.id === 'trend-gdp')!;
    expect(trend.kind === 'chart' && trend.chart.kind === 'trend' && [trend.chart.from, trend.chart.to]).toEqual([2025, 2030]);
    expect(resolved.find((p) => p.id === 'industry-headlines')!.question.zh).toBe('“十五五”时期工业发展得怎么样？');
  });
});
