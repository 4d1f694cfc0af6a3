import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { plausibleRange } from './schema';
import { statedFigure } from './test-fixtures';
import { validateThemeFile } from './validate-file';
import { DataFileError } from './problems';

function problemsOf(overrides: Record<string, unknown>): string[] {
  try {
    validateThemeFile('industry.json', { theme: 'industry', figures: [{ ...statedFigure(), ...overrides }] });
    return [];
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe('plausible values', () => {
  it('keeps shares within 0–100 %', () => {
    expect(problemsOf({ unit: 'percent', basis: 'output', value: 30.8 })).toEqual([]);
    expect(problemsOf({ unit: 'percent', value: 100 })).toEqual([]);
    expect(problemsOf({ unit: 'percent', basis: 'value-added', value: -5 })).toEqual([
      'industry.json: figures.0.value: -5 is not plausible for a share in % (allowed 0–100) (figure industry.sample)',
    ]);
    expect(problemsOf({ unit: 'percent', value: 250 })[0]).toMatch(/^industry\.json: figures\.0\.value: 250 is not plausible for a share/);
  });

  it('lets growth rates fall, within −100..1000 %', () => {
    expect(problemsOf({ unit: 'percent', basis: 'growth', value: -12.5 })).toEqual([]);
    expect(problemsOf({ unit: 'percent', basis: 'growth', value: 640 })).toEqual([]);
    expect(problemsOf({ unit: 'percent', basis: 'growth', value: 1200 })[0]).toMatch(
      /figures\.0\.value: 1200 is not plausible for a growth rate/,
    );
    expect(problemsOf({ unit: 'percent', basis: 'growth', value: -101 })).toHaveLength(1);
  });

  it('bounds levels per unit: GDP in 亿元 below 1e7, the same amount in 万亿元', () => {
    expect(problemsOf({ unit: 'yi-yuan', value: 18000 })).toEqual([]);
    expect(problemsOf({ unit: 'yi-yuan', value: 1e308 })[0]).toMatch(
      /figures\.0\.value: 1e\+308 is not plausible for an amount in 亿元 \(allowed -10000000–10000000\) \(figure industry\.sample\)/,
    );
    expect(plausibleRange('wanyi-yuan', undefined).max).toBe(1000);
    expect(problemsOf({ unit: 'wanyi-yuan', value: 1.8 })).toEqual([]);
    expect(problemsOf({ unit: 'wanyi-yuan', value: 5000 })).toHaveLength(1);
  });

  it('checks the baseline and earlier published values too', () => {
    expect(
      problemsOf({ unit: 'percent', value: 40, baseline: { value: 140, period: { type: 'year', year: 2020 }, qualifier: 'exact' } })[0],
    ).toMatch(/^industry\.json: figures\.0\.baseline\.value: 140 is not plausible/);
    expect(
      problemsOf({
        unit: 'percent',
        value: 40,
        flags: ['revised'],
        revisions: [{ value: -3, qualifier: 'exact', source: { id: 'src-a', clause: '样本' } }],
      })[0],
    ).toMatch(/figures\.0\.revisions\.0\.value: -3 is not plausible/);
  });

  it('keeps the message of its own for negative counts, once', () => {
    expect(problemsOf({ value: -1 })).toEqual(['industry.json: figures.0.value: a count cannot be negative (-1) (figure industry.sample)']);
    expect(problemsOf({ value: 2e10 })).toHaveLength(1);
  });
});
