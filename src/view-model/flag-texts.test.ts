import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import type { Figure } from '@/data/schema';
import { indexById, toFigureRow } from './select-rows';

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
const figures = new Map<string, Figure>(dataset!.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = indexById(dataset!.sources.data.sources);
const row = (id: string, lang: 'zh' | 'en' = 'zh') => toFigureRow(figures.get(id)!, { lang, sources, figures });

describe('flags and earlier values on a row', () => {
  it('draw the value in force and say what it replaced, with its date', () => {
    const zh = row('targets.gdp-growth.2024');
    expect(zh.value).toBe(5.1);
    expect(zh.flags).toEqual(['revised']);
    expect(zh.flagText).toBe('修订后的数（最初公布：约4.7%，2025年1月14日）');
    expect(zh.revisions?.map((r) => [r.value, r.date])).toEqual([[4.7, '2025-01-14']]);
    expect(row('targets.gdp-growth.2024', 'en').flagText).toMatch(/^revised \(first published: about 4\.7%, 14 Jan(uary)? 2025\)$/);
  });

  it('say when a figure is a preliminary release', () => {
    expect(row('targets.gdp.2021').flagText).toBe('初步核算数');
    expect(row('targets.gdp.2021', 'en').flagText).toBe('preliminary');
  });

  it('leave a figure without flags unmarked, and say why a doubtful one is doubtful', () => {
    const plain = row('industry.output-value');
    expect(plain.flagText).toBeUndefined();
    expect(plain.revisions).toBeUndefined();
    expect(row('targets.little-giants.2022').doubtText).toMatch(/130家是“调研走访”的企业数/);
  });
});
