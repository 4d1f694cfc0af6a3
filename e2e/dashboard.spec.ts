import { BAR_BLUE, drawEveryChart, expect, test } from './fixtures';
import { must } from './must';

test.describe('first view', () => {
  test('loads, draws every chart, and logs no errors', async ({ dashboard, page, consoleErrors }) => {
    await dashboard.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await drawEveryChart(page)).toBeGreaterThanOrEqual(18);
    for (const chart of await page.locator('.chart-host').all()) await expect(chart.locator('canvas')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(9); // 8 themes and the sources
    expect(consoleErrors).toEqual([]);
  });

  test('draws ink on the canvas, not an empty box', async ({ dashboard }) => {
    await dashboard.open();
    const chart = await dashboard.chartDrawn('petitions-by-district');
    const inked = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++; // i stays below data.length
      return count / (canvas.width * canvas.height);
    });
    expect(inked).toBeGreaterThan(0.02);
  });

  test('the district chart shows every district, Jinghai as 0 with a note, largest first', async ({ dashboard }) => {
    await dashboard.open();
    const label = await dashboard.chartDescription('petitions-by-district');
    expect(label).toContain('滨海新区 15件');
    expect(label).toContain('静海区 0件');
    expect(label.indexOf('滨海新区')).toBeLessThan(label.indexOf('东丽区'));
    expect(label.indexOf('宁河区')).toBeLessThan(label.indexOf('静海区'));
    await expect(dashboard.panel('petitions-by-district').locator('.panel-note')).toContainText('静海区按0件显示');
  });

  test('KPI tiles show values with their qualifier, period and change since 2020', async ({ dashboard }) => {
    await dashboard.open();
    const compute = dashboard.page.locator('[data-figure="compute.intelligent-compute"]');
    await expect(compute.locator('.kpi-value')).toHaveText('超1.4万P');
    const output = dashboard.page.locator('[data-figure="industry.output-value"]');
    await expect(output.locator('.kpi-value')).toHaveText('2.2万亿元');
    await expect(output.locator('.kpi-period')).toHaveText('2024年');
    await expect(output.locator('.kpi-baseline')).toContainText('1.7万亿元');
    await expect(output.locator('.kpi-change')).toContainText('约29.4%');
    await output.getByText('来源').click();
    await expect(output.locator('.kpi-details')).toContainText('全市规上工业总产值从2020年的1.7万亿元增长到2024年的2.2万亿元');
  });

  test('a tooltip gives the exact value first, then period, qualifier and one source line', async ({ dashboard, page }) => {
    await dashboard.open();
    const binhai = must((await dashboard.barCentres('petitions-by-district', BAR_BLUE))[0], 'the bar of Binhai, the largest');
    await page.mouse.move(binhai.x, binhai.y);
    const tooltip = dashboard.panel('petitions-by-district').locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('.chart-tooltip__value')).toHaveText('15件');
    await expect(tooltip).toContainText('截至2025年12月9日 · 确数');
    await expect(tooltip).toContainText('天津日报 2025年12月10日');
    expect(await tooltip.locator(':scope > div').count()).toBeLessThanOrEqual(6);
  });

  test('a data file replaced on the server changes the dashboard without a rebuild', async ({ dashboard, page }) => {
    await page.route('**/data/sco-forum.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.figures.find((f: { id: string }) => f.id === 'sco-forum.tianjin-digital-projects').value = 99;
      await route.fulfill({ response, json });
    });
    await dashboard.open();
    expect(await dashboard.chartDescription('sco-projects')).toContain('99个');
  });

  test('a broken data file shows which file and field, and other panels still draw', async ({ dashboard, page }) => {
    await page.route('**/data/compute.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.figures[0].unit = 'furlongs';
      await route.fulfill({ response, json });
    });
    await dashboard.open();
    await expect(dashboard.panel('compute-capacity').getByRole('alert')).toContainText(
      'compute.json: figures.0.unit: unknown unit "furlongs"',
    );
    await dashboard.chartDrawn('industry-output');
  });
});
