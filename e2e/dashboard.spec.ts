import { expect, test } from '@playwright/test';

test.describe('first view', () => {
  test('loads, draws every chart, and logs no errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    const charts = page.locator('.chart-host');
    await expect(charts.first()).toBeVisible();
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-chart-state', 'finished');
      await expect(chart.locator('canvas')).toHaveCount(1);
    }
    // One section per theme.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
    expect(errors).toEqual([]);
  });

  test('draws ink on the canvas, not an empty box', async ({ page }) => {
    await page.goto('/');
    const chart = page.locator('[data-panel="petitions-by-district"] .chart-host');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-chart-state', 'finished');
    const inked = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
      return count / (canvas.width * canvas.height);
    });
    expect(inked).toBeGreaterThan(0.02);
  });

  test('the district chart shows every district, Jinghai as 0, largest first', async ({ page }) => {
    await page.goto('/');
    const panel = page.locator('[data-panel="petitions-by-district"]');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('.chart-host')).toHaveAttribute('data-chart-state', 'finished');
    const label = await panel.locator('.chart-host [aria-label]').last().getAttribute('aria-label');
    expect(label).toContain('滨海新区 15件');
    expect(label).toContain('静海区 0件');
    expect(label!.indexOf('滨海新区')).toBeLessThan(label!.indexOf('东丽区'));
  });

  test('a data file replaced on the server changes the dashboard without a rebuild', async ({ page }) => {
    await page.route('**/data/sco-forum.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.figures.find((f: { id: string }) => f.id === 'sco-forum.tianjin-digital-projects').value = 99;
      await route.fulfill({ response, json });
    });
    await page.goto('/');
    const panel = page.locator('[data-panel="sco-projects"]');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.locator('.chart-host')).toHaveAttribute('data-chart-state', 'finished');
    await expect(panel.locator('.chart-host [aria-label]').last()).toHaveAttribute('aria-label', /99个/);
  });

  test('a broken data file shows which file and field, and other panels still draw', async ({ page }) => {
    await page.route('**/data/compute.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.figures[0].unit = 'furlongs';
      await route.fulfill({ response, json });
    });
    await page.goto('/');
    const broken = page.locator('[data-panel="compute-capacity"]');
    await expect(broken.getByRole('alert')).toContainText('compute.json: figures.0.unit: unknown unit "furlongs"');
    await expect(page.locator('[data-panel="industry-output"] .chart-host')).toHaveAttribute('data-chart-state', 'finished');
  });
});
