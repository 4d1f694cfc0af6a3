import { describe, expect, it } from 'vitest';
import { buildBarOption } from '@/charts/build-bar-option';
import type { ViewSettings } from '@/charts/chart-view';
import { row } from '@/charts/test-rows';
import { composeExport, layoutExport, type ExportMeta } from './build-export-option';
import { FIXED_PRESETS, PRESET_IDS, SCALES, type ExportSize } from './export-presets';

const settings: ViewSettings = { lang: 'zh', scheme: 'light', animation: true };
const meta: ExportMeta = {
  title: '第二十批信访举报件（按区）',
  subtitle: '单位：件 · 时期：截至2025年12月9日',
  footer: ['来源：天津日报 2025年12月10日'],
  background: 'white',
  lang: 'zh',
};
const shown: ExportSize = { preset: 'shown', scale: 2, shown: { width: 460, chartHeight: 300 } };
const rows = [row({ id: 'a', label: '滨海新区', value: 15 }), row({ id: 'b', label: '东丽区', value: 8 })];

type Rec = Record<string, unknown>;

/** An export as the app makes it: layout first, then the chart built in the layout's frame. */
function compose(m: ExportMeta, size: ExportSize, chartHeight = 300) {
  const layout = layoutExport(m, size, chartHeight);
  const chart = buildBarOption({ title: m.title, rows, view: { ...settings, frame: layout.frame }, horizontal: true });
  return { layout, composition: composeExport(chart, layout, m, size) };
}

const texts = (option: Rec) =>
  ((option.graphic as Rec).elements as Rec[]).filter((e) => e.type === 'text').map((e) => (e.style as Rec).text as string);

describe('layoutExport and composeExport', () => {
  it('draws the title, the unit-and-period subtitle and the source footer as lines of their own', () => {
    const { composition } = compose(meta, shown);
    expect(texts(composition.option as Rec)).toEqual([meta.title, meta.subtitle, meta.footer[0]]);
  });

  it('wraps footer paragraphs in whole words, no line beginning with a space', () => {
    const footer = [
      'Source: Tianjin Daily 10 Dec 2025 · Press conference on the 14th Five-Year Plan achievements of the Data Bureau and the Industry Bureau',
    ];
    const { layout } = compose({ ...meta, footer, lang: 'en' }, { preset: 'shown', scale: 1, shown: { width: 360, chartHeight: 300 } });
    expect(layout.footerLines.length).toBeGreaterThan(1);
    for (const line of layout.footerLines) expect(line).not.toMatch(/^\s/);
    expect(layout.footerLines.join(' ')).toBe(footer[0]);
  });

  it('keeps the footer rule and text below the plot, and the plot below the header', () => {
    const { layout } = compose({ ...meta, footer: ['来源：天津日报', '说明：静海区按0件显示'] }, shown);
    const { plot } = layout.frame;
    expect(plot.y).toBeGreaterThan(40);
    expect(layout.footerTop).toBeGreaterThanOrEqual(plot.y + plot.height);
    expect(layout.footerTop + 8 + layout.footerLines.length * 15).toBeLessThanOrEqual(layout.height);
  });

  it('lays the chart out inside the plot: the grid starts below the header and ends above the footer', () => {
    const { layout, composition } = compose(meta, shown);
    const grid = composition.option.grid as Rec;
    expect(grid.top as number).toBeGreaterThanOrEqual(layout.frame.plot.y);
    expect(layout.height - (grid.bottom as number)).toBeLessThanOrEqual(layout.footerTop);
    expect(grid.outerBoundsContain).toBe('all');
  });

  it('never animates and drops the tooltip', () => {
    const { composition } = compose(meta, shown);
    expect(composition.option.animation).toBe(false);
    expect(composition.option.tooltip).toBeUndefined();
  });

  it('fills the background chosen, with title text that reads on it', () => {
    const colour = (background: ExportMeta['background']) => {
      const { composition } = compose({ ...meta, background }, shown);
      const title = ((composition.option.graphic as Rec).elements as Rec[])[0]!;
      return [composition.option.backgroundColor, (title.style as Rec).fill];
    };
    expect(colour('white')).toEqual(['#ffffff', '#111827']);
    expect(colour('transparent')).toEqual(['transparent', '#111827']);
    expect(colour('dark')).toEqual(['#181b21', '#e5e7eb']);
  });

  it('makes images of the preset size times the scale, with slide-sized type on fixed presets', () => {
    for (const preset of PRESET_IDS.filter((p) => p !== 'shown')) {
      for (const scale of SCALES) {
        const { composition, layout } = compose(meta, { preset, scale });
        const { width, height } = FIXED_PRESETS[preset as keyof typeof FIXED_PRESETS];
        expect([composition.pixelWidth, composition.pixelHeight], `${preset} ${scale}×`).toEqual([width * scale, height * scale]);
        // At 1× a 1920×1080 image has 28 px chart text and 36 px values.
        if (preset === 'slide') expect([layout.frame.type.text * layout.zoom, layout.frame.type.value * layout.zoom]).toEqual([28, 36]);
      }
    }
  });

  it('keeps the panel width "as shown" and adds the title and footer to the chart height', () => {
    for (const scale of SCALES) {
      const { composition } = compose(meta, { ...shown, scale });
      expect(composition.width).toBe(460);
      expect(composition.pixelWidth).toBe(460 * scale);
      expect(composition.height).toBeGreaterThan(300 + 60);
    }
  });

  it('grows an "as shown" image for a long footer instead of squeezing the chart', () => {
    const long = { ...meta, footer: [`来源：${'天津日报 2025年12月10日 · 新闻发布会；'.repeat(12)}`] };
    expect(compose(long, shown).composition.height).toBeGreaterThan(compose(meta, shown).composition.height + 40);
  });

  it('names fonts without double quotes, which would break the SVG attribute they are written into', () => {
    const text = JSON.stringify(compose(meta, shown).composition.option);
    for (const [, family] of text.matchAll(/"fontFamily":"((?:[^"\\]|\\.)*)"/g)) expect(family).not.toContain('\\"');
    expect(text).toContain('"fontFamily"');
  });
});
