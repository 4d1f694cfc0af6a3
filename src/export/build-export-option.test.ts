import { describe, expect, it } from 'vitest';
import { buildBarOption } from '@/charts/build-bar-option';
import { buildBeforeAfterOption } from '@/charts/build-before-after-option';
import { buildGaugeOption } from '@/charts/build-gauge-option';
import { buildPieOption } from '@/charts/build-pie-option';
import { buildProgressOption } from '@/charts/build-progress-option';
import { buildTreemapOption } from '@/charts/build-treemap-option';
import type { ChartView, Option } from '@/charts/chart-view';
import { row } from '@/charts/test-rows';
import { buildExportOption, legendNames, type ExportMeta } from './build-export-option';
import { FIXED_PRESETS, PRESET_IDS, SCALES, type ExportSize } from './export-presets';

const view: ChartView = { lang: 'zh', scheme: 'light', animation: true, compact: false };
const meta: ExportMeta = { title: '第二十批信访举报件(按区)', subtitle: '单位:件 · 时期:截至2025年12月9日', footer: ['来源:天津日报 2025年12月10日'], background: 'white', lang: 'zh' };
const shown: ExportSize = { preset: 'shown', scale: 2, shown: { width: 460, chartHeight: 300 } };

const bar = buildBarOption({ title: 't', rows: [row({ id: 'a', label: '滨海新区', value: 15 }), row({ id: 'b', label: '东丽区', value: 8 })], view, horizontal: true });
const pairs = [row({ id: 'a0', value: 646 }), row({ id: 'a1', value: 728 }), row({ id: 'b0', value: 68 }), row({ id: 'b1', value: 81 })];
const beforeAfter = buildBeforeAfterOption({ title: 't', rows: pairs, view });
const parts = ['来电', '来信', '网络', '走访', '其他渠道', '转办', '督办', '电子邮件', '微信', '热线'].map((label, i) => row({ id: `p${i}`, label, value: i + 1 }));
const pie = buildPieOption({ title: 't', rows: parts, view });
const gauge = buildGaugeOption({ title: 't', row: row({ unit: 'percent', value: 99.8, valueText: '99.8%' }), view });
const progress = buildProgressOption({ title: 't', rows: parts.slice(0, 2), total: row({ id: 'total', value: 3 }), view });
const treemap = buildTreemapOption({ title: 't', rows: parts, view });

type Rec = Record<string, unknown>;
const get = (option: Option, key: string) => option[key] as Rec;

