import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { drawEveryChart, expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const drawAll = drawEveryChart;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

test.describe('axe (WCAG 2.1 A and AA)', () => {
  // Each test draws every chart of the dashboard (over 40 panels), then runs axe over the page.
  test.setTimeout(180_000);
  test('default view', async ({ page }) => {
    await page.goto('/');
    await drawAll(page);
    expect(await violations(page)).toEqual([]);
  });

  test('dark', async ({ browser }) => {
    const page = await (await browser.newContext({ colorScheme: 'dark' })).newPage();
    await page.goto('/');
    await drawAll(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('English, with a data table open and a selection', async ({ page }) => {
    await page.goto('/?lang=en&sel=petitions.b20.district.dongli&patterns=1');
    await drawAll(page);
    await page.locator('[data-panel="petitions-by-district"]').getByRole('button', { name: 'Data table' }).click();
    expect(await violations(page)).toEqual([]);
  });

  test('presenter mode', async ({ page }) => {
    await page.goto('/?slide=2');
    await page.getByRole('button', { name: '在窗口中继续' }).click();
    await expect(page.locator('.deck .chart-host')).toHaveAttribute('data-chart-state', 'finished');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Home');
    expect(await violations(page)).toEqual([]);
  });

  test('phone', async ({ browser }) => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await page.goto('/');
    await drawAll(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

test.describe('keyboard', () => {
  test('every control is reachable, with a visible focus, and a chart’s data opens from the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      seen.add(focused.name);
      expect(focused.outline, focused.name).not.toBe('none');
    }
    for (const name of ['演示', '语言', '主题', '复制链接', '全部', '算力', '2020年基数', '推算数值'])
      expect(
        [...seen].some((s) => s.startsWith(name)),
        name,
      ).toBe(true);
    const table = page.locator('[data-panel="digital-revenue-growth"]').getByRole('button', { name: '数据表' });
    await table.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-panel="digital-revenue-growth"]').getByRole('table')).toBeVisible();
  });

  test('charts describe their data to screen readers in the UI language', async ({ page, dashboard }) => {
    for (const [query, text] of [
      ['', /规上工业总产值.*1\.7万亿元.*2\.2万亿元/],
      ['?lang=en', /Gross industrial output of enterprises above designated size.*CNY 1\.7 trillion.*CNY 2\.2 trillion/],
    ] as const) {
      await page.goto(`/${query}`);
      const chart = await dashboard.chartDrawn('industry-output');
      await expect(chart.locator('[aria-label]').last()).toHaveAttribute('aria-label', text);
    }
  });
});
