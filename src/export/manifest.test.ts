import { describe, expect, it } from 'vitest';
import { source } from '@/data/test-fixtures';
import { buildManifest, missingFiles } from './manifest';

describe('buildManifest', () => {
  const input = {
    appTitle: '天津“十四五”规划指标看板',
    lang: 'zh' as const,
    exportedAt: new Date('2026-11-26T08:00:00Z'),
    viewUrl: 'http://127.0.0.1/?themes=petitions',
    image: {
      preset: 'shown' as const,
      scale: 2 as const,
      background: 'white' as const,
      pixelSizes: { 'png/01_A_zh_2026-11-26.png': [920, 800] as [number, number] },
    },
    charts: [
      {
        panel: 'a',
        title: 'A',
        files: { png: 'png/01_A_zh_2026-11-26.png', svg: 'svg/01_A_zh_2026-11-26.svg', csv: 'csv/01_A_zh_2026-11-26.csv' },
        figures: ['x.a'],
        sources: ['src-a'],
      },
      { panel: 'b', title: 'B', files: { csv: 'csv/02_B_zh_2026-11-26.csv' }, figures: ['x.b'], sources: ['src-a'] },
    ],
    sources: [source(), source({ id: 'src-unused', section: { zh: '专栏', en: 'Column' }, url: 'https://example.org/' })],
  };

  it('lists every file, the manifest first, in dashboard order', () => {
    expect(buildManifest(input).files).toEqual([
      'manifest.json',
      'png/01_A_zh_2026-11-26.png',
      'svg/01_A_zh_2026-11-26.svg',
      'csv/01_A_zh_2026-11-26.csv',
      'csv/02_B_zh_2026-11-26.csv',
    ]);
  });

  it('records the titles, language, date, view and image options', () => {
    const manifest = buildManifest(input);
    expect(manifest.charts.map((c) => c.title)).toEqual(['A', 'B']);
    expect(manifest.language).toBe('zh');
    expect(manifest.exportedAt).toBe('2026-11-26T08:00:00.000Z');
    expect(manifest.viewUrl).toBe(input.viewUrl);
    expect(manifest.image.scale).toBe(2);
  });

  it('lists only the sources the charts rest on, in the language of the export', () => {
    const manifest = buildManifest(input);
    expect(manifest.sources).toEqual([{ id: 'src-a', title: '样本来源', publisher: '天津日报', date: '2025-12-10' }]);
    expect(buildManifest({ ...input, lang: 'en' }).sources[0]?.publisher).toBe('Tianjin Daily');
  });

  it('survives a JSON round trip unchanged', () => {
    const manifest = buildManifest(input);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});

describe('missingFiles', () => {
  const panels = [
    { id: 'compute-capacity', files: ['compute.json', 'sources.json'] },
    { id: 'compute-kpis', files: ['compute.json', 'sources.json'] },
    { id: 'green-kpis', files: ['green.json', 'industry.json', 'sources.json'] },
  ];
  const ok = (file: string) => ({ file, error: null, loaded: true });

  it('lists each file that failed with its reason and the panels of the view it leaves out', () => {
    const files = [
      { file: 'compute.json', error: new Error('compute.json: is not valid JSON (Unexpected end)'), loaded: false },
      ok('green.json'),
      ok('industry.json'),
      ok('sources.json'),
    ];
    expect(missingFiles(files, panels)).toEqual([
      { file: 'compute.json', reason: 'compute.json: is not valid JSON (Unexpected end)', panels: ['compute-capacity', 'compute-kpis'] },
    ]);
  });

  it('lists nothing when every file has loaded', () => {
    expect(missingFiles(['compute.json', 'green.json', 'industry.json', 'sources.json'].map(ok), panels)).toEqual([]);
  });

  it('leaves out a failed file that no panel of the view needs', () => {
    expect(missingFiles([{ file: 'petitions.json', error: new Error('x'), loaded: false }], panels)).toEqual([]);
  });

  it('says a file still loading is not loaded yet, and names every panel of a file they share', () => {
    const files = [
      ok('compute.json'),
      ok('green.json'),
      { file: 'industry.json', error: null, loaded: false },
      { file: 'sources.json', error: new Error('a\nb'), loaded: false },
    ];
    expect(missingFiles(files, panels)).toEqual([
      { file: 'industry.json', reason: 'not loaded yet', panels: ['green-kpis'] },
      { file: 'sources.json', reason: 'a; b', panels: ['compute-capacity', 'compute-kpis', 'green-kpis'] },
    ]);
  });

  it('goes into the manifest (an empty list when nothing is missing)', () => {
    const base = {
      appTitle: 'T',
      lang: 'en' as const,
      exportedAt: new Date(0),
      image: { preset: 'shown' as const, scale: 1 as const, background: 'white' as const, pixelSizes: {} },
      charts: [],
      sources: [],
    };
    expect(buildManifest(base).missing).toEqual([]);
    const missing = [{ file: 'compute.json', reason: 'request timed out', panels: ['compute-capacity'] }];
    expect(buildManifest({ ...base, missing }).missing).toEqual(missing);
  });
});
