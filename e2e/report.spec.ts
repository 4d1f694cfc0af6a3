import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { decodePng, download, openExport } from './export-helpers';
import { expect, test } from './fixtures';
import { must } from './must';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const VERSION = /^\d{4}(-\d{2}){0,2} · [0-9a-f]{8}$/;

// Each test draws every chart of a view, and some print it or export it twice: on a busy
// two-core machine that takes longer than a click-through test.
test.describe.configure({ timeout: 150_000 });

/** window.print() opens a dialog a test cannot close: count the calls instead. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
}

/** Pages of a PDF: pdfinfo where installed, else the page objects in its bytes. */
function pdfPages(pdf: Buffer, dir: string, name: string): { pages: number; size?: string } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, pdf);
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+([^\n]+)/.exec(info)?.[1] };
  } catch {
    return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0 };
  }
}

async function printFromMenu(page: Page, menu: string, option: string) {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: option }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
}

test.describe('print and PDF', () => {
  test('the A4 report: header with filters and data version, vector charts, tables, sources, no controls, numbered pages', async ({
    page,
    dashboard,
    consoleErrors,
  }, info) => {
    await stubPrint(page);
    await dashboard.open('?themes=compute,petitions');
    await printFromMenu(page, '打印 / 导出PDF', 'A4报告（纵向）');
    const root = page.locator('#print-root');
    await expect(root.locator('[data-print-filters]')).toContainText('算力');
    await expect(root.locator('[data-print-version]')).toHaveText(VERSION);
    const charts = await page.locator('.panel--chart').count();
    expect(charts).toBeGreaterThan(2);

    await page.emulateMedia({ media: 'print' });
    await expect(root).toBeVisible();
    // Every chart printed as an inline SVG with its text, none as a canvas.
    await expect(root.locator('.print-figure svg')).toHaveCount(charts);
    expect(await root.locator('.print-figure svg text').count()).toBeGreaterThan(charts * 3);
    await expect(page.locator('canvas:visible')).toHaveCount(0);
    // No button, menu, chip, field or sticky bar in print.
    await expect(
      page.locator('button:visible, select:visible, input:visible, [role="dialog"]:visible, .chip:visible, .filter-bar:visible'),
    ).toHaveCount(0);
    // Tables repeat their header row on each page.
    expect(
      await root
        .locator('thead')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('table-header-group');
    await expect(root.locator('[data-print-sources] tbody tr').first()).toBeVisible();

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const { pages, size } = pdfPages(pdf, info.outputDir, 'report-zh.pdf');
    expect(pages).toBeGreaterThanOrEqual(3);
    if (size) expect(size).toContain('(A4)');
    expect(consoleErrors).toEqual([]);
  });

  test('English report, and the 16:9 deck: one slide per page and a closing slide with the QR code', async ({ page, dashboard }, info) => {
    await stubPrint(page);
    await dashboard.open('?lang=en&themes=petitions');
    await printFromMenu(page, 'Print / PDF', 'Slides 16:9 (landscape)');
    const root = page.locator('#print-root');
    const slides = await root.locator('.print-slide').count();
    const panels = await page.locator('.panel').count();
    expect(slides).toBe(panels + 1);
    await expect(root.locator('.print-slide--closing img')).toHaveAttribute('alt', 'QR code of the link to this view');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const { pages, size } = pdfPages(pdf, info.outputDir, 'deck-en.pdf');
    expect(pages).toBe(slides);
    if (size) expect(size).toMatch(/^960 x 540 pts/);
  });
});

test.describe('QR code of the view', () => {
  test('decodes back to the share link of the current view', async ({ page, dashboard }) => {
    await dashboard.open('?themes=industry&kind=derived');
    await page.getByRole('button', { name: '二维码', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '当前视图链接的二维码' });
    const image = dialog.getByRole('img', { name: '当前视图链接的二维码' });
    await expect(image).toBeVisible();
    const link = (await dialog.locator('.report-qr-link').textContent())!;
    expect(new URL(link).search).toContain('themes=industry');
    const { png, width, height } = decodePng(await image.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), width, height);
    expect(code?.data).toBe(link);
    expect(link).toBe(page.url());

    // The deck's last slide carries the dashboard's QR code (without the slide number).
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect(page.locator('.deck-counter')).toHaveText(/^1 \/ \d+$/);
    await expect(page.locator('[data-deck-qr]')).toHaveCount(0);
    await page.keyboard.press('End');
    const deckQr = page.locator('[data-deck-qr] img');
    await expect(deckQr).toHaveAttribute('alt', '当前视图链接的二维码');
    const slideCode = decodePng(await deckQr.screenshot());
    const deckLink = jsQR(new Uint8ClampedArray(slideCode.png.data), slideCode.width, slideCode.height)?.data;
    expect(deckLink).toBe(link);
    await page.locator('.deck-exit').click();
    await expect(page.locator('.deck')).toHaveCount(0);

    // English label too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'QR code', exact: true })).toBeVisible();
  });
});

