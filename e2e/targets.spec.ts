import { BAR_BLUE, expect, test } from './fixtures';

const ENERGY_PLAN_URL = 'http://wszk.we54.com/rdxw/2022/0515/17810.html';
const CNR_2020_URL = 'http://cnr.cn/tj/jrtj/20210122/t20210122_525397402.shtml';

test.describe('plan targets and yearly trends', () => {
  test('the target charts say met and not met in words', async ({ dashboard, consoleErrors }) => {
    await dashboard.open();
    const counts = await dashboard.chartDescription('targets-counts');
    // Factories and workshops together, judged on the 400 municipal factories and workshops;
    // the 528 smart factories alone are another scope, shown and never judged.
    expect(counts).toContain('智能工厂和数字化车间：目标超500个，结果400家，口径不同528家，未完成');
    expect(counts).toContain('国家级绿色制造示范单位：目标200家，结果243家，已完成');
    expect(counts).toContain('市级单项冠军：目标100家，无可比结果');
    // "300家以上" is at least 300.
    expect(counts).toContain('绿色制造示范单位（各级）：目标至少300家，无可比结果');
    const energy = await dashboard.chartDescription('targets-energy-water');
    expect(energy).toContain('规上工业单位增加值能耗降幅：目标15%，结果13.5%，未完成');
    await expect(dashboard.panel('targets-energy-water').locator('.panel-note')).toContainText('目标未完成');
    expect(consoleErrors).toEqual([]);
  });

  test('the headline tiles give each target its status, result and, for reposts, a mark and a link', async ({ dashboard }) => {
    await dashboard.open();
    const energy = dashboard.page.locator('[data-figure="targets.target.industrial-energy-intensity-fall"]');
    await expect(energy.locator('.kpi-value')).toHaveText('15%');
    await expect(energy.locator('.kpi-status')).toContainText('✗ 未完成');
    await expect(energy.locator('.kpi-status')).toContainText('结果13.5%');
    await expect(energy.locator('.kpi-trust .reposted-mark')).toHaveText('转载来源');
    await expect(energy.locator('.kpi-trust a')).toHaveAttribute('href', ENERGY_PLAN_URL);
    const smart = dashboard.page.locator('[data-figure="targets.target.smart-factories"]');
    await expect(smart.locator('.kpi-status')).toContainText('✗ 未完成');
    await expect(smart.locator('.kpi-status')).toContainText('结果400家');
    // An official page (trust "high") carries no reposted mark.
    await expect(smart.locator('.reposted-mark')).toHaveCount(0);
  });

  test('the data table gives each row its status, source URL and date; links are safe', async ({ dashboard }) => {
    await dashboard.open();
    const panel = dashboard.panel('targets-energy-water');
    await panel.getByRole('button', { name: '数据表' }).click();
    const table = panel.getByRole('table');
    const target = table.locator('tr[data-figure="targets.target.industrial-energy-intensity-fall"]');
    // A narrow card stacks each row as label–value lines: the status cell carries its column's name.
    await expect(target.locator('td.status')).toHaveAttribute('data-label', '完成情况');
    await expect(target.locator('td.status')).toContainText('未完成');
    await expect(target).toContainText('2022年5月15日');
    await expect(target.locator('.reposted-mark')).toHaveText('转载来源');
    const link = target.getByRole('link', { name: ENERGY_PLAN_URL });
    await expect(link).toHaveAttribute('href', ENERGY_PLAN_URL);
    await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    // The result's row is judged too, and its source is the printed page.
    const result = table.locator('tr[data-figure="green.energy-intensity-decline"]');
    await expect(result.locator('td.status')).toContainText('未完成');
    await expect(result).toContainText('天津日报 2025年12月10日');
  });

  test('hovering a result bar shows its status; hovering a yearly point shows its page and date', async ({ dashboard, page }) => {
    await dashboard.open();
    // The legend's "result" icon and the one result bar.
    const bars = await dashboard.barCentres('targets-energy-water', BAR_BLUE);
    expect(bars).toHaveLength(2);
    // The legend may sit above or below the bars: hover each blue mark until the bar's tooltip shows.
    const energyTip = dashboard.panel('targets-energy-water').locator('.chart-tooltip');
    for (const bar of bars) {
      await page.mouse.move(bar.x, bar.y);
      const shown = await energyTip.waitFor({ state: 'visible', timeout: 2000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
    }
    await expect(energyTip).toBeVisible();
    await expect(energyTip).toContainText('13.5%');
    await expect(energyTip).toContainText('完成情况：未完成');

    // The GDP line joins 2020–2021 and 2023–2024, so its blue pixels are no separate bands: find the
    // point symbols (runs of blue as tall as a symbol in a pixel column, not a line 3 px thick) and
    // hover them left to right until 2020's tooltip shows (the legend's icon may come first).
    const chart = await dashboard.chartDrawn('trend-gdp');
    const box = (await chart.locator('canvas').boundingBox())!;
    const dots = await chart.locator('canvas').evaluate((el: HTMLCanvasElement, colour) => {
      const { data, width, height } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
      const ratio = el.width / el.getBoundingClientRect().width;
      const byte = (i: number) => {
        const value = data[i];
        if (value === undefined) throw new Error(`pixel byte ${i} is outside the ${width}×${height} canvas`);
        return value;
      };
      const blue = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return Math.abs(byte(i) - colour[0]) < 12 && Math.abs(byte(i + 1) - colour[1]) < 12 && Math.abs(byte(i + 2) - colour[2]) < 12;
      };
      const found: { x: number; y: number }[] = [];
      for (let x = 0; x < width; x++) {
        let run = 0;
        for (let y = 0; y < height; y++) {
          run = blue(x, y) ? run + 1 : 0;
          if (run !== Math.round(6 * ratio)) continue;
          const centre = { x: (x + 4 * ratio) / ratio, y: (y - run / 2 + 2 * ratio) / ratio };
          if (!found.some((d) => Math.abs(d.x - centre.x) < 12 && Math.abs(d.y - centre.y) < 12)) found.push(centre);
        }
      }
      return found;
    }, BAR_BLUE);
    const gdpTip = dashboard.panel('trend-gdp').locator('.chart-tooltip');
    for (const dot of dots) {
      await page.mouse.move(box.x + dot.x, box.y + dot.y);
      const shown = await gdpTip.waitFor({ state: 'visible', timeout: 1000 }).then(
        () => true,
        () => false,
      );
      if (shown && (await gdpTip.textContent())?.includes('14083.73')) break;
    }
    await expect(gdpTip).toBeVisible();
    await expect(gdpTip).toContainText('14083.73亿元');
    // One source line: publisher and date. The address and trust are in the data table.
    await expect(gdpTip).toContainText('2021年1月22日');
    await expect(gdpTip).not.toContainText(CNR_2020_URL);
  });

  test('trend lines leave missing years empty and say so', async ({ dashboard }) => {
    await dashboard.open();
    // GDP: 2022 appears only on a low-quality site and 2025 was not found: both are gaps.
    const gdp = await dashboard.chartDescription('trend-gdp');
    expect(gdp).toContain('2022年 无数据');
    expect(gdp).toContain('2025年 无数据');
    // GDP growth: 2022 derived from the 2023 Q1 report; 2025 is the full year.
    const growth = await dashboard.chartDescription('trend-gdp-growth');
    expect(growth).toContain('2021年 6.6%，2022年 约1.0%，2023年 4.3%，2024年 5.1%，2025年 4.8%');
    expect(growth).toContain('2025年目标 约5%：无法判定');
    await expect(dashboard.panel('trend-gdp-growth').locator('.panel-note')).toContainText(
      '2024年最初公布为“预计增长4.7%左右”，现行数为5.1%',
    );
    // The doubtful 2022 counts (130 “little giants”, 16 single champions) are not points.
    const firms = await dashboard.chartDescription('trend-leading-enterprises');
    expect(firms).not.toContain('130家');
    expect(firms).not.toContain('16家');
    expect(firms).toContain('2022年 28家');
  });

  test('in English, with English statuses', async ({ dashboard }) => {
    await dashboard.open('?lang=en');
    const energy = await dashboard.chartDescription('targets-energy-water');
    expect(energy).toContain('Target 15%, Result 13.5%, not met');
    await expect(
      dashboard.page.locator('[data-figure="targets.target.industrial-energy-intensity-fall"] .kpi-trust .reposted-mark'),
    ).toHaveText('reposted source');
  });

  test('a target counts as a result, not as a 2020 baseline', async ({ dashboard, page }) => {
    await dashboard.open();
    const period = page.getByRole('group', { name: '时期' });
    await period.getByRole('button', { name: '2021–2025年成果' }).click();
    await expect(dashboard.panel('targets-counts')).toBeVisible();
    await period.getByRole('button', { name: '2020年基数' }).click();
    await expect(dashboard.panel('targets-counts')).toHaveCount(0);
    await expect(dashboard.panel('trend-gdp')).toBeVisible();
  });

  test('a target panel is a slide like any other, with its reposted source marked', async ({ dashboard, page }) => {
    await dashboard.open('?themes=targets');
    await dashboard.panel('targets-energy-water').getByRole('button', { name: '全屏' }).click();
    const slide = page.locator('[data-slide-panel="targets-energy-water"]');
    await expect(slide).toBeVisible();
    await expect(slide.locator('.chart-host')).toHaveAttribute('data-chart-state', 'finished');
    await expect(slide.locator('.slide-source')).toContainText('转载来源');
  });
});
