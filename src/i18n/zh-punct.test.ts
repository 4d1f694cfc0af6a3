import { describe, expect, it } from 'vitest';
import { normalizeZhPunct } from './zh-punct';

describe('normalizeZhPunct', () => {
  it('turns half-width marks beside Chinese full-width', () => {
    expect(normalizeZhPunct('单位:P')).toBe('单位：P');
    expect(normalizeZhPunct('不同:核心产业…,平台…')).toBe('不同：核心产业…，平台…');
    expect(normalizeZhPunct('全国平均(推算)')).toBe('全国平均（推算）');
    expect(normalizeZhPunct('繁体字页面;引文照录。')).toBe('繁体字页面；引文照录。');
    expect(normalizeZhPunct('是否完成?未完成!')).toBe('是否完成？未完成！');
  });

  it('treats a number or Latin run inside Chinese prose as Chinese', () => {
    expect(normalizeZhPunct('规模超1.4万P,2025年增长12.7%;下降')).toBe('规模超1.4万P，2025年增长12.7%；下降');
    expect(normalizeZhPunct('经济运行情况分析:GDP同比增长5.5%')).toBe('经济运行情况分析：GDP同比增长5.5%');
    // A bracket follows its partner: "(2020)" after Chinese is full-width on both sides.
    expect(normalizeZhPunct('基数(2020):646家')).toBe('基数（2020）：646家');
    expect(normalizeZhPunct('生产总值(GDP)')).toBe('生产总值（GDP）');
  });

  it('curls straight quotes around Chinese and collapses doubled quotes', () => {
    expect(normalizeZhPunct('"十四五"期间')).toBe('“十四五”期间');
    expect(normalizeZhPunct('““十四五”期间')).toBe('“十四五”期间');
    expect(normalizeZhPunct('“十四五””期间')).toBe('“十四五”期间');
    expect(normalizeZhPunct('《天津市"十四五"节能减排工作实施方案》')).toBe('《天津市“十四五”节能减排工作实施方案》');
  });

  it('removes spaces around full-width marks', () => {
    expect(normalizeZhPunct('单位 : 亿元 (推算)')).toBe('单位：亿元（推算）');
    expect(normalizeZhPunct('发布会 “十四五” 规划')).toBe('发布会“十四五”规划');
  });

  it('leaves numbers, Latin words, ratios, ranges, times and web addresses alone', () => {
    expect(normalizeZhPunct('超1.4万P')).toBe('超1.4万P');
    expect(normalizeZhPunct('14,000家')).toBe('14,000家');
    expect(normalizeZhPunct('完成3/4')).toBe('完成3/4');
    expect(normalizeZhPunct('2021–2025年')).toBe('2021–2025年');
    expect(normalizeZhPunct('10:30召开')).toBe('10:30召开');
    expect(normalizeZhPunct('见https://www.tj.gov.cn/a?b=1,2 页面')).toBe('见https://www.tj.gov.cn/a?b=1,2 页面');
    expect(normalizeZhPunct('round(a - b, 1); a = 比重')).toBe('round(a - b, 1); a = 比重');
    expect(normalizeZhPunct('more than (lower bound): 5')).toBe('more than (lower bound): 5');
  });
});
