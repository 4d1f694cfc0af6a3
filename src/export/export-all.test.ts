import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { row } from '@/charts/test-rows';
import { BOM } from './csv';
import { parseCsv } from './read-csv';
import { tileFiles, type TilesExportInput } from './export-all';

const date = new Date('2025-12-12T08:00:00Z');

describe('tileFiles', () => {
  it('writes one CSV per headline panel under tiles/, listed with its figures and sources', () => {
    const tiles: TilesExportInput[] = [
      {
        panel: 'compute-headlines',
        title: '算力:主要成果',
        rows: [row({ id: 'a', name: '智能算力', value: 1.4 }), row({ id: 'b', name: '超算中心', value: 2 })],
        sources: { a: ['s1'], b: ['s1', 's2'] },
      },
      { panel: 'empty-headlines', title: '无', rows: [], sources: {} },
      { panel: 'dongli-headlines', title: '东丽区:主要成果', rows: [row({ id: 'c', name: '东丽', value: 8 })], sources: { c: ['s3'] } },
    ];
    const { files, entries } = tileFiles(tiles, 'zh', date);
    expect(files.map((f) => f.path)).toEqual([expect.stringMatching(/^tiles\/01_.+\.csv$/), expect.stringMatching(/^tiles\/03_.+\.csv$/)]);
    expect(entries).toEqual([
      { panel: 'compute-headlines', title: '算力:主要成果', files: { csv: files[0]?.path }, figures: ['a', 'b'], sources: ['s1', 's2'] },
      { panel: 'dongli-headlines', title: '东丽区:主要成果', files: { csv: files[1]?.path }, figures: ['c'], sources: ['s3'] },
    ]);
    expect(files[0]?.csv.startsWith(BOM)).toBe(true);
    const lines = parseCsv(must(files[0], 'the first tile file').csv.slice(1));
    expect(
      lines
        .filter((l) => l.length > 1)
        .slice(1)
        .map((l) => [l[0], l[2]]),
    ).toEqual([
      ['智能算力', '1.4'],
      ['超算中心', '2'],
    ]);
  });
});
