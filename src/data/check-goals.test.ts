import { describe, expect, it } from 'vitest';
import { checkDataset } from './check-dataset';
import { checkGoals } from './check-goals';
import { DataFileError, formatProblem } from './problems';
import type { Figure } from './schema';
import { dataset, statedFigure } from './test-fixtures';
import { validateThemeFile } from './validate-file';

const target = (overrides: Partial<Extract<Figure, { kind: 'stated' }>> = {}) =>
  statedFigure({
    id: 'industry.target',
    value: 500,
    qualifier: 'more-than',
    unit: 'ge',
    period: { type: 'target', year: 2025 },
    goal: { direction: 'higher-is-better', result: 'industry.sample', note: { zh: '同口径', en: 'Same scope' } },
    scope: 'sample-count',
    ...overrides,
  });
/** A result counting what the target counts. */
const result = (overrides: Partial<Extract<Figure, { kind: 'stated' }>> = {}) => statedFigure({ scope: 'sample-count', ...overrides });

function schemaProblems(figures: unknown[]): string[] {
  try {
    validateThemeFile('industry.json', { theme: 'industry', figures });
    return [];
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe('plan targets in the schema', () => {
  it('accepts a target with a goal', () => {
    expect(schemaProblems([statedFigure(), target()])).toEqual([]);
  });

  it('requires a goal on a target and allows one nowhere else', () => {
    const { goal: _goal, ...noGoal } = target();
    expect(schemaProblems([noGoal])).toEqual([
      'industry.json: figures.0.goal: a target needs a goal (direction, result or a note why there is none) (figure industry.target)',
    ]);
    expect(schemaProblems([statedFigure({ goal: target().goal })])).toEqual([
      'industry.json: figures.0.goal: only a figure with a target period has a goal (figure industry.sample)',
    ]);
  });

  it('rejects an unknown basis', () => {
    expect(schemaProblems([{ ...statedFigure(), basis: 'vibes' }])).toEqual([
      'industry.json: figures.0.basis: unknown basis "vibes" (figure industry.sample)',
    ]);
  });
});

describe('checkGoals', () => {
  it('passes a target whose result is on the same scale (个 and 家 are both counts)', () => {
    expect(checkDataset(dataset([result(), target()]))).toEqual([]);
  });

  it('finds a result that does not exist, once every file has loaded', () => {
    const lost = target({ goal: { direction: 'higher-is-better', result: 'industry.gone', note: { zh: 'x', en: 'x' } } });
    expect(checkGoals(dataset([lost]), true).map(formatProblem)).toEqual([
      'industry.json: figures.0.goal.result: unknown figure "industry.gone" (figure industry.target)',
    ]);
    expect(checkGoals(dataset([lost]), false)).toEqual([]);
  });

  it('refuses a result on another scale or basis, or a target as a result', () => {
    const percent = result({ id: 'industry.share', unit: 'percent', value: 30.8, basis: 'output' });
    const share = target({
      unit: 'percent',
      value: 40,
      qualifier: 'exact',
      basis: 'value-added',
      goal: { direction: 'higher-is-better', result: 'industry.share', note: { zh: 'x', en: 'x' } },
    });
    expect(checkGoals(dataset([percent, share]), true).map(formatProblem)).toEqual([
      'industry.json: figures.1.goal.result: "industry.share" is on basis output, the target on value-added (figure industry.target)',
    ]);
    const money = target({ goal: { direction: 'higher-is-better', result: 'industry.money', note: { zh: 'x', en: 'x' } } });
    expect(checkGoals(dataset([result({ id: 'industry.money', unit: 'yi-yuan' }), money]), true).map(formatProblem)).toEqual([
      'industry.json: figures.1.goal.result: "industry.money" is in yi-yuan, not comparable with ge (figure industry.target)',
    ]);
    const chained = target({
      id: 'industry.target-b',
      goal: { direction: 'higher-is-better', result: 'industry.target', note: { zh: 'x', en: 'x' } },
    });
    expect(checkGoals(dataset([result(), target(), chained]), true).map(formatProblem)).toEqual([
      'industry.json: figures.2.goal.result: "industry.target" is a target, not a result (figure industry.target-b)',
    ]);
  });

  it('refuses a qualifier that contradicts the direction', () => {
    const ceiling = target({ goal: { direction: 'lower-is-better', result: 'industry.sample', note: { zh: 'x', en: 'x' } } });
    expect(checkGoals(dataset([result(), ceiling]), true).map(formatProblem)).toEqual([
      'industry.json: figures.1.goal.direction: a "more-than 500" target cannot ask for a lower value (figure industry.target)',
    ]);
  });

  it('refuses a result that counts something else: smart factories alone against factories and workshops', () => {
    const factories = result({ id: 'green.smart-factories', value: 528, scope: 'smart-factories' });
    const both = target({
      scope: 'smart-factories-and-digital-workshops',
      goal: { direction: 'higher-is-better', result: 'green.smart-factories', note: { zh: 'x', en: 'x' } },
    });
    expect(checkGoals(dataset([factories, both]), true).map(formatProblem)).toEqual([
      'industry.json: figures.1.goal.result: "green.smart-factories" counts smart-factories, the target smart-factories-and-digital-workshops: a result of another scope is listed in otherResults, never judged (figure industry.target)',
    ]);
    const listed = target({
      scope: 'smart-factories-and-digital-workshops',
      goal: { direction: 'higher-is-better', otherResults: ['green.smart-factories'], note: { zh: 'x', en: 'x' } },
    });
    expect(checkGoals(dataset([factories, listed]), true)).toEqual([]);
  });

  it('asks a judged target to say what it counts', () => {
    const { scope: _scope, ...unscoped } = target();
    expect(checkGoals(dataset([result(), unscoped as Figure]), true).map(formatProblem)).toEqual([
      'industry.json: figures.1.goal: a target judged against a result states its scope (what it counts) (figure industry.target)',
    ]);
  });
});
