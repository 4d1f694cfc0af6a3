import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { buildBarOption } from './build-bar-option';
import { buildBeforeAfterOption } from './build-before-after-option';
import { buildGaugeOption } from './build-gauge-option';
import { buildPieOption } from './build-pie-option';
import { buildProgressOption } from './build-progress-option';
import { buildSlopeOption } from './build-slope-option';
import { buildTreemapOption } from './build-treemap-option';
import type { ChartView } from './chart-view';
import { row } from './test-rows';
import { tooltipFormatter } from './tooltip';
import { cardFrame } from '@/charts/frame';

const view: ChartView = { lang: 'zh', scheme: 'light', animation: false, frame: cardFrame(640, 320) };
type Series = { type: string; data: { value: number; name: string; id: string; labelText: string; tooltip: string }[] }[];
const seriesOf = (option: Record<string, unknown>) => option.series as Series;

describe('buildBarOption', () => {
  const rows = [row({ id: 'a', label: 'A', value: 2 }), row({ id: 'b', label: 'B', value: 15 }), row({ id: 'c', label: 'C', value: 0 })];

  it('draws one bar per figure, labelled with the stated value', () => {
    const option = buildBarOption({ title: 't', rows, view });
    const [series] = seriesOf(option);
    expect(series?.type).toBe('bar');
    expect(series?.data.map((d) => [d.name, d.value])).toEqual([
      ['A', 2],
      ['B', 15],
      ['C', 0],
    ]);
    expect(series?.data[0]?.labelText).toBe('10家');
    expect((option.yAxis as { name: string }).name).toBe('家');
  });

  it('wraps a long value label beside sideways bars on a phone, so the bars keep their room', () => {
    const en: ChartView = { lang: 'en', scheme: 'light', animation: false, frame: cardFrame(340, 300) };
    const long = [
      row({ id: 'a', label: 'City intelligent compute', value: 14000, valueLabel: 'more than 14,000 PFLOPS' }),
      row({ id: 'b', label: 'Pooled by the scheduling platform', value: 6000, valueLabel: '6,000 PFLOPS' }),
    ];
    const option = buildBarOption({ title: 't', rows: long, view: en, horizontal: true });
    const labels = seriesOf(option)[0]?.data.map((d) => d.labelText);
    expect(labels).toContain('more than\n14,000 PFLOPS');
    expect(labels).toContain('6,000 PFLOPS');
    // The value column is at most three tenths of the plot; on a wide card nothing wraps.
    expect((option.grid as { right: number }).right).toBeLessThanOrEqual(en.frame.plot.width * 0.3 + en.frame.gap + en.frame.plot.x + 2);
    const wide = buildBarOption({ title: 't', rows: long, view: { ...en, frame: cardFrame(900, 300) }, horizontal: true });
    expect(seriesOf(wide)[0]?.data.map((d) => d.labelText)).toContain('more than 14,000 PFLOPS');
  });

  it('sorts largest first and reads top-down when horizontal', () => {
    const option = buildBarOption({ title: 't', rows, view, horizontal: true, sort: true });
    // ECharts draws the first category at the bottom, so the largest is last in the data.
    expect((option.yAxis as { data: string[] }).data).toEqual(['C', 'A', 'B']);
    // Screen readers hear them largest first.
    expect((option.aria as { label: { description: string } }).label.description).toBe('t。B 10家；A 10家；C 10家。');
  });

  it('refuses to put two units on one axis', () => {
    expect(() => buildBarOption({ title: 't', rows: [row({ unit: 'jia' }), row({ id: 'y', unit: 'percent' })], view })).toThrow(
      'one chart cannot mix units',
    );
  });

  it('escapes markup from data in tooltips', () => {
    const option = buildBarOption({ title: 't', rows: [row({ name: '<img src=x onerror=alert(1)>' })], view });
    const tooltip = must(seriesOf(option)[0]?.data[0], 'the bar').tooltip;
    expect(tooltip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tooltip).not.toContain('<img');
    expect(tooltipFormatter({ data: { tooltip } })).toBe(tooltip);
  });

  it('says how a derived value was obtained in words in its tooltip, not its formula', () => {
    const derived = row({
      kind: 'derived',
      clause: undefined,
      formulaText: 'round(a - b, 1); a = x 31.8%; b = y 2.1个百分点',
      formulaWords: '由31.8%与提升2.1个百分点推算',
    });
    const tooltip = seriesOf(buildBarOption({ title: 't', rows: [derived], view }))[0]?.data[0]?.tooltip;
    expect(tooltip).toContain('由31.8%与提升2.1个百分点推算');
    expect(tooltip).not.toContain('round(');
  });

  it('dims the marks that are not selected', () => {
    const option = buildBarOption({ title: 't', rows, view: { ...view, highlight: new Set(['b']) } });
    const opacities = (must(seriesOf(option)[0], 'the bars').data as unknown as { itemStyle: { opacity: number } }[]).map(
      (d) => d.itemStyle.opacity,
    );
    expect(opacities).toEqual([0.25, 1, 0.25]);
    const untouched = buildBarOption({ title: 't', rows, view: { ...view, highlight: new Set(['elsewhere']) } });
    expect(
      (must(seriesOf(untouched)[0], 'the bars').data as unknown as { itemStyle: { opacity: number } }[]).map((d) => d.itemStyle.opacity),
    ).toEqual([1, 1, 1]);
  });
});

