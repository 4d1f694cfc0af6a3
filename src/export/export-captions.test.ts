import { describe, expect, it } from 'vitest';
import { row } from '@/charts/test-rows';
import { UNITS, UNIT_IDS } from '@/data/units';
import { exportFooter, exportSubtitle, periodsText, storedUnitText } from './export-captions';
import { EXPORT_UI } from './export-strings';

/** The field separator of Chinese captions (a full-width colon). */
const sep = EXPORT_UI.zh.fieldSep;

describe('storedUnitText', () => {
  it('says the scale of every unit whose English name is the base unit', () => {
    for (const id of UNIT_IDS) {
      if (UNITS[id].exp === 0) continue;
      expect(storedUnitText(id, 'en'), id).not.toBe(UNITS[id].en);
    }
    expect(storedUnitText('wan-P', 'en')).toBe('10,000 PFLOPS');
    expect(storedUnitText('wan-P', 'zh')).toBe('万P');
    expect(storedUnitText('jian', 'en')).toBe('cases');
    expect(storedUnitText('yi-yuan', 'en')).toBe('CNY 100 million');
  });
});

describe('exportSubtitle', () => {
  it('gives the unit and each period once', () => {
    const rows = [row({ periodText: '2020年' }), row({ periodText: '2024年' }), row({ periodText: '2024年' })];
    expect(exportSubtitle(rows, 'zh')).toBe(`单位${sep}家 · 时期${sep}2020年、2024年`);
    expect(exportSubtitle([row({ unit: 'jian', periodText: 'as of 9 Dec 2025' })], 'en')).toBe('Unit: cases · Period: as of 9 Dec 2025');
  });
});

describe('periodsText', () => {
  it('makes three or more plain years one range and keeps other periods', () => {
    expect(periodsText(['2020年', '2021年', '2022年', '2023年', '2024年', '2025年'], 'zh')).toBe('2020–2025年');
    expect(periodsText(['2025', '2020', '2021', '2022'], 'en')).toBe('2020–2025');
    expect(periodsText(['2020年', '2022年', '2024年', '2025年目标', '2022年'], 'zh')).toBe('2020–2024年、2025年目标');
    expect(periodsText(['2020年', '2024年'], 'zh')).toBe('2020年、2024年');
    expect(periodsText(['截至2025年12月9日'], 'zh')).toBe('截至2025年12月9日');
  });
  it('gives the range in the subtitle', () => {
    const rows = ['2021', '2022', '2023'].map((y) => row({ periodText: y, unit: 'percent' }));
    expect(exportSubtitle(rows, 'en')).toBe('Unit: % · Period: 2021–2023');
  });
});

describe('exportFooter', () => {
  const stated = row({ id: 'a', sourceText: '天津日报 2025年12月10日 · 市数据局专场' });
  const derived = row({
    id: 'b',
    label: '静海区',
    kind: 'derived',
    clause: undefined,
    formulaText: 'total - (binhai + heping); total = 合计 63件',
    formulaWords: '由63件与其他2个数值推算',
    sourceText: '天津日报 2025年12月10日 · 市数据局专场; 人民网 2025年1月2日',
  });

  it('lists each source once, then how each derived value was obtained in words, then the caveat', () => {
    expect(exportFooter([stated, derived], 'zh', { note: '静海区按0件显示' })).toEqual([
      `来源${sep}天津日报 2025年12月10日 · 市数据局专场; 人民网 2025年1月2日`,
      `静海区${sep}由63件与其他2个数值推算`,
      `说明${sep}静海区按0件显示`,
    ]);
    expect(exportFooter([stated], 'en')).toEqual(['Source: 天津日报 2025年12月10日 · 市数据局专场']);
    expect(exportFooter([{ ...derived, formulaWords: 'derived from 63 cases and 2 other figures' }], 'en')[1]).toBe(
      '静海区: derived from 63 cases and 2 other figures',
    );
    expect(exportFooter([stated, derived], 'zh').join('\n')).not.toMatch(/total|binhai|\(|=/);
  });

  it('can list every part with its value, largest first', () => {
    const rows = [row({ label: '水', value: 7, valueText: '7个' }), row({ label: '大气', value: 19, valueText: '19个' })];
    expect(exportFooter(rows, 'zh', { listAll: true })[0]).toBe(`各项${sep}大气 19个、水 7个`);
  });
});
