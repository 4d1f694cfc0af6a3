/**
 * Takes screenshots of the production build for a person to look at: desktop and phone widths,
 * light and dark, Chinese and English. Usage: `npm run build && npm run screenshots`
 * (writes screenshots/*.png; the folder is not committed).
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';

const VIEWS = [
  { name: 'desktop-light-zh', width: 1440, height: 900, scheme: 'light', query: '' },
  { name: 'desktop-dark-en', width: 1440, height: 900, scheme: 'dark', query: '?lang=en' },
  { name: 'phone-light-zh', width: 390, height: 844, scheme: 'light', query: '' },
  { name: 'phone-dark-en', width: 390, height: 844, scheme: 'dark', query: '?lang=en' },
] as const;

const server = await preview({ preview: { port: 4180, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
  for (const view of VIEWS) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height }, colorScheme: view.scheme });
    await page.goto(`http://127.0.0.1:4180/${view.query}`);
    const panels = page.locator('.panel--chart');
    await panels.first().waitFor();
    for (const panel of await panels.all()) {
      await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await panel.locator('.chart-host[data-chart-state="finished"]').waitFor();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    // Every card laid out and painted, also those far from the screen (content-visibility: auto).
    await page.evaluate(() => document.documentElement.setAttribute('data-cards-laid-out', ''));
    await page.screenshot({ path: `screenshots/${view.name}.png`, fullPage: true });
    console.log(`screenshots/${view.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
