import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { DEFAULT_FILTERS } from '@/state/filters';
import { figureNote, filtersText, newestSourceDate } from './office-model';
import { deckSpec, statedQualifiers, unitsAndPeriods } from './slide-specs';
import { allPanels, testPanel } from './office-test-data';

describe('office panels from the real data', () => {
  it('a bar chart keeps its values as numbers, in the dashboard order', () => {
    const panel = testPanel('digital-revenue-growth', 'zh');
    expect(panel.body.kind).toBe('chart');
    if (panel.body.kind !== 'chart') return;
    const [series] = panel.body.table.series;
    expect(series?.values).toEqual([12.3, 10]);
    expect(series?.values.every((v) => typeof v === 'number')).toBe(true);
    expect(panel.body.table.unitText).toBe('%');
    expect(panel.body.table.native).toEqual({ type: 'bar', horizontal: false, stacked: false });
    // 12.3 has one printed decimal, 10 none.
    expect(panel.body.table.decimals).toBe(1);
    expect(panel.body.table.mixedDecimals).toBe(true);
  });

  it('a trend leaves a gap (null) for every year without a figure', () => {
    const panel = testPanel('trend-gdp', 'en');
    if (panel.body.kind !== 'chart') throw new Error('not a chart');
    const { categories, series } = panel.body.table;
    expect(categories).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(series[0]?.values).toEqual([14083.73, 15695.05, null, 16700, 18024.3, null]);
    expect(series[0]?.rows[2]).toBeNull();
    expect(panel.body.table.native.type).toBe('line');
  });

  it('before/after pairs are clustered bars: the baseline series beside the result', () => {
    const panel = testPanel('industry-output', 'zh');
    if (panel.body.kind !== 'chart') throw new Error('not a chart');
    expect(panel.body.table.series.map((s) => s.name)).toEqual(['“十三五”末', '“十四五”']);
    expect(panel.body.table.series.map((s) => s.values.length)).toEqual([1, 1]);
    expect(panel.body.table.native).toEqual({ type: 'bar', horizontal: false, stacked: false });
  });

  it('a pie is a doughnut of its members, largest first', () => {
    const panel = testPanel('petitions-by-channel', 'zh');
    if (panel.body.kind !== 'chart') throw new Error('not a chart');
    expect(panel.body.table.native.type).toBe('doughnut');
    expect(panel.body.table.series[0]?.values).toEqual([51, 12]);
  });

  it('every panel of the dashboard becomes an office panel in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const panels = allPanels(lang);
      for (const panel of panels) {
        expect(panel.rows.length, panel.id).toBeGreaterThan(0);
        if (panel.body.kind === 'chart') {
          for (const s of panel.body.table.series) {
            expect(s.values.length, panel.id).toBe(panel.body.table.categories.length);
            for (const v of s.values) expect(v === null || Number.isFinite(v), panel.id).toBe(true);
          }
        }
      }
    }
  });

  it('target panels list each target with its status in words', () => {
    const panel = testPanel('targets-counts', 'zh');
    expect(panel.body.kind).toBe('targets');
    if (panel.body.kind !== 'targets') return;
    expect(panel.body.lines.length).toBeGreaterThan(0);
    expect(panel.body.lines.every((l) => ['已完成', '未完成', '无法判定', '无可比结果'].includes(l.statusText))).toBe(true);
  });
});

describe('slide specs', () => {
  it('notes hold each figure’s clause verbatim and its source', () => {
    const deck = deckSpec(
      [testPanel('digital-revenue-growth', 'zh')],
      { appTitle: 'T', filtersText: 'f', viewUrl: 'http://x/', exportedAt: new Date(0) },
      'zh',
    );
    const notes = must(deck.slides[0], 'the panel slide').notes;
    expect(notes).toContain('我市数字经济核心产业规上企业营收同比增长12.3%');
    expect(notes).toContain('平台企业营收同比增长10%');
    expect(notes).toMatch(/来源：.*天津日报/);
    expect(deck.slides[0]?.footer).toMatch(/^来源：天津日报 2025年12月/);
    expect(deck.slides[0]?.subtitle).toBe('单位：% · 时期：2025年前三季度、时期未注明');
  });

  it('a derived figure’s note says how it was derived, in words', () => {
    const panel = allPanels('zh').find((p) => p.rows.some((r) => r.kind === 'derived'))!;
    const row = panel.rows.find((r) => r.kind === 'derived')!;
    expect(figureNote(row, 'zh')).toContain(row.formulaWords!);
  });

  it('values with a qualifier are said as stated beside a chart', () => {
    const rows = allPanels('zh').flatMap((p) => p.rows);
    const qualified = rows.find((r) => r.qualifier === 'more-than')!;
    expect(statedQualifiers([qualified], 'zh')).toContain(qualified.valueText);
    expect(
      statedQualifiers(
        rows.filter((r) => r.qualifier === 'exact'),
        'zh',
      ),
    ).toBe('');
  });

  it('a long run of periods is given as first to last', () => {
    const panel = testPanel('trend-gdp', 'en');
    expect(unitsAndPeriods(panel.rows, 'en')).toBe('Unit: CNY 100 million · Period: 2020 to 2024');
    if (panel.body.kind === 'chart') expect(panel.body.table.unitText).toBe('CNY 100 million');
  });

  it('the title slide states the filters, data date and link', () => {
    const deck = deckSpec(
      [],
      {
        appTitle: 'T',
        filtersText: filtersText(DEFAULT_FILTERS, 'zh'),
        dataDate: '2025-12-10',
        viewUrl: 'http://x/?lang=zh',
        exportedAt: new Date(0),
      },
      'zh',
    );
    expect(deck.titleSlide.lines).toEqual([
      '筛选：领域：全部；时期：全部；数值：全部',
      '数据截至：2025年12月10日',
      '视图链接：http://x/?lang=zh',
    ]);
    expect(deck.fontFace).toBe('Microsoft YaHei');
  });

  it('the newest source date is the latest', () => {
    expect(newestSourceDate([{ date: '2021-01-22' }, { date: '2025-12-10' }, { date: '2024' }])).toBe('2025-12-10');
  });
});
