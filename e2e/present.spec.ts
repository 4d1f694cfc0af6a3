import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { must } from './must';
import { scrollToCentre } from './scroll-to-centre';

const counter = (page: Page) => page.locator('.deck-counter');
const deck = (page: Page) => page.locator('.deck');

async function startPresenting(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '演示', exact: true }).click();
  await expect(deck(page)).toBeVisible();
  await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
}

async function total(page: Page): Promise<number> {
  const text = await counter(page).textContent();
  return Number(must(text?.split('/')[1], `a total after the slash of the slide counter, in "${text}"`).trim());
}

test.describe('presenter mode', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('"Present" opens the filtered panels as a full-screen deck with large type', async ({ page }) => {
    await startPresenting(page);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(await total(page)).toBe(43);
    const titleSize = await page.locator('.slide-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // Read from the back of a room: 56 px titles at 1920×1080.
    expect(titleSize).toBeGreaterThanOrEqual(54);
    expect(titleSize).toBeLessThanOrEqual(58);
    // Nothing of the dashboard is left on screen, and no chart of it stays alive.
    await expect(page.locator('.app-header')).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(page.locator('.deck-counter')).toHaveText('43 / 43');
    // The last slide's chart, if it has one, is the only canvas on the page.
    const hosts = await page.locator('.deck .chart-host').count();
    expect(hosts).toBeLessThanOrEqual(1);
    await expect(page.locator('canvas')).toHaveCount(hosts);
  });

  test('the deck follows the filters', async ({ page }) => {
    await page.goto('/?themes=petitions');
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect(counter(page)).toHaveText('1 / 5');
    await expect(page.locator('.slide-title')).toHaveText('中央生态环保督察信访举报');
  });

  test('every next and previous key, Home, End, and a number then Enter', async ({ page }) => {
    await startPresenting(page);
    const n = await total(page);
    let expected = 1;
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter', 'n', 'N']) {
      await page.keyboard.press(key);
      expected += 1;
      await expect(counter(page), key).toHaveText(`${expected} / ${n}`);
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']) {
      await page.keyboard.press(key);
      expected -= 1;
      await expect(counter(page), key).toHaveText(`${expected} / ${n}`);
    }
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${n} / ${n}`);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${n} / ${n}`);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${n}`);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(counter(page)).toContainText('12');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(`12 / ${n}`);
    await expect(page).toHaveURL(/slide=12/);
  });

  test('B and . black out, W and , white out; any key returns', async ({ page }) => {
    await startPresenting(page);
    for (const [key, colour] of [
      ['b', 0],
      ['.', 0],
      ['w', 255],
      [',', 255],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.locator('.deck-blank')).toBeVisible();
      const png = PNG.sync.read(await page.screenshot());
      let off = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (png.data[i] !== colour || png.data[i + 1] !== colour || png.data[i + 2] !== colour) off++;
      expect(off, `${key}: pixels not ${colour}`).toBe(0);
      await page.keyboard.press('x');
      await expect(page.locator('.deck-blank')).toHaveCount(0);
      await expect(counter(page)).toHaveText(/^1 \//);
    }
  });

  test('F toggles full screen; Esc leaves full screen first, then the deck', async ({ page }) => {
    await startPresenting(page);
    const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await expect.poll(isFullscreen).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(false);
    await page.keyboard.press('F');
    await expect.poll(isFullscreen).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isFullscreen).toBe(false);
    await expect(deck(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);
    await expect(page.locator('.app-header')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('every chart fits its container after full screen is left and the window resized', async ({ page }) => {
    await startPresenting(page);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    const chart = page.locator('.deck .chart-host');
    await expect(chart).toHaveAttribute('data-chart-state', 'finished');
    const fits = async () => {
      const [host, canvas] = await Promise.all([chart.boundingBox(), chart.locator('canvas').boundingBox()]);
      return Math.abs(host!.width - canvas!.width) < 2 && Math.abs(host!.height - canvas!.height) < 2;
    };
    await page.keyboard.press('f');
    await expect.poll(fits).toBe(true);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(fits).toBe(true);
    await page.setViewportSize({ width: 768, height: 1024 }); // a tablet turned upright
    await expect.poll(fits).toBe(true);
    await page.keyboard.press('Escape');
    // Back on the dashboard, every chart is the width of its panel.
    await expect(page.locator('.panel--chart').first()).toBeVisible();
    for (const panel of (await page.locator('.panel--chart').all()).slice(0, 6)) {
      await scrollToCentre(panel);
      const host = panel.locator('.chart-host');
      await expect(host).toHaveAttribute('data-chart-state', 'finished');
      await expect
        .poll(async () => Math.abs((await host.boundingBox())!.width - (await host.locator('canvas').boundingBox())!.width))
        .toBeLessThan(2);
    }
  });

  test('a panel\u2019s "Full screen" presents that panel alone', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-panel="petitions-by-district"]').getByRole('button', { name: '全屏' }).click();
    await expect(counter(page)).toHaveText('1 / 1');
    await expect(page.locator('.slide-title')).toHaveText('第二十批信访举报件（按区）');
    await expect(page).toHaveURL(/only=petitions-by-district/);
  });

  test('a deep link opens the deck at its slide and offers full screen in one click', async ({ page }) => {
    await page.goto('/?slide=3&lang=en');
    await expect(counter(page)).toHaveText('3 / 43');
    const prompt = page.getByRole('dialog', { name: 'Enter full screen' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Enter full screen' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(prompt).toHaveCount(0);
  });

  test('the big-screen canvas lays slides out on 1920×1080, scaled to contain or fill without cropping', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1024 });
    await page.goto('/?slide=2&stage=contain');
    const stage = page.locator('.deck-stage');
    await expect(stage).toHaveCSS('width', '1920px');
    let box = (await stage.boundingBox())!;
    expect(Math.round(box.width)).toBe(1280);
    expect(Math.round(box.height)).toBe(720);
    await page.getByRole('button', { name: '在窗口中继续' }).click();
    // Filling the width: the slide is laid out in the height the screen shows, so nothing is cut off.
    await page.getByRole('combobox', { name: '画布', exact: true }).selectOption('fill-width');
    await expect.poll(async () => Math.round((await stage.boundingBox())!.height)).toBe(1024);
    box = (await stage.boundingBox())!;
    expect(Math.round(box.width)).toBe(1280);
    const title = (await page.locator('.slide-title').boundingBox())!;
    const source = (await page.locator('.slide-source').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(0);
    expect(source.y + source.height).toBeLessThanOrEqual(1024);
    // 56 px titles on the 1920×1080 canvas (scaled with it on screen).
    expect(await page.locator('.slide-title').evaluate((el) => getComputedStyle(el).fontSize)).toBe('56px');
  });

  test('an LED wall canvas (5760×1080) keeps title, axes and sources on screen in every mode', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    for (const stageMode of ['contain', 'fill-width', 'fill-height'] as const) {
      await page.goto(`/?slide=1&only=petitions-by-district&stage=${stageMode}&canvas=5760x1080`);
      await page.getByRole('button', { name: '在窗口中继续' }).click();
      await expect(page.locator('.deck-stage .chart-host')).toHaveAttribute('data-chart-state', 'finished');
      for (const selector of ['.slide-title', '.deck-stage .chart-host', '.slide-source']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.x, `${stageMode} ${selector}`).toBeGreaterThanOrEqual(-1);
        expect(box.y, `${stageMode} ${selector}`).toBeGreaterThanOrEqual(-1);
        expect(box.x + box.width, `${stageMode} ${selector}`).toBeLessThanOrEqual(1601);
        expect(box.y + box.height, `${stageMode} ${selector}`).toBeLessThanOrEqual(901);
      }
    }
    await expect(page).toHaveURL(/canvas=5760x1080/);
    await expect(page.getByRole('combobox', { name: '画布尺寸' })).toHaveValue('5760x1080');
  });
});

test.describe('presenter mode on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('swipe, tap the edges, and leave with the visible exit control', async ({ page }) => {
    await page.goto('/?slide=1');
    await page.getByRole('button', { name: '在窗口中继续' }).tap();
    const client = await page.context().newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y: 400 }] });
      for (let step = 1; step <= 5; step++)
        await client.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: fromX + ((toX - fromX) * step) / 5, y: 400 }],
        });
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(700, 300);
    await expect(counter(page)).toHaveText('2 / 43');
    await swipe(300, 700);
    await expect(counter(page)).toHaveText('1 / 43');
    await page.touchscreen.tap(1000, 400);
    await expect(counter(page)).toHaveText('2 / 43');
    await page.touchscreen.tap(20, 400);
    await expect(counter(page)).toHaveText('1 / 43');
    await page.getByRole('button', { name: '退出演示' }).tap();
    await expect(deck(page)).toHaveCount(0);
    await expect(page.locator('.app-header')).toBeVisible();
  });
});

test.describe('auto-advance', () => {
  test('advances on its interval, loops, and pauses for the pointer and a hidden tab', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?themes=petitions&slide=1');
    await page.getByRole('button', { name: '在窗口中继续' }).click();
    await page.getByRole('button', { name: '自动播放' }).click();
    await page.clock.runFor(10_500);
    await expect(counter(page)).toHaveText('2 / 5');
    await page.clock.runFor(30_000);
    await expect(counter(page)).toHaveText('5 / 5');
    await page.clock.runFor(10_000);
    await expect(counter(page)).toHaveText('1 / 5'); // loops

    // A pointer moving over the slide holds it.
    const stage = page.locator('.deck-stage');
    const box = (await stage.boundingBox())!;
    for (let i = 0; i < 15; i++) {
      await page.mouse.move(box.x + 400 + i * 10, box.y + 400);
      await page.clock.runFor(1_000);
    }
    await expect(counter(page)).toHaveText('1 / 5');
    // Once it rests (2 s), the slide gets a full interval again.
    await page.clock.runFor(2_500);
    await page.clock.runFor(10_000);
    await expect(counter(page)).toHaveText('2 / 5');

    // A hidden tab holds it.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.runFor(60_000);
    await expect(counter(page)).toHaveText('2 / 5');
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.runFor(10_500);
    await expect(counter(page)).toHaveText('3 / 5');

    // Pause stops it (moving the pointer brings the controls back).
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.getByRole('button', { name: '暂停播放' }).click();
    await page.clock.runFor(60_000);
    await expect(counter(page)).toHaveText('3 / 5');
  });
});

test.describe('presenter view', () => {
  test('a second window shows current and next slide, notes and time, in step both ways', async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?themes=industry&slide=2');
    await page.getByRole('button', { name: '在窗口中继续' }).click();
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '演讲者视图' }).click()]);
    await speaker.waitForLoadState();
    const bar = speaker.locator('.speaker-bar strong');
    await expect(bar).toHaveText('2 / 12');
    await expect(speaker.locator('.speaker-current .slide-title')).toHaveText('规上工业总产值');
    await expect(speaker.locator('.speaker-next .slide-title')).toHaveText('规模以上工业企业数量');
    await expect(speaker.locator('.speaker-notes')).toContainText('全市规上工业总产值从2020年的1.7万亿元增长到2024年的2.2万亿元');
    await expect(speaker.locator('[data-elapsed]')).toHaveText(/^\d+:\d\d$/);

    await speaker.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('3 / 12');
    await expect(bar).toHaveText('3 / 12');
    await page.keyboard.press('ArrowRight');
    await expect(bar).toHaveText('4 / 12');
    await speaker.keyboard.press('b');
    await expect(page.locator('.deck-blank--black')).toBeVisible();
    await speaker.keyboard.press('x');
    await expect(page.locator('.deck-blank')).toHaveCount(0);
    // A number then Enter, typed in the presenter view.
    await speaker.keyboard.press('7');
    await speaker.keyboard.press('Enter');
    await expect(counter(page)).toHaveText('7 / 12');
    await expect(bar).toHaveText('7 / 12');
  });
});
