import { expect, test } from './fixtures';

test.describe('keyboard', () => {
  test('tab stops scroll clear of the sticky filter bar', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await dashboard.open();
    // From the sources list at the bottom, back up through the page: each stop scrolls up into view.
    await page.locator('#sources a[href]').last().focus();
    const bar = page.locator('.filter-bar');
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const place = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const barEl = document.querySelector('.filter-bar')!;
        if (!el || barEl.contains(el) || el === document.body) return null;
        const rect = el.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, barBottom: barEl.getBoundingClientRect().bottom };
      });
      if (!place) continue;
      expect(place.top, `tab stop ${i} is under the sticky bar`).toBeGreaterThanOrEqual(place.barBottom - 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  });

  test('focus moves into the deck on entry and back to the Present button on exit', async ({ page, dashboard }) => {
    await dashboard.open();
    const present = page.locator('[data-action="present"]');
    await present.focus();
    await page.keyboard.press('Enter');
    const deck = page.locator('.deck');
    await expect(deck).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.deck'))).toBe(true);
    // Esc leaves full screen first where the browser entered it, then the deck.
    await expect(async () => {
      await page.keyboard.press('Escape');
      await expect(deck).toHaveCount(0, { timeout: 500 });
    }).toPass();
    await expect(present).toBeFocused();
  });

  test("a panel's full-screen button gets focus back when its deck ends", async ({ page, dashboard }) => {
    await dashboard.open();
    const button = dashboard.panel('industry-output').locator('[data-action="present-panel"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.deck')).toBeVisible();
    await page.getByRole('button', { name: '退出演示' }).click();
    await expect(button).toBeFocused();
  });

  test('a focused deck control stays visible while the deck is idle; unfocused, the controls fade', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?slide=1');
    const deck = page.locator('.deck');
    await expect(deck).toBeVisible();
    const next = page.getByRole('button', { name: '下一张' });
    await next.focus();
    await page.clock.fastForward(5000);
    await expect(deck).not.toHaveClass(/is-idle/);
    await expect(page.locator('.deck-controls')).toHaveCSS('opacity', '1');
    await expect(next).toBeVisible();
    // Focus back on the stage: nothing focused in the controls, and the idle deck hides them.
    await deck.focus();
    await page.clock.fastForward(5000);
    await expect(deck).toHaveClass(/is-idle/);
  });

  test('a mark can be selected from the keyboard: the data table offers Select per row', async ({ page, dashboard }) => {
    await dashboard.open();
    const panel = dashboard.panel('petitions-by-district');
    await dashboard.chartDrawn('petitions-by-district');
    await panel.getByRole('button', { name: '数据表' }).focus();
    await page.keyboard.press('Enter');
    const select = panel.locator('tr[data-figure="petitions.b20.district.binhai"]').getByRole('button', { name: /^选择：/ });
    await select.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.selection-chips [data-selection="petitions.b20.district.binhai"]')).toBeVisible();
    await expect(select).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/sel=petitions\.b20\.district\.binhai/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.selection-chips')).toHaveCount(0);
  });
});