describe('every builder', () => {
  it('animates only when the reader has not asked for reduced motion, and fills with patterns on request', () => {
    const rows = [row()];
    expect(buildBarOption({ title: 't', rows, view: { ...view, animation: true } }).animation).toBe(true);
    expect(buildBarOption({ title: 't', rows, view: { ...view, animation: false, frame: cardFrame(640, 320) } }).animation).toBe(false);
    expect((buildBarOption({ title: 't', rows, view: { ...view, patterns: true } }).aria as { decal: { show: boolean } }).decal.show).toBe(
      true,
    );
  });
});

describe('buildBeforeAfterOption', () => {
  it('puts each 2020 value beside its result, each with its own provenance', () => {
    const before = row({ id: 'c-2020', value: 646, valueText: '646家', periodText: '2020年' });
    const after = row({ id: 'c', label: '企业技术中心', value: 728, valueText: '728家', periodText: '截至2025年12月9日' });
    const option = buildBeforeAfterOption({ title: 't', rows: [before, after], view });
    const series = seriesOf(option);
    expect(series.map((s) => s.data[0]?.value)).toEqual([646, 728]);
    expect(series.map((s) => s.data[0]?.labelText)).toEqual(['646家', '728家']);
    expect(series[0]?.data[0]?.tooltip).toContain('<div>2020年 · 确数</div>');
    expect((option.xAxis as { data: string[] }).data).toEqual(['企业技术中心']);
    expect((option.legend as { data: string[] }).data).toEqual(['“十三五”末', '“十四五”']);
  });

  it('refuses an odd number of figures', () => {
    expect(() => buildBeforeAfterOption({ title: 't', rows: [row()], view })).toThrow('needs pairs');
  });
});

describe('buildSlopeOption', () => {
  it('joins two values on an axis that starts at 0, each point with its own period', () => {
    const option = buildSlopeOption({
      title: 't',
      rows: [
        row({ unit: 'percent', value: 29.7, periodText: '2020年' }),
        row({ id: 'b', unit: 'percent', value: 31.8, periodText: '时期未注明' }),
      ],
      view,
    });
    expect((option.yAxis as { min: number }).min).toBe(0);
    expect((option.xAxis as { data: string[] }).data).toEqual(['“十三五”末\n2020年', '最新\n时期未注明']);
    expect(seriesOf(option)[0]?.data.map((d) => d.value)).toEqual([29.7, 31.8]);
  });

  it('refuses anything but two figures', () => {
    expect(() => buildSlopeOption({ title: 't', rows: [row()], view })).toThrow('two figures');
  });
});

describe('buildTreemapOption', () => {
  it('shows parts as areas, largest first, labelled with the stated value', () => {
    const option = buildTreemapOption({
      title: 't',
      rows: [row({ id: 'a', label: '噪声', value: 10 }), row({ id: 'b', label: '大气', value: 19, valueText: '19个' })],
      view,
    });
    const data = must(seriesOf(option)[0], 'the treemap').data;
    expect(data.map((d) => d.name)).toEqual(['大气', '噪声']);
    expect(data[0]?.labelText).toBe('大气\n19个');
  });
});

describe('buildProgressOption', () => {
  it('stacks the parts along the total', () => {
    const total = row({ id: 'total', label: '第十一批', value: 42, valueText: '42件', unit: 'jian' });
    const parts = [
      row({ id: 'closed', label: '已办结', value: 23, unit: 'jian' }),
      row({ id: 'stage', label: '阶段性办结', value: 19, unit: 'jian' }),
    ];
    const option = buildProgressOption({ title: 't', rows: parts, total, view });
    const series = option.series as { stack: string; name: string; data: { value: number }[] }[];
    expect(series.map((s) => [s.name, s.stack, s.data[0]?.value])).toEqual([
      ['已办结', 'total', 23],
      ['阶段性办结', 'total', 19],
    ]);
    expect((option.xAxis as { max: number }).max).toBe(42);
  });
});

describe('buildPieOption', () => {
  it('shows the parts of a whole, largest first, each named with its value and share, the total in the middle', () => {
    const rows = [
      row({ id: 'a', label: '来信', value: 12, valueText: '12件' }),
      row({ id: 'b', label: '来电', value: 51, valueText: '51件' }),
    ];
    const total = row({ id: 't', label: '合计', value: 63, valueText: '63件' });
    const option = buildPieOption({ title: 't', rows, total, view: { ...view, frame: cardFrame(360, 300) } });
    const [ring, centre] = option.series as {
      data: { name: string; pieLabel?: string }[];
      center: number[];
      label: { formatter: string };
    }[];
    expect(ring!.data.map((d) => d.name)).toEqual(['来电', '来信']);
    expect(ring!.data.map((d) => d.pieLabel)).toEqual(['来电\n51件 · 81.0%', '来信\n12件 · 19.0%']);
    // Centred in its frame, whatever the frame.
    expect(ring!.center).toEqual([180, 150]);
    expect(centre!.label.formatter).toContain('63件');
    expect(option.legend).toBeUndefined();
  });
});

describe('buildGaugeOption', () => {
  it('shows a percentage with its stated text', () => {
    const option = buildGaugeOption({ title: 't', row: row({ unit: 'percent', value: 90, valueText: '超90%' }), view });
    const series = (option.series as { max: number; detail: { formatter: () => string } }[])[0];
    expect(series?.max).toBe(100);
    expect(series?.detail.formatter()).toBe('超90%');
  });

  it('refuses anything but a percentage', () => {
    expect(() => buildGaugeOption({ title: 't', row: row(), view })).toThrow('a gauge shows a percentage');
  });
});
