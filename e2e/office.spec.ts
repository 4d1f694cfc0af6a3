import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { download } from './export-helpers';

/** A figure of a known panel ("digital-revenue-growth"), read from data/ so the test follows the data. */
function dataFigure(file: string, id: string): { value: number; source: { clause: string } } {
  const path = fileURLToPath(new URL(`../data/${file}`, import.meta.url));
  const figure = JSON.parse(readFileSync(path, 'utf8')).figures.find((f: { id: string }) => f.id === id);
  if (!figure) throw new Error(`${id} not in ${file}`);
  return figure;
}

const CORE = dataFigure('data-economy.json', 'data-economy.core-industry-revenue-growth');
const PLATFORM = dataFigure('data-economy.json', 'data-economy.platform-revenue-growth');
const SOURCES = JSON.parse(readFileSync(fileURLToPath(new URL('../data/sources.json', import.meta.url)), 'utf8')).sources as {
  id: string;
  url?: string;
}[];

const LANGS = [
  {
    lang: 'zh',
    query: '',
    exportAll: '批量导出',
    dialog: '导出当前视图',
    pptx: 'PowerPoint演示文稿（.pptx）',
    xlsx: 'Excel工作簿（.xlsx）',
    dataSheet: '数据',
    sourcesSheet: '来源',
  },
  {
    lang: 'en',
    query: '?lang=en',
    exportAll: 'Export all',
    dialog: 'Export the current view',
    pptx: 'PowerPoint (.pptx)',
    xlsx: 'Excel (.xlsx)',
    dataSheet: 'Data',
    sourcesSheet: 'Sources',
  },
] as const;

function xmlFiles(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

for (const l of LANGS) {
  test.describe(`office files of the whole view (${l.lang})`, () => {
    test('PowerPoint: a title slide and one slide per visible panel, native charts with the data, notes with source clauses', async ({
      dashboard,
      page,
      consoleErrors,
    }) => {
      await dashboard.open(l.query);
      const panels = await page.locator('[data-panel]').count();
      await page.getByRole('button', { name: l.exportAll }).click();
      const dialog = page.getByRole('dialog', { name: l.dialog });
      const started = Date.now();
      const file = await download(page, () => dialog.getByRole('button', { name: l.pptx }).click());
      console.log(
        `PPTX of the full view (${panels} panels, ${l.lang}): ${Date.now() - started} ms, ${Math.round(file.bytes.length / 1024)} KiB`,
      );
      expect(file.name).toMatch(new RegExp(`_${l.lang}_\\d{4}-\\d{2}-\\d{2}\\.pptx$`));
      await expect(dialog.getByRole('status')).toContainText(file.name);

      const xml = xmlFiles(file.bytes);
      const slides = Object.keys(xml).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(panels + 1);
      const charts = Object.entries(xml)
        .filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
        .map(([, text]) => text);
      expect(charts.length).toBeGreaterThan(5);
      const known = charts.filter((c) => c.includes(`<c:v>${CORE.value}</c:v>`) && c.includes(`<c:v>${PLATFORM.value}</c:v>`));
      expect(known).toHaveLength(1);
      const notes = Object.keys(xml)
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => xml[n])
        .join('\n');
      // The clause as the source printed it (this one has no punctuation to normalise).
      expect(notes).toContain(CORE.source.clause);
      expect(xml['ppt/presentation.xml']).toContain('<p:sldSz cx="12192000" cy="6858000"');
      expect(consoleErrors).toEqual([]);
    });

    test('Excel: numbers as numbers, a frozen header, and the sources with their links', async ({ dashboard, page, consoleErrors }) => {
      await dashboard.open(l.query);
      await page.getByRole('button', { name: l.exportAll }).click();
      const dialog = page.getByRole('dialog', { name: l.dialog });
      const started = Date.now();
      const file = await download(page, () => dialog.getByRole('button', { name: l.xlsx }).click());
      console.log(`XLSX of the full view (${l.lang}): ${Date.now() - started} ms, ${Math.round(file.bytes.length / 1024)} KiB`);
      expect(file.name).toMatch(new RegExp(`_${l.lang}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer,
      );
      const data = workbook.getWorksheet(l.dataSheet)!;
      expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const rows = data.getRows(2, data.rowCount - 1)!;
      const row = rows.find((r) => r.getCell(10).value === 'data-economy.core-industry-revenue-growth')!;
      expect(typeof row.getCell(3).value).toBe('number');
      expect(row.getCell(3).value).toBe(CORE.value);
      expect(row.getCell(4).value).toBe('%');
      const values = rows.map((r) => r.getCell(3).value);
      expect(values.every((v) => typeof v === 'number')).toBe(true);

      const sources = workbook.getWorksheet(l.sourcesSheet)!;
      const links = sources.getRows(2, sources.rowCount - 1)!.map((r) => r.getCell(5).value as { hyperlink?: string } | string | null);
      const known = SOURCES.find((s) => s.url && links.some((v) => typeof v === 'object' && v?.hyperlink === s.url));
      expect(known).toBeDefined();
      expect(consoleErrors).toEqual([]);
    });
  });
}

test('the office files follow the filters: only the panels shown', async ({ dashboard, page }) => {
  await dashboard.open('?themes=petitions');
  const panels = await page.locator('[data-panel]').count();
  await page.getByRole('button', { name: '批量导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出当前视图' });
  const file = await download(page, () => dialog.getByRole('button', { name: 'PowerPoint演示文稿（.pptx）' }).click());
  const xml = xmlFiles(file.bytes);
  expect(Object.keys(xml).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(panels + 1);
  expect(xml['ppt/slides/slide1.xml']).toContain('领域：');
  expect(xml['ppt/slides/slide1.xml']).not.toContain('领域：全部');
});
