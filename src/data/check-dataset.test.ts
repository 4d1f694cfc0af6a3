import { describe, expect, it } from 'vitest';
import { checkDataset } from './check-dataset';
import { formatProblem } from './problems';
import { dataset, statedFigure } from './test-fixtures';

describe('periods the text prints', () => {
  const check = (figure: ReturnType<typeof statedFigure>) => checkDataset(dataset([figure])).map(formatProblem);

  it('refuses an as-of day that neither the clause nor a period clause prints', () => {
    // "智算规模超1.4万P" prints no day: "as of 9 December 2025" would be an inference.
    const compute = statedFigure({ period: { type: 'as-of', date: '2025-12-09' }, source: { id: 'src-a', clause: '智算规模超1.4万P' } });
    expect(check(compute)).toEqual([
      'industry.json: figures.0.period: the period is as of 2025-12-09, but neither the clause nor a periodClause prints that day: record the period as not stated (figure industry.sample)',
    ]);
  });

  it('accepts a day printed in the clause or in the sentence that dates it', () => {
    expect(
      check(statedFigure({ period: { type: 'as-of', date: '2025-12-09' }, source: { id: 'src-a', clause: '12月9日,交办63件' } })),
    ).toEqual([]);
    const dated = statedFigure({
      period: { type: 'as-of', date: '2025-12-09' },
      source: {
        id: 'src-a',
        clause: '滨海新区15件',
        periodClause: '12月9日,中央第二生态环境保护督察组向我市交办第二十批群众信访举报件63件',
      },
    });
    expect(check(dated)).toEqual([]);
  });

  it('reads "目前" as the day the source was published, and no other day', () => {
    // The fixture source is dated 2025-12-10.
    expect(
      check(statedFigure({ period: { type: 'as-of', date: '2025-12-10' }, source: { id: 'src-a', clause: '目前,6条产业链图谱加快落地' } })),
    ).toEqual([]);
    expect(
      check(statedFigure({ period: { type: 'as-of', date: '2025-12-09' }, source: { id: 'src-a', clause: '目前,6条产业链图谱加快落地' } })),
    ).toHaveLength(1);
  });

  it('needs the source of an earlier value to exist', () => {
    const revised = statedFigure({
      flags: ['revised'],
      revisions: [{ value: 4.7, qualifier: 'about', source: { id: 'nowhere', clause: '预计增长4.7%左右' } }],
    });
    expect(check(revised)).toEqual(['industry.json: figures.0.revisions.0.source.id: unknown source "nowhere" (figure industry.sample)']);
  });

  it('names a source that no figure cites', () => {
    const unused = { ...dataset([statedFigure()]) };
    unused.sources = {
      file: 'sources.json',
      data: {
        sources: [
          ...unused.sources.data.sources,
          { id: 'src-b', title: { zh: 'b', en: 'b' }, publisher: { zh: 'b', en: 'b' }, date: '2025' },
        ],
      },
    };
    expect(checkDataset(unused, true).map(formatProblem)).toEqual(['sources.json: sources.1: source "src-b" is cited by no figure']);
    // While files are still loading, a source may be cited by one not loaded yet.
    expect(checkDataset(unused, false)).toEqual([]);
  });
});
