import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/data/read-dataset-files';
import { LANGS, pick } from '@/i18n/lang';
import type { ChartPanelDef } from '@/panels/panel-def';
import { readPanels } from '@/panels/read-panels-file';
import { composePanel } from './compose-panel';
import { PRESET_IDS } from './export-presets';

const PANELS = readPanels();

const { dataset } = readDatasetFiles(join(__dirname, '../../data'));
if (!dataset) throw new Error('the dataset in data/ does not load');
const figures = new Map(dataset.themes.flatMap((t) => t.data.figures.map((f) => [f.id, f] as const)));
const sources = new Map(dataset.sources.data.sources.map((s) => [s.id, s]));
const charts = PANELS.filter((p): p is ChartPanelDef => p.kind === 'chart');

type Rec = Record<string, unknown>;

describe('composePanel on the real dataset', () => {
  for (const lang of LANGS) {
    it(`composes every chart panel in ${lang}, in every preset, with its title, source and plain legend`, () => {
      for (const def of charts) {
        const file = dataset.themes.find((t) => t.data.theme === def.theme)!.data;
        for (const preset of PRESET_IDS) {
          const { rows, composition } = composePanel(
            { def, title: pick(def.title, lang), file, figures, sources, lang, shown: { width: 440, chartHeight: def.height ?? 300 } },
            { preset, scale: 2, background: 'white' },
          );
          const option = composition.option;
          const lines = ((option.graphic as Rec).elements as Rec[])
            .filter((e) => e.type === 'text')
            .map((e) => (e.style as Rec).text as string);
          // The title, wrapped in whole words.
          expect(lines[0]!.replace(/\s+/g, '')).toBe(pick(def.title, lang).replace(/\s+/g, ''));
          expect(lines.at(-1)!, def.id).toMatch(lang === 'zh' ? /来源[:：]/ : /Source: /);
          if (option.legend) {
            expect((option.legend as Rec).type).toBe('plain');
            for (const name of (option.legend as { data: string[] }).data) expect(name).not.toBe('');
          }
          // The plot keeps a usable height on every fixed preset.
          expect(composition.height, `${def.id} ${preset}`).toBeGreaterThan(200);
          expect(rows.length).toBeGreaterThan(0);
        }
      }
    });
  }

  it('says in words how a derived value was obtained in the footer, never as code', () => {
    const def = charts.find((p) => p.id === 'petitions-by-district')!;
    const file = dataset.themes.find((t) => t.data.theme === def.theme)!.data;
    const { composition } = composePanel(
      { def, title: 'x', file, figures, sources, lang: 'zh' },
      { preset: 'slide', scale: 2, background: 'white' },
    );
    const text = (((composition.option.graphic as Rec).elements as Rec[]).filter((e) => e.type === 'text').at(-1)!.style as Rec)
      .text as string;
    expect(text).toContain('静海区：由63件');
    expect(text).not.toMatch(/[a-z_]+ - \(/);
    expect(text).toContain('说明：');
  });
});
