import { describe, expect, it } from 'vitest';
import { row } from '@/charts/test-rows';
import { derivedFigure, statedFigure } from '@/data/test-fixtures';
import { UNITS, UNIT_IDS } from '@/data/units';
import { exportFooter, exportSubtitle, formulaWithValues, storedUnitText } from './export-captions';

describe('storedUnitText', () => {
  it('says the scale of every unit whose English name is the base unit', () => {
    for (const id of UNIT_IDS) {
      if (UNITS[id].exp === 0) continue;
      expect(storedUnitText(id, 'en'), id).not.toBe(UNITS[id].en);
    }
    expect(storedUnitText('wan-P', 'en')).toBe('10,000 P');
    expect(storedUnitText('wan-P', 'zh')).toBe('万P');
    expect(storedUnitText('jian', 'en')).toBe('cases');
    expect(storedUnitText('yi-yuan', 'en')).toBe('CNY 100 million');
  });
});

describe('exportSubtitle', () => {
  it('gives the unit and each period once', () => {
    const rows = [row({ periodText: '2020年' }), row({ periodText: '2024年' }), row({ periodText: '2024年' })];
    expect(exportSubtitle(rows, 'zh')).toBe('单位:家 · 时期:2020年、2024年');
    expect(exportSubtitle([row({ unit: 'jian', periodText: 'as of 9 Dec 2025' })], 'en')).toBe('Unit: cases · Period: as of 9 Dec 2025');
  });
});

describe('exportFooter', () => {
  const stated = row({ id: 'a', sourceText: '天津日报 2025年12月10日 · 市数据局专场' });
  const derived = row({ id: 'b', label: '静海区', kind: 'derived', clause: undefined, formulaText: 'a - b; a = 合计 63件', sourceText: '天津日报 2025年12月10日 · 市数据局专场; 人民网 2025年1月2日' });

  it('lists each source once, then the formula of each derived row, then the caveat', () => {
    expect(exportFooter([stated, derived], 'zh', { note: '静海区按0件显示' })).toEqual([
      '来源:天津日报 2025年12月10日 · 市数据局专场; 人民网 2025年1月2日',
      '推算(静海区):a - b; a = 合计 63件',
      '说明:静海区按0件显示',
    ]);
    expect(exportFooter([stated], 'en')).toEqual(['Source: 天津日报 2025年12月10日 · 市数据局专场']);
    expect(exportFooter([derived], 'en')[1]).toBe('Derived (静海区): a - b; a = 合计 63件');
  });

  it('can list every part with its value, largest first', () => {
    const rows = [row({ label: '水', value: 7, valueText: '7个' }), row({ label: '大气', value: 19, valueText: '19个' })];
    expect(exportFooter(rows, 'zh', { listAll: true })[0]).toBe('各项:大气 19个、水 7个');
  });
});

describe('formulaWithValues', () => {
  it('puts the inputs’ values into the expression and gives the result', () => {
    const total = statedFigure({ id: 'p.total', value: 63, unit: 'jian' });
    const binhai = statedFigure({ id: 'p.binhai', value: 15, unit: 'jian' });
    const rest = derivedFigure({ id: 'p.rest', value: 48, unit: 'jian', formula: { expr: 'round(total - binhai, 0)', inputs: { total: 'p.total', binhai: 'p.binhai' } } });
    const figures = new Map([total, binhai, rest].map((f) => [f.id, f]));
    expect(formulaWithValues(rest, figures, 'zh')).toBe('round(63 - 15, 0) = 48件');
    expect(formulaWithValues(rest, figures, 'en')).toBe('round(63 - 15, 0) = 48');
    expect(formulaWithValues(total, figures, 'zh')).toBeUndefined();
  });
});
