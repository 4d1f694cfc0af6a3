import { readFileSync } from 'node:fs';
import { BAR_BLUE, drawEveryChart, expect, test } from './fixtures';
import { must } from './must';

test.describe('filters, cross-filter and share links', () => {
  test('filter by theme, and back restores the view', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('group', { name: '领域' }).getByRole('button', { name: '算力', exact: true }).click();
    await expect(dashboard.sections()).toHaveCount(1);
    await expect(dashboard.sections().getByRole('heading', { level: 2 })).toHaveText('算力');
    await expect(page).toHaveURL(/\?themes=compute$/);
    await page.goBack();
    await expect(dashboard.sections()).toHaveCount(8);
    await expect(page).toHaveURL(/\/$/);
    await page.goForward();
    await expect(dashboard.sections()).toHaveCount(1);
  });

  test('search names in Chinese and English; an empty result says so', async ({ dashboard, page }) => {
    await dashboard.open();
    const search = page.getByRole('searchbox', { name: '搜索指标' });
    await search.fill('滨海');
    await expect(page.locator('[data-panel]')).toHaveCount(1);
    await expect(dashboard.panel('petitions-by-district')).toBeVisible();
    await search.fill('technology centres');
    await expect(dashboard.panel('tech-centres')).toBeVisible();
    await search.fill('没有这个指标');
    await expect(page.locator('[data-panel]')).toHaveCount(0);
    const empty = page.locator('.empty-state');
    await expect(empty).toContainText('没有符合条件的指标');
    await empty.getByRole('button', { name: '重置筛选' }).click();
    await expect(dashboard.sections()).toHaveCount(8);
  });

  test('period and stated/derived filters', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('group', { name: '时期' }).getByRole('button', { name: '2020年基数' }).click();
    await expect(dashboard.panel('tech-centres')).toBeVisible();
    await expect(dashboard.panel('petitions-by-district')).toHaveCount(0);
    await page.getByRole('group', { name: '时期' }).getByRole('button', { name: '全部' }).click();
    await page.getByRole('group', { name: '数值' }).getByRole('button', { name: '推算数值' }).click();
    await expect(dashboard.panel('above-size-firms')).toBeVisible();
    await expect(dashboard.panel('sco-projects')).toHaveCount(0);
    await expect(page).toHaveURL(/kind=derived/);
  });

  test('clicking a district selects it, highlights the linked panels, and clicking again clears it', async ({ dashboard, page }) => {
    await dashboard.open();
    const bars = await dashboard.barCentres('petitions-by-district', BAR_BLUE);
    expect(bars).toHaveLength(15); // Jinghai's 0 draws no bar
    const binhai = must(bars[0], 'the bar of Binhai, the largest');
    const dongli = must(bars[1], 'the bar of Dongli, the second largest');
    await page.mouse.click(dongli.x, dongli.y); // second largest: Dongli, 8
    const chip = page.locator('[data-selection]');
    await expect(chip).toContainText('东丽区');
    await expect(page).toHaveURL(/sel=petitions\.b20\.district\.dongli/);
    await expect(dashboard.panel('dongli-headlines')).toHaveClass(/is-linked/);
    await expect(dashboard.panel('dongli-share')).toHaveClass(/is-linked/);
    await expect(dashboard.panel('sco-projects')).not.toHaveClass(/is-linked/);
    await expect(dashboard.chart('petitions-by-district')).toHaveAttribute('data-chart-state', 'finished');
    await page.mouse.click(dongli.x, dongli.y);
    await expect(chip).toHaveCount(0);
    await page.mouse.click(binhai.x, binhai.y);
    await expect(chip).toContainText('滨海新区');
    await chip.getByRole('button', { name: /取消选择/ }).click();
    await expect(chip).toHaveCount(0);
  });

  test('copy link, then open it: the same view', async ({ dashboard, page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.open();
    await page.getByRole('group', { name: '领域' }).getByRole('button', { name: '工业', exact: true }).click();
    await page.getByRole('searchbox', { name: '搜索指标' }).fill('企业');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('themes')).toBe('industry');

    const other = await browser.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Tianjin 14th Five-Year Plan indicators');
    await expect(other.getByRole('searchbox', { name: 'Search indicators' })).toHaveValue('企业');
    await expect(other.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Industry', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(other.locator('[data-theme-section]')).toHaveCount(1);
    await other.close();
  });

  test('garbage in the URL falls back to defaults without errors', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open('?lang=fr&themes=__proto__,<script>&period=2020&kind=1&sel=%E4%ZZ&q=%&v=1&x=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await expect(dashboard.sections()).toHaveCount(8);
    await dashboard.chartDrawn('industry-output');
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('language, theme, devices', () => {
  test('?lang=en opens English, with English numbers', async ({ dashboard, page }) => {
    await dashboard.open('?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tianjin 14th Five-Year Plan indicators');
    await expect(page.locator('[data-figure="industry.output-value"] .kpi-value')).toHaveText('CNY 2.2 trillion');
    await expect(page.locator('[data-figure="compute.intelligent-compute"] .kpi-value')).toHaveText('more than 14,000 PFLOPS');
    expect(await dashboard.chartDescription('petitions-by-district')).toContain('Binhai New Area 15');
    await expect(page.getByRole('button', { name: 'Data table' }).first()).toBeVisible();
  });

  test('switching language updates every string and the page language', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('button', { name: '语言' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/\?lang=en$/);
    await expect(page.getByRole('heading', { name: 'Compute power', level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'Language' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('dark theme themes the page and the charts', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('combobox', { name: '主题' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page).toHaveURL(/scheme=dark/);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 17, 21)');
    const bars = await dashboard.barCentres('petitions-by-district', [106, 168, 255]); // the dark palette's blue
    expect(bars).toHaveLength(15);
  });

  test('the dark theme follows the system by default', async ({ browser }) => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await page.close();
  });

  test('a phone shows one column with no sideways scrolling', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    await drawEveryChart(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const boxes = await page.locator('.panel--chart').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('tablets show two columns and charts resize with their panels', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto('/');
    await page.locator('[data-panel="industry-output"]').scrollIntoViewIfNeeded();
    const first = page.locator('[data-panel="industry-output"] .chart-host');
    await expect(first).toHaveAttribute('data-chart-state', 'finished');
    const lefts = await page
      .locator('[data-theme-section="industry"] .panel--chart')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(2);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await expect
      .poll(async () => {
        const canvas = await first.locator('canvas').boundingBox();
        const host = await first.boundingBox();
        return Math.abs((canvas?.width ?? 0) - (host?.width ?? 0));
      })
      .toBeLessThan(2);
    await page.close();
  });
});

test.describe('data tables', () => {
  test('the table behind a chart lists the same data, sortable', async ({ dashboard }) => {
    await dashboard.open();
    const description = await dashboard.chartDescription('petitions-by-district');
    const panel = dashboard.panel('petitions-by-district');
    await panel.getByRole('button', { name: '数据表' }).click();
    const table = panel.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(16);
    const values = await table.locator('td.num').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(values.reduce((a, b) => a + b, 0)).toBe(63);
    for (const text of await table.locator('td.num').allTextContents()) expect(description).toContain(text);
    await table.getByRole('button', { name: '数值' }).click();
    await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
    await expect(table.locator('tbody tr').first().locator('th')).toContainText('滨海新区');
    await table.getByRole('button', { name: '数值' }).click();
    await expect(table.locator('tbody tr').first().locator('th')).toContainText('静海区');
    await expect(table.locator('tr[data-figure="petitions.b20.district.jinghai"]')).toContainText('推算公式');
    await panel.getByRole('button', { name: '数据表' }).click();
    await dashboard.chartDrawn('petitions-by-district');
  });

  test('the sources view lists every source with its date', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('link', { name: '数据来源' }).click();
    const sources = page.locator('#sources li');
    const expected = JSON.parse(readFileSync('data/sources.json', 'utf8')).sources.length;
    await expect(sources).toHaveCount(expected);
    await expect(sources.first()).toContainText('2025年12月10日');
  });
});
