import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { checkDataset } from './check-dataset';
import { formatProblem } from './problems';
import { toSourceRef } from '@/view-model/select-rows';
import { source, statedFigure } from './test-fixtures';
import { validateSourcesFile } from './validate-file';

describe('sources.json, record by record', () => {
  const good = source();
  const bad = { ...source(), id: 'src-b', title: { zh: '', en: 'B' } };
  const loaded = validateSourcesFile('sources.json', { sources: [good, bad] });

  it('keeps the good records and sets aside the bad one with its field', () => {
    expect(loaded.sources.map((s) => s.id)).toEqual([good.id]);
    expect(loaded.rejected).toEqual([{ index: 1, id: 'src-b', problems: [expect.objectContaining({ path: 'sources.1.title.zh' })] }]);
  });

  it('fails only the figures that cite the bad record, naming the source and the field', () => {
    const citing = statedFigure({ id: 'industry.b', source: { id: 'src-b', clause: '乙10家' } });
    const fine = statedFigure({ id: 'industry.a', source: { id: good.id, clause: '样本10家' } });
    const problems = checkDataset(
      {
        sources: { file: 'sources.json', data: loaded },
        themes: [{ file: 'industry.json', data: { theme: 'industry', figures: [fine, citing] } }],
      },
      false,
    );
    expect(problems.map((p) => p.ids)).toEqual([['industry.b']]);
    expect(formatProblem(must(problems[0], 'the problem'))).toBe(
      'sources.json: sources.1.title.zh: must not be empty (source src-b, cited by figure industry.b)',
    );
  });

  it('keeps a record whose link is not a web address, and shows the address as text only', () => {
    const withScript = validateSourcesFile('sources.json', { sources: [{ ...good, url: 'javascript:alert(1)' }] });
    expect(withScript.rejected).toEqual([]);
    const kept = must(withScript.sources[0], 'the kept source');
    expect(kept).toMatchObject({ id: good.id, rejectedUrl: 'javascript:alert(1)' });
    expect(kept.url).toBeUndefined();
    expect(withScript.problems?.map(formatProblem)).toEqual([
      `sources.json: sources.0.url: must be an http or https URL (source ${good.id})`,
    ]);
    const ref = toSourceRef(kept, 'zh');
    expect(ref.url).toBeUndefined();
    expect(ref.urlText).toBe('javascript:alert(1)');
  });

  it('sets aside a record without a usable id, by its position', () => {
    const noId = validateSourcesFile('sources.json', { sources: [good, { ...good, id: 'Bad Id' }] });
    expect(noId.rejected?.[0]).toMatchObject({ index: 1, id: undefined });
  });
});
