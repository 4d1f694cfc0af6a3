import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { BAR_BLUE, expect, test } from './fixtures';
import { colourShare, decodePng, download, inkRatio, openExport, parseCsv, pixel, shownWidth } from './export-helpers';
import { must } from './must';

const DISTRICTS = 'petitions-by-district';

test.describe('exporting one chart', () => {
  test('a PNG carries title and source, at 2× the panel width, on white', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open();
    const panel = dashboard.panel(DISTRICTS);
    const dialog = await openExport(panel);
    const file = await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click());
    expect(file.name).toMatch(/^第二十批信访举报件（按区）_zh_\d{4}-\d{2}-\d{2}\.png$/);
    await expect(dialog.getByRole('status')).toContainText(file.name);

    const png = decodePng(file.bytes);
    expect(png.width).toBe(2 * (await shownWidth(panel)));
    expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(inkRatio(png, 0, png.height)).toBeGreaterThan(0.03);
    // The title is in the top band and the source line in the bottom band.
    expect(inkRatio(png, 0, png.height * 0.05)).toBeGreaterThan(0.01);
    expect(inkRatio(png, png.height * 0.9, png.height)).toBeGreaterThan(0.01);
    expect(consoleErrors).toEqual([]);
  });

  test('the same PNG whether the panel is on screen, scrolled away or showing its table', async ({ dashboard, page }) => {
    await dashboard.open();
    const panel = dashboard.panel(DISTRICTS);
    const exportPng = async () => {
      const dialog = await openExport(panel);
      const file = await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click());
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      return decodePng(file.bytes);
    };

    // Far away: the page at its top, the panel screens below. Clicks are dispatched so that
    // nothing scrolls the panel into view first.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await panel.boundingBox())!.y).toBeGreaterThan(3 * page.viewportSize()!.height);
    await panel.getByRole('button', { name: '导出', exact: true }).dispatchEvent('click');
    const farDialog = panel.getByRole('dialog');
    const far = decodePng((await download(page, () => farDialog.getByRole('button', { name: 'PNG 图片' }).dispatchEvent('click'))).bytes);
    await farDialog.press('Escape');
    await expect(farDialog).toBeHidden();

    // Scrolled so that only the panel's header is on screen: its chart is below the fold.
    await page.evaluate((id) => {
      const el = document.querySelector(`[data-panel="${id}"]`)!;
      window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight + 70);
    }, DISTRICTS);
    const chartBox = await dashboard.chart(DISTRICTS).boundingBox();
    expect(chartBox!.y).toBeGreaterThan(page.viewportSize()!.height - 40);
    const away = await exportPng();

    await dashboard.chartDrawn(DISTRICTS);
    const visible = await exportPng();

    await panel.getByRole('button', { name: '数据表' }).click();
    await expect(dashboard.chart(DISTRICTS)).toHaveCount(0);
    const table = await exportPng();

    for (const other of [far, visible, table]) {
      expect([other.width, other.height]).toEqual([away.width, away.height]);
      expect(other.png.data.equals(away.png.data)).toBe(true);
    }
  });

  test('presets and scales set the pixel size; a transparent background is transparent', async ({ dashboard, page }) => {
    await dashboard.open();
    const panel = dashboard.panel('petitions-by-channel');
    const dialog = await openExport(panel);
    await dialog.getByLabel('倍率').selectOption('1');
    await dialog.getByLabel('背景').selectOption('transparent');
    await dialog.getByLabel('尺寸').selectOption('slide');
    const slide = await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click());
    expect(slide.name).toMatch(/_zh_\d{4}-\d{2}-\d{2}_slide@1x\.png$/);
    const png = decodePng(slide.bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    expect(pixel(png, png.width - 1, png.height - 1)[3]).toBe(0);
    expect(inkRatio(png, 0, png.height * 0.1)).toBeGreaterThan(0.01);
    expect(inkRatio(png, png.height * 0.9, png.height)).toBeGreaterThan(0.005);

    await dialog.getByLabel('倍率').selectOption('2');
    await dialog.getByLabel('背景').selectOption('dark');
    await dialog.getByLabel('尺寸').selectOption('square');
    const square = decodePng((await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click())).bytes);
    expect([square.width, square.height]).toEqual([2160, 2160]);
    expect(pixel(square, 0, 0)).toEqual([0x18, 0x1b, 0x21, 255]);

    await dialog.getByLabel('尺寸').selectOption('a4');
    await dialog.getByLabel('倍率').selectOption('1');
    const a4 = decodePng((await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click())).bytes);
    expect([a4.width, a4.height]).toEqual([1754, 1240]);
  });

  test('in English and the dark app theme, the PNG is English and white by default', async ({ dashboard, page }) => {
    await dashboard.open('?lang=en&scheme=dark');
    const panel = dashboard.panel(DISTRICTS);
    const dialog = await openExport(panel, 'Export');
    await expect(dialog).toHaveAccessibleName('Export chart: Petitions in batch 20, by district');
    await expect(dialog.getByRole('button', { name: 'Copy image' })).toBeVisible();
    const file = await download(page, () => dialog.getByRole('button', { name: 'PNG image' }).click());
    expect(file.name).toMatch(/^Petitions in batch 20, by district_en_\d{4}-\d{2}-\d{2}\.png$/);
    const png = decodePng(file.bytes);
    expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
    // On white, the bars take the light palette's blue, not the dark theme's.
    expect(colourShare(png, BAR_BLUE)).toBeGreaterThan(0.02);
    expect(inkRatio(png, 0, png.height * 0.05)).toBeGreaterThan(0.01);
    expect(inkRatio(png, png.height * 0.9, png.height)).toBeGreaterThan(0.01);
  });

  test('SVG is vector, with the same title and footer', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const dialog = await openExport(dashboard.panel('solid-waste'));
    await dialog.getByLabel('尺寸').selectOption('slide');
    const file = await download(page, () => dialog.getByRole('button', { name: 'SVG 矢量图' }).click());
    expect(file.name).toMatch(/^主要工业固废综合利用率_zh_\d{4}-\d{2}-\d{2}_slide\.svg$/);
    const svg = file.bytes.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]* width="1920" height="1080"/);
    expect(svg).toContain('viewBox="0 0 960 540"');
    expect(svg).toContain('>主要工业固废综合利用率</text>');
    expect(svg).toContain('来源：天津日报');
    expect(svg).toContain('99.8%');
    expect(svg).not.toContain('<image');
    // Well-formed XML: a browser opening the .svg file parses it strictly. Parsed in a blank page,
    // outside the app's Content Security Policy, which would report the SVG's style attributes.
    const blank = await page.context().newPage();
    const parseError = await blank.evaluate(
      (text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null,
      svg,
    );
    await blank.close();
    expect(parseError).toBeNull();
    // The SVG renderer came in its own chunk, on demand.
    expect(requests.some((url) => /register-svg-renderer-.*\.js$/.test(url))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('CSV: BOM, header in the UI language, one line per row of the data table', async ({ dashboard, page }) => {
    await dashboard.open();
    const panel = dashboard.panel(DISTRICTS);
    await panel.getByRole('button', { name: '数据表' }).click();
    const tableNames = await panel.locator('tbody th[scope="row"]').allTextContents();
    const dialog = await openExport(panel);
    const file = await download(page, () => dialog.getByRole('button', { name: 'CSV 数据' }).click());
    expect(file.name).toMatch(/^第二十批信访举报件（按区）_zh_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(file.bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['指标', '时期', '数值', '单位', '口径', '推算依据', '来源', '发布日期', '数据状态']);
    expect(rows.length - 1).toBe(tableNames.length);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...tableNames].sort());
    const jinghai = must(
      rows.find((r) => r[0]?.includes('静海区')),
      'the row of Jinghai',
    );
    expect(jinghai[2]).toBe('0');
    expect(jinghai[5]).toBe('由63件与其他15个数值推算');
    expect(rows.every((r) => r.length === 9)).toBe(true);
  });

  test('CSV in English keeps values as stored and says their scale', async ({ dashboard, page }) => {
    await dashboard.open('?lang=en');
    const dialog = await openExport(dashboard.panel('industry-output'), 'Export');
    const file = await download(page, () => dialog.getByRole('button', { name: 'CSV data' }).click());
    const rows = parseCsv(file.bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([
      'Indicator',
      'Period',
      'Value',
      'Unit',
      'Qualifier',
      'Derived from',
      'Source',
      'Date',
      'Status of the figure',
    ]);
    expect(rows.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['1.7', 'CNY trillion'],
      ['2.2', 'CNY trillion'],
    ]);
  });

  test('Copy image puts a PNG on the clipboard', async ({ dashboard, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.open();
    const dialog = await openExport(dashboard.panel('petitions-by-channel'));
    await dialog.getByRole('button', { name: '复制图片' }).click();
    await expect(dialog.getByRole('status')).toHaveText('图片已复制到剪贴板');
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('image/png'));
      if (!item) return null;
      return Array.from(new Uint8Array(await (await item.getType('image/png')).arrayBuffer()));
    });
    expect(copied).not.toBeNull();
    const png = decodePng(Buffer.from(copied!));
    expect(png.width).toBe(2 * (await shownWidth(dashboard.panel('petitions-by-channel'))));
    expect(inkRatio(png, 0, png.height * 0.08)).toBeGreaterThan(0.01);
  });

  test('where the browser refuses the clipboard, a message says so', async ({ dashboard, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Clipboard.prototype, 'write', {
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    await dashboard.open();
    const dialog = await openExport(dashboard.panel('petitions-by-channel'));
    await dialog.getByRole('button', { name: '复制图片' }).click();
    await expect(dialog.getByRole('status')).toHaveText('浏览器拒绝将图片写入剪贴板。请改用“PNG 图片”下载。');
  });

  test('the menu works from the keyboard: Esc closes it and focus returns', async ({ dashboard, page }) => {
    await dashboard.open();
    const panel = dashboard.panel(DISTRICTS);
    const button = panel.getByRole('button', { name: '导出', exact: true });
    await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = panel.getByRole('dialog', { name: '导出图表：第二十批信访举报件（按区）' });
    await expect(dialog).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(dialog.getByLabel('倍率')).toBeFocused();
    await expect(dialog.getByLabel('倍率')).toHaveValue('2');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('背景')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('export code loads only when asked for', async ({ dashboard, page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await dashboard.open();
    await dashboard.chartDrawn('petitions-by-channel');
    const exportChunks = () => requests.filter((url) => /(export-actions|register-svg-renderer)-.*\.js$/.test(url));
    expect(exportChunks()).toEqual([]);
    const dialog = await openExport(dashboard.panel('petitions-by-channel'));
    await download(page, () => dialog.getByRole('button', { name: 'PNG 图片' }).click());
    expect(exportChunks().some((url) => url.includes('export-actions'))).toBe(true);
    expect(exportChunks().some((url) => url.includes('register-svg-renderer'))).toBe(false);
  });
});

test.describe('exporting everything', () => {
  test('ZIP of the charts in the current view: PNG, SVG and CSV each, and a manifest', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open('?themes=petitions');
    const titles = await page.locator('.panel--chart h3').allTextContents();
    expect(titles.length).toBe(4);
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出当前视图' });
    const file = await download(page, () => dialog.getByRole('button', { name: '全部图表（ZIP）' }).click());
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4 / 4');
    await expect(dialog.getByRole('progressbar')).toContainText('4 / 4');
    expect(file.name).toMatch(/^天津十四五指标_zh_\d{4}-\d{2}-\d{2}\.zip$/);

    const entries = unzipSync(new Uint8Array(file.bytes));
    const names = Object.keys(entries);
    const manifest = JSON.parse(strFromU8(must(entries['manifest.json'], 'manifest.json in the ZIP')));
    expect(manifest.language).toBe('zh');
    expect(manifest.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect([...manifest.files].sort()).toEqual([...names].sort());
    expect(manifest.charts.map((c: { title: string }) => c.title)).toEqual(titles);
    expect(manifest.sources.length).toBeGreaterThan(0);
    expect(manifest.sources[0]).toHaveProperty('publisher');

    const pngs = names.filter((n) => n.endsWith('.png'));
    expect(pngs).toHaveLength(titles.length);
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(titles.length);
    expect(names.filter((n) => n.startsWith('csv/'))).toHaveLength(titles.length);
    // The headline tiles come along as CSV under tiles/, one file per panel of tiles.
    expect(names.filter((n) => n.startsWith('tiles/'))).toHaveLength(manifest.headlines.length);
    expect(pngs[0]).toMatch(/^png\/01_第二十批信访举报件（按区）_zh_\d{4}-\d{2}-\d{2}\.png$/);
    for (const name of pngs) {
      const png = decodePng(Buffer.from(must(entries[name], name)));
      expect(png.width, name).toBeGreaterThan(700);
      // The title: the top 6%, or 120 px (at 2×) of a short, wide image (a chart that spans the row).
      expect(inkRatio(png, 0, Math.max(png.height * 0.06, 120)), name).toBeGreaterThan(0.01);
      expect(inkRatio(png, png.height * 0.88, png.height), name).toBeGreaterThan(0.005);
    }
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      expect([...must(entries[name], name).subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('all data as CSV and JSON: every figure of the dataset with its provenance', async ({ dashboard, page }) => {
    const dataDir = fileURLToPath(new URL('../data', import.meta.url));
    const figureCount = readdirSync(dataDir)
      .filter((f) => f.endsWith('.json') && f !== 'sources.json')
      .reduce((n, f) => n + (JSON.parse(readFileSync(join(dataDir, f), 'utf8')).figures?.length ?? 0), 0);
    await dashboard.open('?themes=petitions'); // filters do not narrow "all data"
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出当前视图' });

    const csv = await download(page, () => dialog.getByRole('button', { name: '全部数据（CSV）' }).click());
    expect(csv.name).toMatch(/^天津十四五指标_全部数据_zh_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual([
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
    expect(rows.find((r) => r[0] === 'petitions.b20.district.jinghai')![11]).toContain('total - (binhai');
    expect(rows.length - 1).toBe(figureCount);
    const compute = rows.find((r) => r[0] === 'compute.intelligent-compute')!;
    expect(compute.slice(4, 7)).toEqual(['1.4', '万P', '超过（下限）']);
    expect(compute[10]).toContain('1.4万P');

    const json = await download(page, () => dialog.getByRole('button', { name: '全部数据（JSON）' }).click());
    const data = JSON.parse(json.bytes.toString('utf8'));
    expect(data.figures).toHaveLength(figureCount);
    expect(data.sources.length).toBeGreaterThan(0);
    const derived = data.figures.find((f: { kind: string }) => f.kind === 'derived');
    expect(derived.formula.expr).toBeTruthy();
    expect(derived.display.formulaText).toBeTruthy();
    expect(derived.sourceIds.length).toBeGreaterThan(0);
  });

  test('the whole view as one PNG, composed from the charts, not the screen', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open('?themes=petitions&scheme=dark');
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出当前视图' });
    const file = await download(page, () => dialog.getByRole('button', { name: '整个视图（PNG）' }).click());
    expect(file.name).toMatch(/^天津十四五指标_当前视图_zh_\d{4}-\d{2}-\d{2}\.png$/);
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4 / 4');
    const png = decodePng(file.bytes);
    expect(png.width).toBe(2880);
    expect(png.height).toBeGreaterThan(1500);
    expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(inkRatio(png, 0, png.height)).toBeGreaterThan(0.05);
    expect(inkRatio(png, 0, 120)).toBeGreaterThan(0.01);
    expect(consoleErrors).toEqual([]);
  });
});