test.describe('watermark', () => {
  test('off by default; once set it lies over the page without blocking it, stays after a reload and is in exported images', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('?themes=green');
    await expect(page.locator('.watermark-overlay')).toHaveCount(0);
    const plain = await download(page, async () => {
      const dialog = await openExport(dashboard.panel('solid-waste'));
      await dialog.getByRole('button', { name: 'PNG 图片' }).click();
    });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '打印 / 导出PDF', exact: true }).click();
    const menu = page.getByRole('dialog', { name: '打印或导出PDF' });
    await menu.getByLabel('水印文字').fill('内部资料 · 2026-11-29');
    await expect(menu.getByLabel('显示水印')).toBeChecked();
    await page.keyboard.press('Escape');
    const overlay = page.locator('.watermark-overlay');
    await expect(overlay).toHaveAttribute('data-watermark', '内部资料 · 2026-11-29');
    expect(await overlay.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    // Controls under it still take clicks.
    await page.getByRole('button', { name: '数据表' }).first().click();
    await expect(page.getByRole('button', { name: '数据表' }).first()).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '数据表' }).first().click();

    await page.reload();
    await expect(page.locator('.watermark-overlay')).toHaveAttribute('data-watermark', '内部资料 · 2026-11-29');

    const svg = await download(page, async () => {
      const dialog = await openExport(dashboard.panel('solid-waste'));
      await dialog.getByRole('button', { name: 'SVG 矢量图' }).click();
    });
    const text = svg.bytes.toString('utf8');
    expect(text.match(/>内部资料 · 2026-11-29</g)?.length).toBeGreaterThan(3);
    expect(text).toMatch(/数据版本：\d{4}(-\d{2}){0,2} · [0-9a-f]{8}/);
    await page.keyboard.press('Escape');

    const marked = await download(page, async () => {
      const dialog = await openExport(dashboard.panel('solid-waste'));
      await dialog.getByRole('button', { name: 'PNG 图片' }).click();
    });
    const a = PNG.sync.read(plain.bytes);
    const b = PNG.sync.read(marked.bytes);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    let differ = 0;
    for (let i = 0; i < a.data.length; i += 4) if (Math.abs(a.data.readUInt8(i) - b.data.readUInt8(i)) > 8) differ += 1;
    // Spread over the image, not a speck.
    expect(differ / (a.width * a.height)).toBeGreaterThan(0.01);
  });
});

test.describe('data version', () => {
  test('is written into the ZIP manifest, the same as the dashboard shows', async ({ page, dashboard }) => {
    await dashboard.open('?themes=petitions');
    await page.getByRole('button', { name: '打印 / 导出PDF', exact: true }).click();
    const shown = await page.locator('[data-data-version]').getAttribute('data-data-version');
    expect(shown).toMatch(VERSION);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出当前视图' });
    const file = await download(page, () => dialog.getByRole('button', { name: '全部图表（ZIP）' }).click());
    const manifest = JSON.parse(strFromU8(must(unzipSync(new Uint8Array(file.bytes))['manifest.json'], 'manifest.json in the ZIP')));
    expect(`${manifest.dataVersion.date} · ${manifest.dataVersion.hash}`).toBe(shown);
    expect(manifest.dataVersion.files).toContain('sources.json');
    expect(manifest.viewUrl).toContain('themes=petitions');
  });
});

test.describe('offline file', () => {
  test('the build makes one HTML file with no other file to load', () => {
    const file = join(DIST, 'offline/tianjin-dashboard.html');
    expect(existsSync(file)).toBe(true);
  });

  test('downloads with the current view, opens from disk with the network off: charts, filters, presenter mode', async ({
    page,
    dashboard,
    context,
  }, info) => {
    await dashboard.open('?lang=en&themes=compute,industry');
    const file = await download(page, () => page.getByRole('button', { name: 'Offline file', exact: true }).click());
    expect(file.name).toMatch(/^tianjin-14th-fyp-dashboard-offline_en_\d{4}-\d{2}-\d{2}\.html$/);
    mkdirSync(info.outputDir, { recursive: true });
    const path = join(info.outputDir, file.name);
    writeFileSync(path, file.bytes);

    await context.setOffline(true);
    const offline = await context.newPage();
    const errors: string[] = [];
    offline.on('pageerror', (e) => errors.push(e.message));
    offline.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const requests: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    await offline.goto(`file://${path}`);
    // The view it was downloaded on: English, two themes.
    await expect(offline.getByRole('heading', { level: 1 })).toHaveText('Tianjin 14th Five-Year Plan indicators');
    await expect(offline.locator('.theme-section')).toHaveCount(2);
    await expect(offline.locator('.chart-host[data-chart-state="finished"]').first()).toBeVisible();
    const drawn = await offline.locator('.chart-host[data-chart-state="finished"]').count();
    expect(drawn).toBeGreaterThanOrEqual(2);
    // Filters work.
    await offline.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Compute power' }).click();
    await expect(offline.locator('.theme-section')).toHaveCount(1);
    // Presenter mode works.
    await offline.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(offline.locator('.deck')).toBeVisible();
    await expect(offline.locator('.deck-counter')).toHaveText(/^1 \/ \d+$/);
    await expect(offline.locator('.deck .slide')).toBeVisible();
    // The first slide is the headline tiles; the next one a chart, drawn.
    await offline.keyboard.press('PageDown');
    await expect(offline.locator('.deck-counter')).toHaveText(/^2 \/ \d+$/);
    await expect(offline.locator('.deck .slide canvas').first()).toBeVisible();
    // Nothing asked of the network or the disk beyond the file itself.
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((url) => url.startsWith('file://') && !url.endsWith(file.name) && !url.includes(`${file.name}?`))).toEqual([]);
    expect(errors.filter((e) => !/fullscreen|Permissions check failed/i.test(e))).toEqual([]);
  });
});
