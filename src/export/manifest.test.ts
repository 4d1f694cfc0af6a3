import { describe, expect, it } from 'vitest';
import { source } from '@/data/test-fixtures';
import { buildManifest } from './manifest';

describe('buildManifest', () => {
  const input = {
    appTitle: '天津“十四五”规划指标看板',
    lang: 'zh' as const,
    exportedAt: new Date('2026-11-26T08:00:00Z'),
    viewUrl: 'http://127.0.0.1/?themes=petitions',
    image: { preset: 'shown' as const, scale: 2 as const, background: 'white' as const, pixelSizes: { 'png/01_A_zh_2026-11-26.png': [920, 800] as [number, number] } },
    charts: [
      { panel: 'a', title: 'A', files: { png: 'png/01_A_zh_2026-11-26.png', svg: 'svg/01_A_zh_2026-11-26.svg', csv: 'csv/01_A_zh_2026-11-26.csv' }, figures: ['x.a'], sources: ['src-a'] },
      { panel: 'b', title: 'B', files: { csv: 'csv/02_B_zh_2026-11-26.csv' }, figures: ['x.b'], sources: ['src-a'] },
    ],
    sources: [source(), source({ id: 'src-unused', section: { zh: '专栏', en: 'Column' }, url: 'https://example.org/' })],
  };

  it('lists every file, the manifest first, in dashboard order', () => {
    expect(buildManifest(input).files).toEqual(['manifest.json', 'png/01_A_zh_2026-11-26.png', 'svg/01_A_zh_2026-11-26.svg', 'csv/01_A_zh_2026-11-26.csv', 'csv/02_B_zh_2026-11-26.csv']);
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
    expect(buildManifest({ ...input, lang: 'en' }).sources[0].publisher).toBe('Tianjin Daily');
  });

  it('survives a JSON round trip unchanged', () => {
    const manifest = buildManifest(input);
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});
