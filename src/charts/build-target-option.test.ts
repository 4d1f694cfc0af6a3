import { describe, expect, it } from 'vitest';
import type { StatusView } from '@/view-model/select-rows';
import { buildBarOption } from './build-bar-option';
import { buildTargetOption, targetRowLines, type TargetItem } from './build-target-option';
import type { ChartView } from './chart-view';
import { row } from './test-rows';
import { cardFrame } from '@/charts/frame';

const view: ChartView = { lang: 'zh', scheme: 'light', animation: false, frame: cardFrame(640, 320) };
const status = (code: StatusView['code'], text: string): StatusView => ({ code, text, reasonText: 'r', note: 'n', targetId: 't' });

const smart: TargetItem = {
  target: row({
    id: 't.smart',
    label: '智能工厂',
    value: 500,
    unit: 'ge',
    unitText: '个',
    valueText: '超500个',
    qualifier: 'more-than',
    status: status('met', '已完成'),
  }),
  result: row({ id: 'r.smart', value: 528, valueText: '528家', status: status('met', '已完成') }),
  other: row({ id: 'o.smart', value: 400, valueText: '400家' }),
};
const champions: TargetItem = {
  target: row({ id: 't.champions', label: '市级单项冠军', value: 100, valueText: '100家', status: status('no-result', '无可比结果') }),
};

type Series = { type: string; name: string; data: (string | { value: number | number[]; id: string; tooltip: string })[] }[];

describe('buildTargetOption', () => {
  it('draws each result as a bar and each target as a tick in its row, first target on top', () => {
    const option = buildTargetOption({ title: 't', items: [smart, champions], view });
    const series = option.series as Series;
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', '结果'],
      ['bar', '其他口径（不作判定）'],
      ['scatter', '目标'],
    ]);
    // Drawn bottom-up: champions (no result: a gap), then smart factories.
    expect(series[0]?.data[0]).toBe('-');
    expect(series[0]?.data[1]).toMatchObject({ value: 528, id: 'r.smart' });
    expect(series[1]?.data[1]).toMatchObject({ value: 400, id: 'o.smart' });
    expect(series[2]?.data.map((d) => (d as { value: number[] }).value)).toEqual([
      [100, 0],
      [500, 1],
    ]);
  });

  it('writes the status in words, with a symbol, beside each row and in the description', () => {
    expect(targetRowLines(smart, view)).toEqual([
      ['name', '智能工厂'],
      ['detail', '目标超500个 · 结果528家'],
      ['met', '✓ 已完成'],
    ]);
    expect(targetRowLines(champions, view)[1]).toEqual(['detail', '目标100家 · 结果—']);
    const option = buildTargetOption({ title: '目标', items: [smart, champions], view });
    const yAxis = option.yAxis as { axisLabel: { formatter: (v: string, i: number) => string } };
    // Target, result and status run on in whole words; the status keeps its own colour.
    expect(yAxis.axisLabel.formatter('', 1)).toBe('{name|智能工厂}\n{detail|目标超500个 · 结果528家 · }{met|✓ 已完成}');
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      '目标。智能工厂：目标超500个，结果528家，口径不同400家，已完成；市级单项冠军：目标100家，无可比结果。',
    );
  });

  it('keeps the status mark and its words on one line in every width', () => {
    for (const width of [300, 360, 420, 480, 640, 900]) {
      const narrow: ChartView = { ...view, frame: cardFrame(width, 320) };
      const yAxis = buildTargetOption({ title: 't', items: [smart, champions], view: narrow }).yAxis as {
        axisLabel: { formatter: (v: string, i: number) => string };
      };
      for (const index of [0, 1]) {
        const lines = yAxis.axisLabel.formatter('', index).split('\n');
        const statusLine = lines.find((line) => /[✓?–✗]/.test(line))!;
        expect(statusLine, `${width} px`).toMatch(/(✓ 已完成|– 无可比结果)\}$/);
      }
    }
  });

  it('shows data text, never rich-text markup, in a label', () => {
    const odd: TargetItem = { target: row({ id: 't.odd', label: '{b|x}', status: status('met', '已完成') }) };
    const yAxis = buildTargetOption({ title: 't', items: [odd], view }).yAxis as {
      axisLabel: { formatter: (v: string, i: number) => string };
    };
    expect(yAxis.axisLabel.formatter('', 0)).toContain('{name|｛b｜x｝}');
  });

  it('refuses to judge a target that has no status', () => {
    expect(() => buildTargetOption({ title: 't', items: [{ target: row({ id: 't.x' }) }], view })).toThrow('has no status');
  });

  it('refuses to mix bases: a share of gross output is not judged against a value-added target', () => {
    const target = row({ id: 't.sei', unit: 'percent', value: 40, basis: 'value-added', status: status('met', '已完成') });
    const output = row({ id: 'r.sei', unit: 'percent', value: 30.8, basis: 'output' });
    expect(() => buildTargetOption({ title: 't', items: [{ target, result: output }], view })).toThrow(
      'one chart cannot mix bases (value-added, output)',
    );
  });

  it('refuses to put a count and a percentage on one scale, but takes 个 and 家 together', () => {
    const percent = row({ id: 'r.p', unit: 'percent' });
    expect(() => buildTargetOption({ title: 't', items: [{ ...champions, result: percent }], view })).toThrow(
      'one chart cannot mix scales',
    );
    expect(() => buildTargetOption({ title: 't', items: [smart], view })).not.toThrow();
  });
});

describe('every builder refuses to mix bases', () => {
  it('a bar chart of an output share and a value-added share fails', () => {
    const rows = [row({ id: 'a', unit: 'percent', basis: 'output' }), row({ id: 'b', unit: 'percent', basis: 'value-added' })];
    expect(() => buildBarOption({ title: 't', rows, view })).toThrow('one chart cannot mix bases');
  });

  it('a tagged figure cannot slip in among untagged ones', () => {
    const rows = [row({ id: 'a', unit: 'percent' }), row({ id: 'b', unit: 'percent', basis: 'growth' })];
    expect(() => buildBarOption({ title: 't', rows, view })).toThrow('one chart cannot mix bases (unspecified, growth)');
  });
});
