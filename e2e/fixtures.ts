import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { scrollToCentre } from './scroll-to-centre';

/** The dashboard as a user sees it: panels, filters, header controls. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    // The prerendered first view shows before the app runs; its controls answer once it has.
    await expect(this.page.locator('html[data-app-ready]')).toHaveCount(1);
  }

  panel(id: string): Locator {
    return this.page.locator(`[data-panel="${id}"]`);
  }

  chart(id: string): Locator {
    return this.panel(id).locator('.chart-host');
  }

  /** Waits until a panel's chart has finished drawing. */
  async chartDrawn(id: string): Promise<Locator> {
    // Charts draw as their panel nears the screen. To the middle of the screen: at the top edge
    // the panel would sit under the sticky filter bar.
    await scrollToCentre(this.panel(id));
    const chart = this.chart(id);
    await expect(chart).toHaveAttribute('data-chart-state', 'finished');
    // Where it is now, to be pointed at: cards around it may have taken their real height.
    await scrollToCentre(this.panel(id));
    return chart;
  }

  /** The screen-reader description ECharts writes for a chart: its title and every value. */
  async chartDescription(id: string): Promise<string> {
    const chart = await this.chartDrawn(id);
    return (await chart.locator('[aria-label]').last().getAttribute('aria-label')) ?? '';
  }

  /**
   * The centres of the bars drawn in a colour, top to bottom, found by reading the canvas pixels,
   * so a test can click a real mark where a user would.
   */
  async barCentres(id: string, rgb: [number, number, number]): Promise<{ x: number; y: number }[]> {
    const chart = await this.chartDrawn(id);
    const canvas = chart.locator('canvas');
    const box = (await canvas.boundingBox())!;
    const bands = await canvas.evaluate((el: HTMLCanvasElement, colour) => {
      const ctx = el.getContext('2d')!;
      const { data, width, height } = ctx.getImageData(0, 0, el.width, el.height);
      const byte = (i: number) => {
        const value = data[i];
        if (value === undefined) throw new Error(`pixel byte ${i} is outside the ${width}×${height} canvas`);
        return value;
      };
      const near = (i: number) =>
        Math.abs(byte(i) - colour[0]) < 12 && Math.abs(byte(i + 1) - colour[1]) < 12 && Math.abs(byte(i + 2) - colour[2]) < 12;
      const rows: { y: number; x0: number; x1: number }[] = [];
      for (let y = 0; y < height; y++) {
        let x0 = -1;
        let x1 = -1;
        for (let x = 0; x < width; x++) {
          if (near((y * width + x) * 4)) {
            if (x0 < 0) x0 = x;
            x1 = x;
          }
        }
        if (x0 >= 0 && x1 - x0 > 3) rows.push({ y, x0, x1 });
      }
      const result: { y0: number; y1: number; x0: number; x1: number }[] = [];
      for (const r of rows) {
        const last = result[result.length - 1];
        if (last && r.y - last.y1 <= 1) {
          last.y1 = r.y;
          last.x1 = Math.max(last.x1, r.x1);
        } else result.push({ y0: r.y, y1: r.y, x0: r.x0, x1: r.x1 });
      }
      return { bands: result.filter((b) => b.y1 - b.y0 >= 4), ratio: el.width / el.getBoundingClientRect().width };
    }, rgb);
    return bands.bands.map((b) => ({ x: box.x + (b.x0 + b.x1) / 2 / bands.ratio, y: box.y + (b.y0 + b.y1) / 2 / bands.ratio }));
  }

  sections(): Locator {
    return this.page.locator('[data-theme-section]');
  }
}

/** Scrolls to every chart panel on the page and waits until each chart has drawn; returns how many. */
export async function drawEveryChart(page: Page): Promise<number> {
  // The app's own panels, loaded: not the prerendered page that a view other than the default
  // replaces, nor the skeleton shown while panels.json loads.
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await expect(page.locator('.panels-loading, [data-panel-status="loading"]')).toHaveCount(0);
  const panels = page.locator('.panel--chart');
  await expect(panels.first()).toBeVisible();
  const all = await panels.all();
  for (const panel of all) {
    await scrollToCentre(panel);
    await expect(panel.locator('.chart-host')).toHaveAttribute('data-chart-state', 'finished');
  }
  return all.length;
}

export const test = base.extend<{ dashboard: DashboardPage; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  dashboard: async ({ page }, use) => {
    await use(new DashboardPage(page));
  },
});

export { expect };

/** The first series colour of the light palette (#1f5fa8). */
export const BAR_BLUE: [number, number, number] = [31, 95, 168];
