import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { checkDataset } from './check-dataset';
import { DataFileError, formatProblem } from './problems';
import { dataset, derivedFigure, statedFigure } from './test-fixtures';
import { parseJson, validateSourcesFile, validateThemeFile } from './validate-file';

function problemsOf(input: unknown): string[] {
  try {
    validateThemeFile('industry.json', input);
    return [];
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    return error.problems.map(formatProblem);
  }
}

const file = (figures: unknown[]) => ({ theme: 'industry', figures });

describe('theme file schema', () => {
  it('accepts a valid file', () => {
    expect(problemsOf(file([statedFigure(), derivedFigure()]))).toEqual([]);
  });

  it('rejects a wrong type with the file, field and figure', () => {
    expect(problemsOf(file([{ ...statedFigure(), value: '10' }]))).toEqual([
      'industry.json: figures.0.value: must be a number (figure industry.sample)',
    ]);
  });

  it('rejects a missing field', () => {
    const { name: _name, ...withoutName } = statedFigure();
    expect(problemsOf(file([withoutName]))).toEqual([
      'industry.json: figures.0.name: Invalid input: expected object, received undefined (figure industry.sample)',
    ]);
  });

  it('rejects an unknown unit', () => {
    expect(problemsOf(file([{ ...statedFigure(), unit: 'furlongs' }]))).toEqual([
      'industry.json: figures.0.unit: unknown unit "furlongs" (figure industry.sample)',
    ]);
  });

  it('rejects an unknown theme, and a figure filed under another theme', () => {
    expect(problemsOf({ theme: 'weather', figures: [] })).toEqual(['industry.json: theme: unknown theme "weather"']);
    expect(problemsOf(file([{ ...statedFigure(), theme: 'compute' }]))).toEqual([
      'industry.json: figures.0.theme: is "compute" in the file of theme "industry" (figure industry.sample)',
    ]);
  });

  it('rejects a negative count', () => {
    expect(problemsOf(file([{ ...statedFigure(), value: -3 }]))).toEqual([
      'industry.json: figures.0.value: a count cannot be negative (-3) (figure industry.sample)',
    ]);
  });

  it('rejects an unknown qualifier, a bad period and a bad id', () => {
    expect(problemsOf(file([{ ...statedFigure(), qualifier: 'roughly' }]))).toEqual([
      'industry.json: figures.0.qualifier: unknown qualifier "roughly" (figure industry.sample)',
    ]);
    expect(problemsOf(file([{ ...statedFigure(), period: { type: 'decade' } }]))[0]).toMatch(
      /^industry\.json: figures\.0\.period\.type: must be a period/,
    );
    expect(problemsOf(file([{ ...statedFigure(), id: 'Bad Id' }]))[0]).toMatch(/^industry\.json: figures\.0\.id: must be lower-case/);
  });

  it('rejects extra fields and a stated figure without a source', () => {
    expect(problemsOf(file([{ ...statedFigure(), colour: 'red' }]))[0]).toMatch(/figures\.0: Unrecognized key: "colour"/);
    const { source: _source, ...unsourced } = statedFigure();
    expect(problemsOf(file([unsourced]))[0]).toMatch(/^industry\.json: figures\.0\.source: /);
  });

  it('sets aside a source without a date, naming the source and the field', () => {
    const loaded = validateSourcesFile('sources.json', {
      sources: [{ id: 'a', title: { zh: 'x', en: 'x' }, publisher: { zh: 'x', en: 'x' } }],
    });
    expect(loaded.sources).toEqual([]);
    expect(loaded.rejected?.map((r) => r.id)).toEqual(['a']);
    expect(loaded.problems?.map(formatProblem)[0]).toMatch(/^sources\.json: sources\.0\.date: must be a date YYYY-MM-DD.*\(source a\)$/);
  });

  it('fails the whole sources file only when its envelope is broken', () => {
    expect(() => validateSourcesFile('sources.json', { sources: 'none' })).toThrow(/sources\.json: sources: /);
    expect(() => validateSourcesFile('sources.json', { sources: [] })).toThrow('needs at least one source');
  });

  it('names the file when the JSON is truncated', () => {
    const parsed = parseJson('industry.json', '{"theme": "industry", "figures": [');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(formatProblem(must(parsed.problems[0], 'the JSON problem'))).toMatch(/^industry\.json: is not valid JSON \(/);
  });
});

describe('checkDataset', () => {
  it('passes a consistent dataset', () => {
    expect(checkDataset(dataset([statedFigure(), derivedFigure()]))).toEqual([]);
  });

  it('finds duplicate ids', () => {
    expect(checkDataset(dataset([statedFigure(), statedFigure()])).map(formatProblem)).toEqual([
      'industry.json: figures.1.id: duplicate id "industry.sample" (also in industry.json)',
    ]);
  });

  it('finds dangling references', () => {
    const problems = checkDataset(
      dataset([
        statedFigure({ source: { id: 'nowhere', clause: 'x' } }),
        derivedFigure({ formula: { expr: 'a * 2', inputs: { a: 'industry.gone' } } }),
      ]),
    ).map(formatProblem);
    expect(problems).toEqual([
      'industry.json: figures.0.source.id: unknown source "nowhere" (figure industry.sample)',
      'industry.json: figures.1.formula.inputs.a: unknown figure "industry.gone" (figure industry.sample-double)',
    ]);
  });

  it('finds a derived value that its formula does not give', () => {
    expect(checkDataset(dataset([statedFigure(), derivedFigure({ value: 21 })])).map(formatProblem)).toEqual([
      'industry.json: figures.1.value: is 21 but the formula gives 20 (figure industry.sample-double)',
    ]);
  });

  it('finds inputs the formula does not use, and formulas that do not parse', () => {
    const unused = derivedFigure({ formula: { expr: '20', inputs: { a: 'industry.sample' } } });
    expect(checkDataset(dataset([statedFigure(), unused])).map(formatProblem)).toEqual([
      'industry.json: figures.1.formula.inputs: inputs not used by the formula: a (figure industry.sample-double)',
    ]);
    const broken = derivedFigure({ formula: { expr: 'a *', inputs: { a: 'industry.sample' } } });
    expect(checkDataset(dataset([statedFigure(), broken])).map(formatProblem)).toEqual([
      'industry.json: figures.1.formula.expr: unexpected end of formula (figure industry.sample-double)',
    ]);
  });

  it('finds a breakdown that does not add up to its total', () => {
    const figures = [
      statedFigure({ id: 'industry.total', value: 5 }),
      statedFigure({ id: 'industry.part-a', value: 2 }),
      statedFigure({ id: 'industry.part-b', value: 2 }),
    ];
    const problems = checkDataset(
      dataset(figures, [
        {
          id: 'industry.parts',
          name: { zh: '构成', en: 'Parts' },
          total: 'industry.total',
          members: ['industry.part-a', 'industry.part-b'],
        },
      ]),
    ).map(formatProblem);
    expect(problems).toEqual(['industry.json: breakdowns.0.members: members add up to 4, not to the total 5 of "industry.total"']);
  });
});

describe('flags and earlier values', () => {
  const earlier = { value: 4.7, qualifier: 'about', source: { id: 'src-a', clause: '预计增长4.7%左右' } };

  it('accepts a revised figure with the value it replaced', () => {
    expect(problemsOf(file([statedFigure({ flags: ['revised'], revisions: [earlier] as never })]))).toEqual([]);
  });

  it('asks a revised figure for its earlier values, and a figure with earlier values to say it was revised', () => {
    expect(problemsOf(file([statedFigure({ flags: ['revised'] })]))).toEqual([
      'industry.json: figures.0.revisions: a revised figure lists the earlier values it replaced (figure industry.sample)',
    ]);
    expect(problemsOf(file([statedFigure({ revisions: [earlier] as never })]))).toEqual([
      'industry.json: figures.0.flags: a figure with earlier values is flagged "revised" (figure industry.sample)',
    ]);
  });

  it('rejects an unknown flag', () => {
    expect(problemsOf(file([{ ...statedFigure(), flags: ['guessed'] }]))).toEqual([
      'industry.json: figures.0.flags.0: unknown flag "guessed" (figure industry.sample)',
    ]);
  });
});