describe('buildExportOption', () => {
  it('adds the title, the unit-and-period subtitle and the source footer', () => {
    const { option } = buildExportOption(bar, meta, shown);
    const title = get(option, 'title');
    expect(title.text).toBe(meta.title);
    expect(title.subtext).toBe(meta.subtitle);
    const elements = (get(option, 'graphic').elements as Rec[]).filter((e) => e.type === 'text');
    expect(elements).toHaveLength(1);
    expect((elements[0].style as Rec).text).toBe('来源:天津日报 2025年12月10日');
    // Anchored to the bottom edge, so it cannot be pushed off the image.
    expect(elements[0].bottom).toBeGreaterThan(0);
  });

  it('joins footer paragraphs with line breaks, and wraps them to the image width', () => {
    const footer = ['来源:天津日报', '推算(静海区):63 - (15 + 2) = 0件', '说明:静海区按0件显示'];
    const { option, width } = buildExportOption(bar, { ...meta, footer }, shown);
    const text = (get(option, 'graphic').elements as Rec[]).find((e) => e.type === 'text')!;
    expect((text.style as Rec).text).toBe(footer.join('\n'));
    expect((text.style as Rec).width).toBeLessThan(width);
    expect((text.style as Rec).overflow).toBe('break');
  });

  it('never animates and drops the tooltip', () => {
    const { option } = buildExportOption(beforeAfter, meta, shown);
    expect(option.animation).toBe(false);
    expect(option.tooltip).toBeUndefined();
  });

  it('forces a plain legend that lists every entry, below the subtitle', () => {
    for (const source of [beforeAfter, pie, progress]) {
      const { option } = buildExportOption({ ...source, legend: { ...(source.legend as Rec), type: 'scroll' } }, meta, shown);
      const legend = get(option, 'legend');
      expect(legend.type).toBe('plain');
      expect(legend.orient).toBe('horizontal');
      expect(legend.bottom).toBeUndefined();
      expect(legend.top as number).toBeGreaterThan(40);
    }
    expect(legendNames(pie)).toEqual([...parts].reverse().map((p) => p.label));
    expect(legendNames(beforeAfter)).toEqual(['“十三五”末', '“十四五”']);
  });

  it('gives a legend that wraps enough rows of room before the plot', () => {
    const narrow = buildExportOption(pie, meta, { preset: 'shown', scale: 1, shown: { width: 360, chartHeight: 300 } });
    const wide = buildExportOption(pie, meta, { preset: 'shown', scale: 1, shown: { width: 1200, chartHeight: 300 } });
    const plotTop = (c: typeof narrow) => ((c.option.series as Rec[])[0].top as number) - (get(c.option, 'legend').top as number);
    expect(plotTop(narrow)).toBeGreaterThan(plotTop(wide));
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('fills the background chosen, whatever the app theme', () => {
    expect(buildExportOption(bar, meta, shown).option.backgroundColor).toBe('#ffffff');
    expect(buildExportOption(bar, { ...meta, background: 'dark' }, shown).option.backgroundColor).toBe('#181b21');
    expect(buildExportOption(bar, { ...meta, background: 'transparent' }, shown).option.backgroundColor).toBe('transparent');
    // Title text is dark on white and transparent, light on dark.
    const color = (background: ExportMeta['background']) => (get(buildExportOption(bar, { ...meta, background }, shown).option, 'title').textStyle as Rec).color;
    expect(color('white')).toBe('#111827');
    expect(color('transparent')).toBe('#111827');
    expect(color('dark')).toBe('#e5e7eb');
  });

  it('makes images of the preset size times the scale', () => {
    for (const preset of PRESET_IDS.filter((p) => p !== 'shown')) {
      for (const scale of SCALES) {
        const c = buildExportOption(bar, meta, { preset, scale });
        const { width, height } = FIXED_PRESETS[preset as keyof typeof FIXED_PRESETS];
        expect([c.pixelWidth, c.pixelHeight], `${preset} ${scale}×`).toEqual([width * scale, height * scale]);
        expect(c.width * c.pixelRatio).toBeCloseTo(width * scale);
      }
    }
  });

  it('keeps the panel width "as shown" and adds the title and footer to the chart height', () => {
    for (const scale of SCALES) {
      const c = buildExportOption(bar, meta, { ...shown, scale });
      expect(c.width).toBe(460);
      expect(c.pixelWidth).toBe(460 * scale);
      expect(c.height).toBeGreaterThan(300 + 60);
      expect(c.pixelHeight).toBe(c.height * scale);
    }
  });

  it('moves a grid chart between the header and the footer', () => {
    const c = buildExportOption(bar, meta, shown);
    const grid = get(c.option, 'grid');
    expect(grid.top as number).toBeGreaterThan(50);
    expect(grid.bottom as number).toBeGreaterThan(30);
    expect(grid.containLabel).toBe(true);
  });

  it('places self-positioned series (pie, treemap, gauge) inside the plot', () => {
    const pieSeries = (buildExportOption(pie, meta, shown).option.series as Rec[])[0];
    expect(pieSeries.center).toEqual(['50%', '50%']);
    expect(pieSeries.top as number).toBeGreaterThan(50);
    const treemapSeries = (buildExportOption(treemap, meta, shown).option.series as Rec[])[0];
    expect(treemapSeries.top as number).toBeGreaterThan(50);
    expect(treemapSeries.width).toBe(460 - 32);
    const c = buildExportOption(gauge, meta, shown);
    const gaugeSeries = (c.option.series as Rec[])[0];
    const [cx, cy] = gaugeSeries.center as number[];
    const r = gaugeSeries.radius as number;
    expect(cx).toBe(230);
    expect(cy - r).toBeGreaterThan(60); // the arc starts below the subtitle
    expect(typeof r).toBe('number');
  });

  it('grows an "as shown" image for a long footer instead of squeezing the chart', () => {
    const long = { ...meta, footer: ['来源:' + '天津日报 2025年12月10日 · 新闻发布会; '.repeat(12)] };
    expect(buildExportOption(bar, long, shown).height).toBeGreaterThan(buildExportOption(bar, meta, shown).height + 40);
  });

  it('names fonts without double quotes, which would break the SVG attribute they are written into', () => {
    for (const source of [bar, beforeAfter, pie, gauge, progress, treemap]) {
      const text = JSON.stringify(buildExportOption(source, meta, shown).option);
      for (const [, family] of text.matchAll(/"fontFamily":"((?:[^"\\]|\\.)*)"/g)) expect(family).not.toContain('\\"');
      expect(text).toContain('"fontFamily"');
    }
  });
});
