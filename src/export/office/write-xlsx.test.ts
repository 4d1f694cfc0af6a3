import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allPanels, sourceList, testPanel } from './office-test-data';
import { chartSheet, columnWidths, dataSheet, sheetNames, textWidth, workbookSpec } from './workbook-spec';
import { writeXlsx } from './write-xlsx';

const facts = {
  appTitle: 'Tianjin indicators',
  filtersText: 'Themes: all',
  dataDate: '2025-12-10',
  dataVersion: '2025-12-10 · 0123abcd',
  viewUrl: 'https://example.org/?lang=en',
  exportedAt: new Date(0),
};

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('workbook rows', () => {
  it('the data sheet keeps values as numbers with the printed precision, and unit, period and qualifier beside them', () => {
    const sheet = dataSheet([testPanel('digital-revenue-growth', 'zh')], 'zh');
    expect(sheet.headers.slice(0, 6)).toEqual(['图表', '指标', '数值', '单位', '时期', '口径']);
    expect(sheet.rows[0]?.[2]).toEqual({ number: 12.3, numFmt: '#,##0.0' });
    expect(sheet.rows[1]?.[2]).toEqual({ number: 10, numFmt: '#,##0' });
    expect(sheet.rows[0]?.[3]).toBe('%');
  });

  it('a chart sheet leaves the years without a figure empty', () => {
    const sheet = chartSheet(testPanel('trend-gdp', 'en'), 'en');
    expect(sheet.rows.map((r) => r[0])).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(sheet.rows[2]?.[1]).toBeNull();
    expect(sheet.rows[5]?.[1]).toBeNull();
    expect(sheet.rows[4]?.[1]).toEqual({ number: 18024.3, numFmt: '#,##0.0' });
  });

  it('sheet names are valid and unique', () => {
    expect(sheetNames(['a/b', 'A/B', 'x'.repeat(40)])).toEqual(['a_b', 'A_B (2)', 'x'.repeat(31)]);
  });

  it('widths count Chinese characters twice and are capped', () => {
    expect(textWidth('天津ab')).toBe(6);
    expect(columnWidths({ name: 's', headers: ['h'], rows: [['x'.repeat(200)]] })).toEqual([60]);
  });
});

describe('the Excel file', () => {
  it('reads back with numbers as numbers, a frozen header, definitions and linked sources', { timeout: 30_000 }, async () => {
    const panels = allPanels('en');
    const spec = workbookSpec(panels, sourceList, facts, 'en', { perChart: true });
    const started = performance.now();
    const bytes = await writeXlsx(ExcelJS, spec, { fontName: 'Calibri', creator: 'test', date: new Date(0) });
    console.log(`xlsx of ${spec.sheets.length} sheets written in ${Math.round(performance.now() - started)} ms`);
    const workbook = await readBack(bytes);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['Data', 'Definitions', 'Sources', 'About']);
    expect(names.length).toBe(4 + panels.filter((p) => p.body.kind !== 'tiles').length);

    const data = workbook.getWorksheet('Data')!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(10).value === 'data-economy.core-industry-revenue-growth')!;
    expect(row.getCell(3).value).toBe(12.3);
    expect(typeof row.getCell(3).value).toBe('number');
    expect(row.getCell(3).numFmt).toBe('#,##0.0');
    expect(row.getCell(4).value).toBe('%');

    const definitions = workbook.getWorksheet('Definitions')!;
    const derived = definitions
      .getRows(2, definitions.rowCount - 1)!
      .find((r) => String(r.getCell(7).value ?? '').startsWith('derived from'));
    expect(derived).toBeDefined();

    const sources = workbook.getWorksheet('Sources')!;
    const linked = sources
      .getRows(2, sources.rowCount - 1)!
      .map((r) => r.getCell(5).value)
      .filter((v) => typeof v === 'object' && v !== null && 'hyperlink' in v);
    expect(linked.length).toBeGreaterThan(0);
    expect(sources.getRow(1).getCell(5).value).toBe('Link');

    const trend = workbook.worksheets.find(
      (w) => w.name.startsWith('GDP') || w.getRow(1).getCell(1).value === panels.find((p) => p.id === 'trend-gdp')!.title,
    )!;
    expect(trend).toBeDefined();
  });
});
