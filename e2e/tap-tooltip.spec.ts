import { BAR_BLUE, DashboardPage, expect, test } from './fixtures';
import { must } from './must';

// A phone: touch only, no hover. A tap must show a mark's tooltip before it selects anything.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone, the first tap on a bar shows its tooltip and a second tap selects it', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const bars = await dashboard.barCentres('petitions-by-district', BAR_BLUE);
  const panel = dashboard.panel('petitions-by-district');
  const tooltip = panel.locator('.chart-tooltip');
  const chip = page.locator('[data-selection]');
  const binhai = must(bars[0], 'the bar of Binhai, the largest');

  await page.touchscreen.tap(binhai.x, binhai.y); // the largest: Binhai, 15
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.chart-tooltip__value')).toHaveText('15件');
  await expect(chip).toHaveCount(0);

  // The tooltip stays inside the chart and leaves most of it uncovered.
  const chartBox = (await dashboard.chart('petitions-by-district').boundingBox())!;
  const tipBox = (await tooltip.boundingBox())!;
  expect(tipBox.x).toBeGreaterThanOrEqual(chartBox.x - 1);
  expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1);
  expect(tipBox.width * tipBox.height).toBeLessThan(0.6 * chartBox.width * chartBox.height);

  await page.touchscreen.tap(binhai.x, binhai.y);
  await expect(chip).toContainText('滨海新区');
  await expect(page).toHaveURL(/sel=petitions\.b20\.district\.binhai/);
});

test('on a phone, tapping another bar moves the tooltip rather than selecting', async ({ page }) => {
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const bars = await dashboard.barCentres('petitions-by-district', BAR_BLUE);
  const tooltip = dashboard.panel('petitions-by-district').locator('.chart-tooltip');
  const binhai = must(bars[0], 'the bar of Binhai, the largest');
  const dongli = must(bars[1], 'the bar of Dongli, the second largest');
  await page.touchscreen.tap(binhai.x, binhai.y);
  await expect(tooltip.locator('.chart-tooltip__value')).toHaveText('15件');
  await page.touchscreen.tap(dongli.x, dongli.y); // Dongli, 8
  await expect(tooltip.locator('.chart-tooltip__value')).toHaveText('8件');
  await expect(page.locator('[data-selection]')).toHaveCount(0);
});
