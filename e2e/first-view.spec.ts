import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A headline figure of data/, as its tile prints its number (5.4 → "5.4万个"). */
function dataFigure(file: string, id: string): { id: string; value: number } {
  const json = JSON.parse(readFileSync(join('data', file), 'utf8')) as { figures: { id: string; value: number }[] };
  return json.figures.find((f) => f.id === id)!;
}

const CATALOGUE = dataFigure('data-economy.json', 'data-economy.resource-catalogue');
const PRODUCTS = dataFigure('data-economy.json', 'data-economy.data-products');
const tileNumber = (page: Page, id: string) => page.locator(`[data-figure="${id}"] .kpi-number`);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page itself holds the title, the filters and the headline numbers of data/', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await expect(page.getByRole('group', { name: '领域' })).toBeVisible();
    await expect(tileNumber(page, CATALOGUE.id)).toHaveText(`${CATALOGUE.value}万个`);
    await expect(tileNumber(page, PRODUCTS.id)).toHaveText(`超${PRODUCTS.value}种`);
    expect(await page.locator('.kpi-number').count()).toBeGreaterThanOrEqual(12);
    // Chart panels hold a placeholder of the chart's height: nothing moves when the chart draws.
    const placeholder = page.locator('[data-panel="compute-capacity"] .chart-skeleton');
    expect((await placeholder.boundingBox())!.height).toBeGreaterThanOrEqual(200);
  });
});

test('hydration keeps the prerendered numbers where they are: no layout shift, no mismatch', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  const tile = tileNumber(page, CATALOGUE.id);
  await expect(tile).toHaveText(`${CATALOGUE.value}万个`);
  const before = await tile.boundingBox();
  // The very node of the HTML is kept by hydration (a client render would replace it).
  await tile.evaluate((el) => el.setAttribute('data-from-html', ''));
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await expect(page.locator('[data-chart-state="finished"]').first()).toBeVisible();
  await expect(tile).toHaveAttribute('data-from-html', '');
  expect(await tile.boundingBox()).toEqual(before);
  await expect(page.locator('html[data-hydration-mismatch]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThanOrEqual(0.02);
  // Hydrated: the controls answer.
  await page.getByRole('button', { name: '算力', exact: true }).click();
  await expect(page).toHaveURL(/themes=compute/);
});

test('a data file changed on the server replaces the prerendered number and says so', async ({ page }) => {
  await page.route('**/data/data-economy.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.figures.find((f: { id: string }) => f.id === CATALOGUE.id).value = 6.1;
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  await expect(tileNumber(page, CATALOGUE.id)).toHaveText('6.1万个');
  await expect(page.getByRole('status').filter({ hasText: 'data-economy.json' })).toBeVisible();
  // The other figures of the file stay as they were.
  await expect(tileNumber(page, PRODUCTS.id)).toHaveText(`超${PRODUCTS.value}种`);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the first screen shows the title and at least four headline numbers; the theme chips show that they scroll', async ({ page }) => {
    await page.goto('/');
    const inFirstScreen = async (selector: string) =>
      page.locator(selector).evaluateAll(
        (els) =>
          els.filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
          }).length,
      );
    expect(await inFirstScreen('h1')).toBe(1);
    expect(await inFirstScreen('.kpi-number')).toBeGreaterThanOrEqual(4);
    // Before and after the app has taken over.
    await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
    expect(await inFirstScreen('.kpi-number')).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.chip-scroller')).toHaveAttribute('data-more-after', 'true');
    // Period, values and search are one tap away.
    const more = page.getByRole('button', { name: '筛选', exact: true });
    await expect(page.getByRole('searchbox')).toBeHidden();
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('searchbox')).toBeVisible();
  });
});

test.describe('on a phone, the chart code', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('is not fetched while the reader looks at the headline numbers; it is once they scroll, and the charts near the screen draw', async ({
    page,
  }) => {
    const chartCode: string[] = [];
    page.on('request', (request) => /\/assets\/(echarts|chart-host)-/.test(request.url()) && chartCode.push(request.url()));
    await page.goto('/');
    await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
    // The page has settled: every data file has been checked against the server's.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.chart-host')).toHaveCount(0);
    expect(chartCode).toEqual([]);

    await page.mouse.wheel(0, 600);
    await expect(page.locator('.chart-host[data-chart-state="finished"]').first()).toBeAttached();
    expect(chartCode.length).toBeGreaterThan(0);
  });
});

test('wider than a phone, the chart code is fetched beside the page, before the app asks for it', async ({ page }) => {
  await page.goto('/');
  const preloads = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', media: link.getAttribute('media') })));
  expect(preloads.filter((p) => /\/echarts-/.test(p.href))).toEqual([
    { href: expect.stringMatching(/echarts-/), media: '(min-width: 700px)' },
  ]);
  await expect(page.locator('.chart-host[data-chart-state="finished"]').first()).toBeVisible();
});
