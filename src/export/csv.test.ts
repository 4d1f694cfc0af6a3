import { describe, expect, it } from 'vitest';
import { must } from '@/lib/must';
import { row } from '@/charts/test-rows';
import { allDataCsv, BOM, chartCsv, csvCell, guardFormula, toCsv } from './csv';
import { parseCsv } from './read-csv';

describe('csvCell', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "超"')).toBe('"say ""超"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(1.4)).toBe('1.4');
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(guardFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(guardFormula('+1+1')).toBe("'+1+1");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\t=1')).toBe("'\t=1");
    expect(guardFormula('-3.5')).toBe('-3.5');
    expect(guardFormula('+12')).toBe('+12');
    expect(guardFormula('1e-7')).toBe('1e-7');
    expect(guardFormula('round(a - b, 1)')).toBe('round(a - b, 1)');
    // Guarded before quoting: the apostrophe sits inside the quotes.
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('writes a BOM and CRLF line ends', () => {
    const text = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });
});

describe('chartCsv', () => {
  const rows = [
    row({
      id: 'c.compute',
      name: '全市智能算力',
      value: 1.4,
      unit: 'wan-P',
      unitText: '万P',
      periodText: '截至2025年11月',
      qualifier: 'more-than',
      qualifierText: '超过（下限）',
      sourceDate: '2025-12-10',
    }),
    row({
      id: 'c.share',
      name: 'Share, "derived"',
      value: -2.1,
      unit: 'pp',
      kind: 'derived',
      clause: undefined,
      formulaText: 'round(a - b, 1); a = x',
      formulaWords: '由31.8%与提升2.1个百分点推算',
      sourceText: '天津日报 2025年12月10日; 人民网 2025年1月2日',
      sourceDate: '2025-12-10',
    }),
    row({ id: 'c.evil', name: '=cmd|" /C calc"!A0', value: 3 }),
  ];

  it('has a header in the UI language and one line per row', () => {
    const zh = parseCsv(chartCsv(rows, 'zh').slice(1));
    expect(zh[0]).toEqual(['指标', '时期', '数值', '单位', '口径', '推算依据', '来源', '发布日期', '数据状态']);
    expect(zh).toHaveLength(rows.length + 1);
    const en = parseCsv(chartCsv(rows, 'en').slice(1));
    expect(en[0]).toEqual(['Indicator', 'Period', 'Value', 'Unit', 'Qualifier', 'Derived from', 'Source', 'Date', 'Status of the figure']);
    expect(en).toHaveLength(rows.length + 1);
  });

  it('gives values as stored, with the unit of their scale', () => {
    const [, compute, share] = parseCsv(chartCsv(rows, 'zh').slice(1));
    expect(compute).toEqual([
      '全市智能算力',
      '截至2025年11月',
      '1.4',
      '万P',
      '超过（下限）',
      '',
      '天津日报 2025年12月10日',
      '2025-12-10',
      '',
    ]);
    expect(share?.[2]).toBe('-2.1');
    // How a derived value was obtained, in words; the formula is only in the all-data file.
    expect(share?.[5]).toBe('由31.8%与提升2.1个百分点推算');
    // English keeps the stored 1.4 and says its scale, not the base unit "P".
    expect(parseCsv(chartCsv(rows, 'en').slice(1))[1]?.[3]).toBe('10,000 PFLOPS');
  });

  it('survives quotes and defuses a formula from the data', () => {
    const parsed = parseCsv(chartCsv(rows, 'zh').slice(1));
    expect(parsed[2]?.[0]).toBe('Share, "derived"');
    expect(parsed[3]?.[0]).toBe('\'=cmd|" /C calc"!A0');
  });
});

describe('allDataCsv', () => {
  it('adds the id, theme, verbatim clause and the formula to the chart columns', () => {
    const derived = row({
      id: 'x.d',
      kind: 'derived',
      clause: undefined,
      formulaText: 'round(a - b, 1); a = x',
      formulaWords: '由31.8%推算',
    });
    const parsed = parseCsv(
      allDataCsv(
        [
          { row: row({ id: 'x.a', clause: '原文10家' }), themeName: '工业' },
          { row: derived, themeName: '工业' },
        ],
        'zh',
      ).slice(1),
    );
    expect(parsed[0]).toEqual([
      '编号',
      '领域',
      '指标',
      '时期',
      '数值',
      '单位',
      '口径',
      '推算依据',
      '来源',
      '发布日期',
      '原文',
      '推算公式',
      '数据状态',
    ]);
    expect(parsed[1]?.[0]).toBe('x.a');
    expect(parsed[1]?.[1]).toBe('工业');
    expect(parsed[1]?.[10]).toBe('原文10家');
    expect(parsed[2]?.[7]).toBe('由31.8%推算');
    expect(parsed[2]?.[11]).toBe('round(a - b, 1); a = x');
  });

  it('says in its last column when a figure is revised, with the value first published', () => {
    const revised = row({
      id: 't.gdp-growth',
      name: '地区生产总值增速',
      value: 5.1,
      unit: 'percent',
      flags: ['revised'],
      flagText: '修订后的数（最初公布：约4.7%，2025年1月14日）',
    });
    const parsed = parseCsv(chartCsv([revised], 'zh').slice(1));
    const header = must(parsed[0], 'the header');
    expect(parsed[1]?.[header.length - 1]).toBe('修订后的数（最初公布：约4.7%，2025年1月14日）');
  });
});
