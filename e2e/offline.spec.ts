import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { preview } from 'vite';
import { decodePng, download, inkRatio, openExport } from './export-helpers';
import { expect, test } from './fixtures';

/** Visits once and waits until the service worker controls the page. */
async function visitOnce(page: Page, origin = '') {
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Every file of the build is in the cache, not only what this visit fetched.
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(2);
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/data/industry.json?probe').then(
        () => 'served',
        () => 'failed',
      ),
    ),
  ).toBe('served');
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the dashboard, presenter mode and its charts work with the network off', async ({ page, context, dashboard }) => {
    await visitOnce(page);
    await goOffline(context, page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await dashboard.chartDrawn('industry-output');
    await dashboard.chartDrawn('petitions-by-district');
    await page.getByRole('button', { name: '语言' }).click();
    await dashboard.chartDrawn('tech-centres');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.locator('.deck')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck .chart-host')).toHaveAttribute('data-chart-state', 'finished');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('.deck')).toHaveCount(0);
    // Exports are drawn in the page from cached code and data.
    const dialog = await openExport(dashboard.panel('tech-centres'), 'Export');
    const file = await download(page, () => dialog.getByRole('button', { name: /^PNG/ }).click());
    const png = decodePng(file.bytes);
    expect(png.width).toBeGreaterThan(400);
    expect(inkRatio(png, 0, png.height)).toBeGreaterThan(0.02);
  });

  test('a deep link opens offline too', async ({ page, context }) => {
    await visitOnce(page);
    await goOffline(context, page);
    await page.goto('/?lang=en&themes=compute&slide=2');
    await expect(page.locator('.deck-counter')).toHaveText('2 / 3');
  });

  test('new data on the server is picked up on the next online visit, with a notice', async ({ page, dashboard }) => {
    // A server of its own, on a copy of the build, whose data file this test replaces.
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
    cpSync(process.env.E2E_DIST ?? 'dist', dir, { recursive: true });
    const port = Number(process.env.E2E_PORT ?? 4173) + 200;
    const serve = () => preview({ build: { outDir: dir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
    let server = await serve();
    try {
      const origin = `http://127.0.0.1:${port}`;
      await visitOnce(page, origin);
      expect(await dashboard.chartDescription('sco-projects')).toContain('21个');
      const file = join(dir, 'data', 'sco-forum.json');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      json.figures.find((f: { id: string }) => f.id === 'sco-forum.tianjin-digital-projects').value = 99;
      // A new deployment: the preview server keeps file tags from its start, so it is restarted.
      await server.close();
      writeFileSync(file, JSON.stringify(json));
      server = await serve();
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: '数据已更新' })).toContainText('sco-forum.json');
      // The chart is redrawn with the new file (it may still show the old one for a moment).
      await expect.poll(() => dashboard.chartDescription('sco-projects')).toContain('99个');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
