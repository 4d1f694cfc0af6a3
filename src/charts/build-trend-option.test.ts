import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import type { SourceRef, StatusView } from '@/view-model/select-rows';
import { buildTrendOption, type TrendPoint } from './build-trend-option';
import type { ChartView } from './chart-view';
import { row } from './test-rows';
import { cardFrame } from '@/charts/frame';

const view: ChartView = { lang: 'zh', scheme: 'light', animation: false, frame: cardFrame(640, 320) };
const reposted: SourceRef = {
  id: 's',
  text: '转载',
  publisher: '转载网站',
  date: '2024-01-23',
  url: 'http://example.com/a',
  trust: 'medium',
  reposted: true,
};
const growth = (year: number, value: number, extra = {}): TrendPoint => ({
  year,
  partial: false,
  row: row({ id: `g.${year}`, unit: 'percent', unitText: '%', value, valueText: `${value}%`, basis: 'growth', ...extra }),
});
const target: TrendPoint = {
  year: 2025,
  partial: false,
  row: row({
    id: 'g.target',
    unit: 'percent',
    value: 5,
    valueText: '约5%',
    periodText: '2025年目标',
    basis: 'growth',
    status: { code: 'undetermined', text: '无法判定', reasonText: 'r', note: 'n', targetId: 'g.target' } satisfies StatusView,
  }),
};

type Line = { type: string; name: string; connectNulls?: boolean; data: (string | { value: number; symbol: string; labelText: string })[] };
const seriesOf = (option: Record<string, unknown>) => option.series as Line[];

describe('buildTrendOption', () => {
  it('leaves a missing year as a gap and never joins across it', () => {
    const option = buildTrendOption({
      title: 't',
      from: 2020,
      to: 2025,
      series: [{ name: '增速', points: [growth(2020, 1.5), growth(2021, 6.6), growth(2023, 4.3)] }],
      view,
    });
    const [line] = seriesOf(option);
    expect(line?.connectNulls).toBe(false);
    expect(line?.data.map((d) => (typeof d === 'string' ? d : d.value))).toEqual([1.5, 6.6, '-', 4.3, '-', '-']);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020年', '2021年', '2022年', '2023年', '2024年', '2025年']);
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      't。增速：2020年 1.5%，2021年 6.6%，2022年 无数据，2023年 4.3%，2024年 无数据，2025年 无数据。',
    );
  });

  it('draws points from reposted sources hollow, and says when a point is part of a year', () => {
    const option = buildTrendOption({
      title: 't',
      from: 2022,
      to: 2023,
      series: [
        {
          name: 's',
          points: [
            { ...growth(2022, 23.8), partial: true, row: { ...growth(2022, 23.8).row, periodText: '2022年上半年' } },
            growth(2023, 4.3, { sourceRefs: [reposted] }),
          ],
        },
      ],
      view,
    });
    const [line] = seriesOf(option);
    const [h1, repost] = must(line, 'the line').data as { symbol: string; labelText: string }[];
    expect(h1?.symbol).toBe('circle');
    expect(h1?.labelText).toBe('23.8%\n（2022年上半年）');
    expect(repost?.symbol).toBe('emptyCircle');
  });

  it('marks a target in its year, its status in words in the legend', () => {
    const option = buildTrendOption({
      title: 't',
      from: 2024,
      to: 2025,
      series: [{ name: 's', points: [growth(2025, 4.8)] }],
      targets: [target],
      view,
    });
    const [, mark] = seriesOf(option);
    expect(mark?.type).toBe('scatter');
    expect(mark?.name).toBe('2025年目标 约5%：无法判定');
    expect(mark?.data.map((d) => (typeof d === 'string' ? d : d.value))).toEqual(['-', 5]);
    expect((option.legend as { data: string[] }).data).toEqual(['s', '2025年目标 约5%：无法判定']);
  });

  it('refuses two figures for one year, a year off the axis, and mixed bases', () => {
    expect(() =>
      buildTrendOption({ title: 't', from: 2020, to: 2025, series: [{ name: 's', points: [growth(2021, 1), growth(2021, 2)] }], view }),
    ).toThrow('two figures for 2021');
    expect(() => buildTrendOption({ title: 't', from: 2020, to: 2025, series: [{ name: 's', points: [growth(2026, 1)] }], view })).toThrow(
      'outside the years',
    );
    const share = { ...growth(2022, 23.8), row: { ...growth(2022, 23.8).row, id: 'share', basis: 'value-added' as const } };
    expect(() =>
      buildTrendOption({
        title: 't',
        from: 2020,
        to: 2025,
        series: [
          { name: 's', points: [growth(2021, 1)] },
          { name: 'share', points: [share] },
        ],
        view,
      }),
    ).toThrow('one chart cannot mix bases');
  });
});
