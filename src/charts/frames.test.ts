import { describe, expect, it } from 'vitest';
import { buildBarOption } from './build-bar-option';
import { buildBeforeAfterOption } from './build-before-after-option';
import { buildPieOption } from './build-pie-option';
import { buildTrendOption, labelPlacement, type TrendSeries } from './build-trend-option';
import type { ChartView, ViewSettings } from './chart-view';
import { cardFrame, estimateWidth, exportFrame, slideFrame, type Frame } from './frame';
import { row } from './test-rows';

const settings: ViewSettings = { lang: 'en', scheme: 'light', animation: false };
const viewIn = (frame: Frame, lang: ChartView['lang'] = 'en'): ChartView => ({ ...settings, lang, frame });
const FRAMES: Record<string, Frame> = {
  card: cardFrame(640, 300, estimateWidth),
  phone: cardFrame(360, 300, estimateWidth),
  slide: slideFrame(1800, 760, 1, estimateWidth),
  wall: slideFrame(5600, 760, 1, estimateWidth),
  export: exportFrame(960, 540, { x: 24, y: 90, width: 912, height: 380 }, { text: 14, value: 18, small: 12 }, estimateWidth),
};

type Axis = { type: string; data?: string[] };
const words = (labels: readonly string[]) => labels.flatMap((l) => l.split(/\s|\n/)).filter(Boolean);

describe('builders lay their chart out for the frame they are given', () => {
  const long = [
    row({ id: 'a', label: 'Internet platform revenue', value: 10, valueText: '10%' }),
    row({ id: 'b', label: 'Core digital-economy industries', value: 12.3, valueText: '12.3%' }),
  ];

  for (const [name, frame] of Object.entries(FRAMES)) {
    it(`bar: every category name keeps its words whole (${name})`, () => {
      const option = buildBarOption({ title: 't', rows: long, view: viewIn(frame) });
      const axes = [option.xAxis, option.yAxis] as Axis[];
      const category = axes.find((a) => a.type === 'category')!;
      expect(words(category.data!).sort()).toEqual(words(long.map((r) => r.label)).sort());
    });

    it(`pie: the ring is centred in the plot (${name})`, () => {
      const parts = [row({ id: 'p', label: 'Phone', value: 51 }), row({ id: 'q', label: 'Letter', value: 12 })];
      const option = buildPieOption({ title: 't', rows: parts, view: viewIn(frame) });
      const [ring] = option.series as { center: number[]; radius: number[] }[];
      const { plot } = frame;
      expect(ring!.center).toEqual([plot.x + plot.width / 2, plot.y + plot.height / 2]);
      expect(ring!.radius[1]!).toBeLessThanOrEqual(plot.height / 2);
    });
  }

  it('bar: turns sideways on a phone where the names do not fit under upright bars, and stays upright on a slide', () => {
    const many = ['Binhai New Area', 'Dongli District', 'Jizhou District', 'Beichen District', 'Hexi District', 'Nankai District'].map(
      (label, i) => row({ id: `d${i}`, label, value: 10 - i, valueText: `${10 - i} cases` }),
    );
    const phone = buildBarOption({ title: 't', rows: many, view: viewIn(FRAMES.phone!) });
    expect((phone.yAxis as Axis).type).toBe('category');
    const slide = buildBarOption({ title: 't', rows: many, view: viewIn(FRAMES.slide!) });
    expect((slide.xAxis as Axis).type).toBe('category');
  });

  it('before/after: the two value labels of a pair never reach each other', () => {
    const pair = [
      row({ id: 'a0', value: 5045, valueText: 'at least 5,045', label: 'Firms' }),
      row({ id: 'a1', value: 6100, valueText: 'more than 6,100', label: 'Firms' }),
    ];
    for (const frame of Object.values(FRAMES)) {
      const option = buildBeforeAfterOption({ title: 't', rows: pair, view: viewIn(frame) });
      const [first] = option.series as { barWidth: number; label: { position: string; fontSize: number } }[];
      if (first!.label.position !== 'top') continue; // sideways: each label at its own bar's end
      // Bars of a pair are 1.2 bar widths apart, centre to centre.
      expect(first!.barWidth * 1.2).toBeGreaterThanOrEqual(estimateWidth('more than 6,100', first!.label.fontSize));
    }
  });

  it('slides: chart text at least 28 px, values at least 36 px, on 1920×1080; twice that on 3840×2160', () => {
    const slide = slideFrame(1800, 760, 1);
    expect([slide.type.text, slide.type.value, slide.type.small]).toEqual([28, 36, 28]);
    const uhd = slideFrame(3600, 1520, 2);
    expect([uhd.type.text, uhd.type.value]).toEqual([56, 72]);
  });
});

describe('trend labels', () => {
  const point = (year: number, value: number, text = `${value}%`) => ({
    year,
    partial: false,
    row: row({ id: `g.${year}.${value}`, unit: 'percent', unitText: '%', value, valueText: text }),
  });
  const two: TrendSeries[] = [
    { name: 'Industry', points: [point(2020, 1.6), point(2024, 4.6), point(2025, 4.2, 'about 4.2%')] },
    { name: 'High-tech', points: [point(2020, 4.6), point(2024, 8.9), point(2025, 5.3)] },
  ];
  const years = [2020, 2021, 2022, 2023, 2024, 2025];

  it('puts the higher of two values in a year above its point and the lower below', () => {
    const place = labelPlacement(two, years, viewIn(FRAMES.slide!));
    expect(place(1, two[1]!.points[2]!).position).toBe('top');
    expect(place(0, two[0]!.points[2]!).position).toBe('bottom');
    expect(place(1, two[1]!.points[1]!).position).toBe('top');
  });

  it('never puts a label below a point near the axis', () => {
    const low: TrendSeries[] = [
      { name: 'Giants', points: [point(2024, 283), point(2025, 322)] },
      { name: 'Champions', points: [point(2024, 38), point(2025, 38)] },
    ];
    const place = labelPlacement(low, years, viewIn(FRAMES.slide!));
    expect(place(1, low[1]!.points[0]!).position).toBe('top');
  });

  it('labels only the latest point where labels are far wider than a year (a narrow card)', () => {
    const gdp: TrendSeries[] = [
      { name: 'GDP', points: [2020, 2021, 2022, 2023, 2024].map((y) => point(y, 14000 + y, `CNY ${y - 2019}.41 trillion`)) },
    ];
    const place = labelPlacement(gdp, years, viewIn(FRAMES.phone!));
    expect(gdp[0]!.points.map((p) => place(0, p).show)).toEqual([false, false, false, false, true]);
    const option = buildTrendOption({ title: 't', from: 2020, to: 2025, series: gdp, view: viewIn(FRAMES.phone!) });
    expect(option.series).toBeDefined();
  });
});
