/**
 * Soak test of the production build (run `npm run build` first): a long auto-advance loop
 * in presenter mode, then 200 filter changes and 50 present/leave cycles. Prints the JS heap
 * (after garbage collection) before and after each, and checks that the number of live ECharts
 * instances equals the number of charts on screen. Usage: `npm run soak [-- --slides 720]`.
 * Exits 1 when the heap grows by 5 MB or more, or when an ECharts instance is left behind.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';

const PORT = 4181;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SLIDES = arg('slides', 720); // two hours at the default 10 s interval
const FILTER_CHANGES = arg('filters', 200);
const PRESENT_CYCLES = arg('cycles', 50);
const GROWTH_LIMIT_MB = 5;

async function heapMb(page: Page, cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  void page;
  return usedSize / 1024 / 1024;
}

/** Live ECharts instances (each keeps a `_echarts_instance_` attribute on its container) and chart hosts on screen. */
async function instances(page: Page): Promise<{ live: number; charts: number }> {
  return page.evaluate(() => ({
    live: document.querySelectorAll('[_echarts_instance_]').length,
    charts: document.querySelectorAll('.chart-host').length,
  }));
}

const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results: { run: string; before: number; after: number; live: number; charts: number }[] = [];
let failed = false;
try {
  // 1. Auto-advance for SLIDES slides, on a fake clock.
  {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await page.clock.install();
    await page.goto(`http://127.0.0.1:${PORT}/?slide=1`);
    await page.getByRole('button', { name: '在窗口中继续' }).click();
    await page.getByRole('button', { name: '自动播放' }).click();
    const counter = page.locator('.deck-counter');
    const total = Number((await counter.textContent())!.split('/')[1]);
    // One loop first, so that every chart type and data file has been loaded once.
    for (let i = 0; i < total; i++) await page.clock.runFor(10_000);
    const before = await heapMb(page, cdp);
    const started = Date.now();
    for (let i = 0; i < SLIDES; i++) await page.clock.runFor(10_000);
    const after = await heapMb(page, cdp);
    const count = await instances(page);
    console.log(
      `auto-advance: ${SLIDES} slides (${((SLIDES * 10) / 3600).toFixed(1)} h of 10 s slides) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    results.push({ run: `auto-advance, ${SLIDES} slides`, before, after, ...count });
    await page.close();
  }
  // 2. Filter changes and present/leave cycles on the dashboard.
  {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.chart-host[data-chart-state="finished"]').first().waitFor();
    const themes = page.getByRole('group', { name: '领域' }).getByRole('button');
    const themeCount = await themes.count();
    const before = await heapMb(page, cdp);
    for (let i = 0; i < FILTER_CHANGES; i++) {
      await themes.nth(i % themeCount).click();
      await page.locator('.chart-host').first().waitFor();
    }
    await themes.first().click(); // "全部"
    const afterFilters = await heapMb(page, cdp);
    results.push({ run: `${FILTER_CHANGES} filter changes`, before, after: afterFilters, ...(await instances(page)) });
    for (let i = 0; i < PRESENT_CYCLES; i++) {
      await page.getByRole('button', { name: '演示', exact: true }).click();
      await page.locator('.deck').waitFor();
      await page.keyboard.press('ArrowRight'); // slide 2 is a chart
      await page.locator('.deck .chart-host[data-chart-state="finished"]').waitFor();
      await page.getByRole('button', { name: '退出演示' }).click();
      await page.locator('.app-header').waitFor();
    }
    const afterCycles = await heapMb(page, cdp);
    results.push({ run: `${PRESENT_CYCLES} present/leave cycles`, before: afterFilters, after: afterCycles, ...(await instances(page)) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\n| run | heap before (MB) | heap after (MB) | growth (MB) | live ECharts | charts on screen |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const growth = r.after - r.before;
  if (growth >= GROWTH_LIMIT_MB || r.live !== r.charts) failed = true;
  console.log(`| ${r.run} | ${r.before.toFixed(2)} | ${r.after.toFixed(2)} | ${growth.toFixed(2)} | ${r.live} | ${r.charts} |`);
}
if (failed) {
  console.log(`\nFAILED: heap growth must stay under ${GROWTH_LIMIT_MB} MB and live ECharts instances must equal charts on screen.`);
  process.exit(1);
}
