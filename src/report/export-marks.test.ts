import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import { pick } from '@/i18n/lang';
import type { ChartPanelDef } from '@/panels/panel-def';
import { readPanels } from '@/panels/read-panels-file';
import { composePanel } from '@/export/compose-panel';
import { buildManifest } from '@/export/manifest';
import { source } from '@/data/test-fixtures';
import { NO_MARKS } from './export-marks';

const PANELS = readPanels();

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
if (!dataset) throw new Error('the dataset in data/ does not load');
const figures = new Map(dataset.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = new Map(dataset.sources.data.sources.map((s) => [s.id, s]));
const def = PANELS.find((p): p is ChartPanelDef => p.kind === 'chart')!;
const file = dataset.themes.find((t) => t.data.theme === def.theme)!.data;
const input = { def, title: pick(def.title, 'zh'), file, figures, sources, lang: 'zh' as const };

type Rec = Record<string, unknown>;
const texts = (option: Rec) =>
  ((option.graphic as Rec).elements as Rec[]).filter((e) => e.type === 'text').map((e) => (e.style as Rec).text as string);

describe('marks burned into an exported chart', () => {
  it('puts the data version last in the footer and the watermark over the whole image', () => {
    const { composition } = composePanel(input, { preset: 'slide', scale: 1, background: 'white' }, undefined, {
      watermark: '内部资料 · 2026-11-29',
      versionLine: '数据版本：2025-12-10 · 3f9a2c1b',
    });
    const lines = texts(composition.option as Rec);
    const footer = lines.filter((l) => !l.startsWith('内部资料'));
    expect(footer.at(-1)).toContain('数据版本：2025-12-10 · 3f9a2c1b');
    const marks = ((composition.option.graphic as Rec).elements as Rec[]).filter((e) => (e.style as Rec).text === '内部资料 · 2026-11-29');
    expect(marks.length).toBeGreaterThan(3);
    const xs = marks.map((e) => e.x as number);
    const ys = marks.map((e) => e.y as number);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(composition.width / 2);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(composition.height / 2);
  });

  it('adds nothing when there are no marks', () => {
    const plain = composePanel(input, { preset: 'slide', scale: 1, background: 'white' }, undefined, NO_MARKS);
    expect(texts(plain.composition.option as Rec).some((l) => l.includes('数据版本'))).toBe(false);
  });
});

describe('the manifest', () => {
  it('records the data version when given', () => {
    const manifest = buildManifest({
      appTitle: 'A',
      lang: 'en',
      exportedAt: new Date('2026-11-29T00:00:00Z'),
      dataVersion: { date: '2025-12-10', hash: '3f9a2c1b', files: ['sources.json'] },
      image: { preset: 'shown', scale: 2, background: 'white', pixelSizes: {} },
      charts: [],
      sources: [source()],
    });
    expect(manifest.dataVersion).toEqual({ date: '2025-12-10', hash: '3f9a2c1b', files: ['sources.json'] });
  });
});
