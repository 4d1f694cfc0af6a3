/**
 * The contact sheet: one HTML page with every chart kind drawn in every frame — dashboard card
 * (zh and en, light and dark), phone, slide at 1920×1080 (zh and en), exported PNG as shown and
 * 16:9 (white and dark) — as images to look at after every change to a builder.
 *
 * Usage: `npm run gallery` (builds first), then open gallery/index.html. The folder is not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';
import type { ChartPanelDef } from '../src/panels/panel-def';
import { readPanels } from '../src/panels/read-panels-file';

const PANELS = readPanels();

const PORT = 4189;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = 'gallery';

/** One panel of each chart kind, in the order kinds first appear on the dashboard. */
function panelsByKind(): ChartPanelDef[] {
  const seen = new Map<string, ChartPanelDef>();
  for (const panel of PANELS) if (panel.kind === 'chart' && !seen.has(panel.chart.kind)) seen.set(panel.chart.kind, panel);
  return [...seen.values()];
}

interface Shot {
  frame: string;
  file?: string;
  /** Why the frame could not be taken: shown on the sheet, so a failure is seen, not skipped. */
  error?: string;
}

async function waitForChart(page: Page, scope: string) {
  const host = page.locator(`${scope} .chart-host`).first();
  await host.waitFor();
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.getAttribute('data-chart-state') === 'finished',
    `${scope} .chart-host`,
  );
  await page.evaluate(() => document.fonts.ready);
}

async function card(browser: Browser, def: ChartPanelDef, lang: 'zh' | 'en', scheme: 'light' | 'dark', width: number): Promise<string> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  try {
    await page.goto(`${BASE}/?themes=${def.theme}${lang === 'en' ? '&lang=en' : ''}`);
    const panel = page.locator(`[data-panel="${def.id}"]`);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await waitForChart(page, `[data-panel="${def.id}"]`);
    const file = `${def.id}-${width < 600 ? 'phone' : 'card'}-${lang}-${scheme}.png`;
    await panel.screenshot({ path: join(OUT, file) });
    return file;
  } finally {
    await page.close();
  }
}

async function slide(browser: Browser, def: ChartPanelDef, lang: 'zh' | 'en', deck: 'light' | 'dark'): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.goto(`${BASE}/?slide=1&only=${def.id}&deck=${deck}${lang === 'en' ? '&lang=en' : ''}`);
    await page.locator('.deck-prompt button').last().click();
    await waitForChart(page, '.deck-stage');
    // The deck's controls fade when the pointer rests; the picture is the slide alone.
    await page.locator('.deck-controls').evaluate((el) => (el.style.visibility = 'hidden'));
    const file = `${def.id}-slide-${lang}-${deck}.png`;
    await page.screenshot({ path: join(OUT, file) });
    return file;
  } finally {
    await page.close();
  }
}

async function exported(
  browser: Browser,
  def: ChartPanelDef,
  lang: 'zh' | 'en',
  preset: 'shown' | 'slide',
  background: 'white' | 'dark',
): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    await page.goto(`${BASE}/?themes=${def.theme}${lang === 'en' ? '&lang=en' : ''}`);
    const panel = page.locator(`[data-panel="${def.id}"]`);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await waitForChart(page, `[data-panel="${def.id}"]`);
    await panel.getByRole('button', { name: lang === 'zh' ? '导出' : 'Export', exact: true }).click();
    const dialog = panel.getByRole('dialog');
    const selects = dialog.locator('select');
    await selects.nth(0).selectOption('1');
    await selects.nth(1).selectOption(background);
    await selects.nth(2).selectOption(preset);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('.export-buttons button').first().click()]);
    const file = `${def.id}-export-${preset}-${lang}-${background}.png`;
    writeFileSync(join(OUT, file), readFileSync(await download.path()));
    return file;
  } finally {
    await page.close();
  }
}

function html(rows: { def: ChartPanelDef; shots: Shot[] }[]): string {
  const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const body = rows
    .map(
      ({ def, shots }) =>
        `<section><h2>${escapeHtml(def.chart.kind)} · ${escapeHtml(def.title.zh)} / ${escapeHtml(def.title.en)}</h2><div class="row">${shots
          .map((s) =>
            s.file
              ? `<figure><a href="${s.file}"><img src="${s.file}" alt="${escapeHtml(s.frame)}"></a><figcaption>${escapeHtml(s.frame)}</figcaption></figure>`
              : `<figure class="failed"><figcaption>${escapeHtml(s.frame)}: ${escapeHtml(s.error ?? '')}</figcaption></figure>`,
          )
          .join('')}</div></section>`,
    )
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Chart contact sheet</title>
<style>body{font:14px system-ui,sans-serif;margin:16px;background:#eef0f3}section{margin-bottom:32px}.row{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
figure{margin:0;background:#fff;padding:6px;border:1px solid #ccd}img{display:block;max-width:460px;max-height:360px}figcaption{font-size:12px;color:#445;margin-top:4px}.failed{border-color:#c00;color:#c00}</style>
<h1>Every chart kind in every frame</h1>${body}`;
}

mkdirSync(OUT, { recursive: true });
const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const rows: { def: ChartPanelDef; shots: Shot[] }[] = [];
  for (const def of panelsByKind()) {
    const shots: Shot[] = [];
    const add = async (frame: string, take: Promise<string>) => {
      try {
        shots.push({ frame, file: await take });
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        console.error(`${def.id} ${frame}: ${message}`);
        shots.push({ frame, error: message });
      }
    };
    await add('card zh light', card(browser, def, 'zh', 'light', 1440));
    await add('card en light', card(browser, def, 'en', 'light', 1440));
    await add('card zh dark', card(browser, def, 'zh', 'dark', 1440));
    await add('card en dark', card(browser, def, 'en', 'dark', 1440));
    await add('phone zh light', card(browser, def, 'zh', 'light', 390));
    await add('phone en dark', card(browser, def, 'en', 'dark', 390));
    await add('slide 1920×1080 zh dark', slide(browser, def, 'zh', 'dark'));
    await add('slide 1920×1080 en light', slide(browser, def, 'en', 'light'));
    await add('export as shown zh white', exported(browser, def, 'zh', 'shown', 'white'));
    await add('export 16:9 en dark', exported(browser, def, 'en', 'slide', 'dark'));
    rows.push({ def, shots });
    console.log(`${def.chart.kind}: ${shots.length} frames`);
  }
  writeFileSync(join(OUT, 'index.html'), html(rows));
  console.log(`${OUT}/index.html`);
} finally {
  await browser.close();
  await server.close();
}
