import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '@/data/schema';
import { formatSourceLine, goalStatus, indexById, toFigureRow, type RowContext } from './select-rows';
import { source, statedFigure } from '@/data/test-fixtures';
import { safeWebUrl } from './trust';

const repost = source({
  id: 'repost',
  url: 'http://wszk.we54.com/rdxw/2022/0515/17810.html',
  trust: 'medium-high',
  date: '2022-05-15',
  title: { zh: '节能减排方案', en: 'Energy plan' },
  publisher: { zh: '天津日报(转载)', en: 'Tianjin Daily (reposted)' },
});
const official = source({
  id: 'official',
  url: 'https://www.bjo.gov.hk/tc/trade/doing_business/tianjin.html',
  trust: 'high',
  date: '2025',
  title: { zh: '主要经济数据', en: 'Main data' },
});
const target = statedFigure({
  id: 'green.target',
  unit: 'percent',
  value: 15,
  period: { type: 'target', from: 2021, year: 2025 },
  basis: 'reduction',
  source: { id: 'repost', clause: '下降15%' },
  goal: { direction: 'higher-is-better', result: 'green.fall', note: { zh: '同口径', en: 'Same scope' } },
});
const fall = statedFigure({
  id: 'green.fall',
  unit: 'percent',
  value: 13.5,
  period: { type: 'range', from: 2021, to: 2025 },
  basis: 'reduction',
});
const ctx = (figures: Figure[], sources: Source[] = [source(), repost, official], lang: 'zh' | 'en' = 'zh'): RowContext => ({
  lang,
  sources: indexById(sources),
  figures: indexById(figures),
});

describe('rows of figures from other web pages', () => {
  it('carry the URL, the trust, and a "reposted source" mark in the source line', () => {
    const row = toFigureRow(target, ctx([target, fall]));
    expect(row.sourceUrl).toBe('http://wszk.we54.com/rdxw/2022/0515/17810.html');
    expect(row.trust).toBe('medium-high');
    expect(row.sourceText).toBe('天津日报（转载） 2022年5月15日 · 节能减排方案 · 转载来源');
    expect(row.sourceRefs).toEqual([
      {
        id: 'repost',
        text: row.sourceText,
        publisher: '天津日报（转载）',
        date: '2022-05-15',
        url: row.sourceUrl,
        trust: 'medium-high',
        reposted: true,
      },
    ]);
    expect(row.basisText).toBe('期间累计降幅');
    expect(toFigureRow(target, ctx([target, fall], undefined, 'en')).sourceText).toBe(
      'Tianjin Daily (reposted) 15 May 2022 · Energy plan · reposted source',
    );
  });

  it('mark no official page as reposted, and leave the printed page as it was', () => {
    expect(formatSourceLine(official, 'zh')).toBe('天津日报 2025年 · 主要经济数据');
    expect(formatSourceLine(source(), 'zh')).toBe('天津日报 2025年12月10日');
    const seed = toFigureRow(statedFigure(), ctx([]));
    expect(seed.sourceUrl).toBeUndefined();
    expect(seed.trust).toBeUndefined();
    expect(seed.sourceRefs[0]?.reposted).toBe(false);
  });

  it('judge a target against its result: the energy-intensity fall was not met', () => {
    const status = goalStatus(target, ctx([target, fall]));
    expect(status).toMatchObject({
      code: 'not-met',
      text: '未完成',
      reasonText: '结果未达到目标',
      note: '同口径',
      result: { id: 'green.fall', valueText: '13.5%', periodText: '2021–2025年（“十四五”时期）' },
    });
    expect(toFigureRow(target, ctx([target, fall])).status?.code).toBe('not-met');
  });

  it('give no status while the result has not loaded, rather than "no comparable result"', () => {
    expect(goalStatus(target, ctx([target]))).toBeUndefined();
    const none = statedFigure({ ...target, goal: { direction: 'higher-is-better', note: { zh: '无', en: 'none' } } });
    expect(goalStatus(none, ctx([none]))?.code).toBe('no-result');
  });

  it('link only to web pages', () => {
    expect(safeWebUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeWebUrl('data:text/html,x')).toBeUndefined();
    expect(safeWebUrl('not a url')).toBeUndefined();
    expect(safeWebUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    const hostile = source({ id: 'repost', url: 'javascript:alert(1)' as string, trust: 'medium' });
    expect(toFigureRow(target, ctx([target, fall], [hostile])).sourceUrl).toBeUndefined();
  });
});
