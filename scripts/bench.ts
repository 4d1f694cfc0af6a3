/**
 * Benchmark of the production build against a reference page (bare React + tree-shaken ECharts
 * drawing as many charts), and of the dashboard at ten times its size. Builds everything it needs
 * under bench-results/ (never dist/), serves it with `vite preview` on ports 4185+, drives Chromium
 * with Playwright and prints a table; writes bench-results/bench.json. See docs/bench.md.
 *
 * Then Lighthouse's mobile audit (simulated slow 4G, 4× CPU) of the dashboard and of the
 * reference page with five charts, both served gzipped by scripts/serve-static.ts.
 *
 * Usage: `npm run bench [-- --runs 15] [-- --lighthouse-runs 3] [-- --strict]` (--strict: exit 1
 * when a budget is missed). The dashboard and the reference load in turn, in alternating order.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium';
import { generateSyntheticData } from './generate-synthetic-data';
import { lighthouseMobile, type LighthouseResult } from './lighthouse-mobile';
import { serveStatic } from './serve-static';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 15);
const LIGHTHOUSE_RUNS = arg('lighthouse-runs', 3);
/** The reference page Lighthouse audits: bare React and ECharts drawing five charts. */
const LIGHTHOUSE_REFERENCE_CHARTS = 5;
const STRICT = process.argv.includes('--strict');
const VIEWPORT = { width: 1440, height: 900 };
const SOAK_FILTERS = 100;
const SOAK_CYCLES = 10;

// ---------------------------------------------------------------------------------------------
// In the page. Installed before any page script runs; times are performance.now(), i.e. ms since
// navigation start. "In view" = intersecting the initial 1440×900 viewport.
// ---------------------------------------------------------------------------------------------
interface Bench {
  firstChart?: number;
  settled?: number;
  allDrawn?: number;
  chartsInView?: number;
  chartsDrawn?: number;
  /** What the page fetched by the time the charts in view were drawn, ms since navigation start. */
  resources?: { url: string; start: number; end: number }[];
  downloadClick?: number;
  arm(): void;
  done?: Promise<number>;
  t0?: number;
}

function instrument() {
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const finished = (el: Element) => el.getAttribute('data-chart-state') === 'finished';
  /**
   * In view: every chart host in view is drawn and nothing in view is still loading (aria-busy).
   * Everywhere: every chart host is drawn and nothing is loading, except charts the app leaves
   * undrawn until they are scrolled near (their slot is `[data-chart-slot="waiting"]`).
   */
  const allFinished = (onlyInView: boolean) => {
    const hosts = [...document.querySelectorAll('.chart-host')].filter((h) => !onlyInView || inView(h));
    const busy = [...document.querySelectorAll('[aria-busy="true"]')].some((el) =>
      onlyInView ? inView(el) : !el.closest('[data-chart-slot="waiting"]'),
    );
    return hosts.length > 0 && !busy && hosts.every(finished);
  };
  let onChange: ((records: MutationRecord[], now: number) => void) | null = null;
  const b: Bench = {
    /** Times the next click or input: until every chart in view is drawn again and stays so for a frame. */
    arm() {
      b.t0 = undefined;
      b.downloadClick = undefined;
      b.done = new Promise<number>((resolve) => {
        let candidate = -1;
        let confirming = false;
        const confirm = () => {
          confirming = true;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              confirming = false;
              if (candidate >= 0 && allFinished(true)) {
                onChange = null;
                resolve(candidate - b.t0!);
              } else if (candidate >= 0) confirm();
            }),
          );
        };
        const start = () => {
          document.removeEventListener('click', start, true);
          document.removeEventListener('input', start, true);
          b.t0 = performance.now();
          if (allFinished(true)) candidate = b.t0; // nothing may need redrawing
          // Relevant: the DOM changed, or a chart in view changed state (not an off-screen one).
          onChange = (records, now) => {
            const relevant = records.some((r) => r.type === 'childList' || inView(r.target as Element));
            if (!allFinished(true)) candidate = -1;
            else if (relevant || candidate < 0) candidate = now;
            if (!confirming) confirm();
          };
          confirm();
        };
        document.addEventListener('click', start, true);
        document.addEventListener('input', start, true);
      });
    },
  };
  (window as unknown as { __bench: Bench }).__bench = b;
  // Exports hand their file to the browser through a click on a temporary <a download>.
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element).closest?.('a[download]')) b.downloadClick ??= performance.now();
    },
    true,
  );
  new MutationObserver((records) => {
    const now = performance.now();
    if (b.firstChart === undefined && document.querySelector('.chart-host[data-chart-state="finished"]')) b.firstChart = now;
    if (b.settled === undefined && allFinished(true)) {
      b.settled = now;
      b.chartsInView = [...document.querySelectorAll('.chart-host')].filter(inView).length;
      b.resources = performance
        .getEntriesByType('resource')
        .map((e) => ({ url: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
    }
    if (b.settled !== undefined && b.allDrawn === undefined && allFinished(false)) {
      b.allDrawn = now;
      b.chartsDrawn = document.querySelectorAll('.chart-host').length;
    }
    onChange?.(records, now);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state', 'aria-busy'] });
}

// ---------------------------------------------------------------------------------------------
// Sites: build, serve, load cold.
// ---------------------------------------------------------------------------------------------
interface Site {
  name: string;
  config: InlineConfig;
  outDir: string;
  url?: string;
  server?: PreviewServer;
}

function site(name: string, configFile: string): Site {
  const outDir = join(OUT, 'build', name);
  return { name, outDir, config: { configFile: join(ROOT, configFile), logLevel: 'warn', build: { outDir, emptyOutDir: true } } };
}

async function serve(s: Site, port: number) {
  await build(s.config);
  s.server = await preview({ ...s.config, preview: { port, host: '127.0.0.1', strictPort: false } });
  s.url = s.server.resolvedUrls!.local[0];
}

interface Load {
  firstChart: number;
  settled: number;
  allDrawn: number;
  /** Chart hosts on the page once everything is drawn, and those in view at first view. */
  charts: number;
  chartsInView: number;
  scripts: { file: string; raw: number; gzip: number }[];
  waterfall: { file: string; start: number; end: number }[];
}

async function newContext(browser: Browser, reducedMotion: 'reduce' | 'no-preference' = 'reduce') {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion, acceptDownloads: true });
  // tsx compiles with keepNames, which wraps functions in `__name(...)`: the page needs it too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

/** A cold load: navigation start → first chart drawn → charts in view drawn → every chart drawn. */
async function coldLoad(page: Page, s: Site, query = ''): Promise<Load> {
  await page.goto(s.url! + query);
  await page.waitForFunction(() => (window as unknown as { __bench: Bench }).__bench.allDrawn !== undefined, undefined, {
    timeout: 120_000,
  });
  const b = await page.evaluate(() => {
    const { firstChart, settled, allDrawn, chartsInView, chartsDrawn, resources } = (window as unknown as { __bench: Bench }).__bench;
    return {
      firstChart: firstChart!,
      settled: settled!,
      allDrawn: allDrawn!,
      chartsInView: chartsInView!,
      charts: chartsDrawn!,
      resources: resources!,
    };
  });
  const origin = new URL(s.url!).origin;
  const waterfall = b.resources
    .filter((r) => r.url.startsWith(origin))
    .map((r) => ({ file: decodeURIComponent(new URL(r.url).pathname), start: Math.round(r.start), end: Math.round(r.end) }));
  const scripts = [...new Set(waterfall.filter((r) => r.file.endsWith('.js')).map((r) => r.file))].map((file) => {
    const bytes = readFileSync(join(s.outDir, file));
    return { file: basename(file), raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const { resources: _, ...times } = b;
  return { ...times, scripts, waterfall };
}

// ---------------------------------------------------------------------------------------------
// Interactions on the dashboard.
// ---------------------------------------------------------------------------------------------
/** Runs an action (a click or typing) and returns ms from its event until the charts in view are drawn again. */
async function timed(page: Page, action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.arm());
  await action();
  return page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.done!);
}

/**
 * Every theme chip on and off again (16 changes for eight themes), then three searches and their
 * clearing (6). The chips are counted on the page: every theme is toggled.
 */
async function filterChanges(page: Page): Promise<(() => Promise<unknown>)[]> {
  const chips = page.getByRole('group', { name: /^(领域|Topics)$/ }).getByRole('button');
  const search = page.getByRole('searchbox');
  const changes: (() => Promise<unknown>)[] = [];
  const themes = (await chips.count()) - 1; // the first is "all"
  for (let i = 1; i <= themes; i++)
    changes.push(
      () => chips.nth(i).click(),
      () => chips.nth(i).click(),
    );
  for (const q of ['算力', '企业', '信访'])
    changes.push(
      () => search.fill(q),
      () => search.fill(''),
    );
  return changes;
}

/** The measurement at a rank of sorted ones; NaN when there are none (as after --runs 0 or --lighthouse-runs 0). */
const ranked = (sorted: number[], i: number) => sorted[i] ?? Number.NaN;
const percentile = (xs: number[], p: number) =>
  ranked(
    [...xs].sort((a, b) => a - b),
    Math.max(0, Math.ceil((p / 100) * xs.length) - 1),
  );
const spread = (xs: number[]) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? ranked(s, (s.length - 1) / 2) : (ranked(s, s.length / 2 - 1) + ranked(s, s.length / 2)) / 2;
}

/** Milliseconds from the click on `button` until the browser is handed the file, or null when there is no such control. */
async function timedDownload(page: Page, button: Locator): Promise<{ ms: number; file: string; bytes: Buffer } | null> {
  if ((await button.count()) === 0) return null;
  await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.arm());
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const ms = await page.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    return (b.downloadClick ?? performance.now()) - b.t0!;
  });
  const bytes = readFileSync((await download.path())!);
  return { ms, file: download.suggestedFilename(), bytes };
}

/**
 * The export UI, found by what a user sees: the first chart panel's "导出"/"Export" button, then
 * in its dialog the scale select ("倍率"/"Scale", set to 2×) and the "PNG …" button; for export
 * all, the header's "批量导出"/"Export all" button, then "… ZIP …" in its dialog.
 */
async function measureExports(page: Page) {
  const exportName = /^(导出|Export)$/;
  const panel = page
    .locator('[data-panel]')
    .filter({ has: page.getByRole('button', { name: exportName }) })
    .first();
  let png: { ms: number; size: string } | null = null;
  if ((await panel.count()) > 0) {
    await panel.getByRole('button', { name: exportName }).click();
    const dialog = panel.getByRole('dialog');
    const scale = dialog.getByRole('combobox', { name: /^(倍率|Scale)/ });
    if ((await scale.count()) > 0) await scale.selectOption('2');
    const result = await timedDownload(page, dialog.getByRole('button', { name: /^PNG/ }));
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    if (result) png = { ms: result.ms, size: `${result.bytes.readUInt32BE(16)}×${result.bytes.readUInt32BE(20)}` };
    await page.keyboard.press('Escape');
  }
  let all: { ms: number; file: string; kB: number } | null = null;
  const allButton = page.getByRole('button', { name: /^(批量导出|Export all)$/ });
  if ((await allButton.count()) > 0) {
    await allButton.click();
    const result = await timedDownload(page, page.getByRole('dialog').getByRole('button', { name: /ZIP/ }));
    if (result) all = { ms: result.ms, file: result.file, kB: result.bytes.length / 1024 };
    await page.keyboard.press('Escape');
  }
  return { png, all };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function presentAndLeave(page: Page) {
  await page.getByRole('button', { name: /^(演示|Present)$/ }).click();
  await page.locator('.deck').waitFor();
  await page.keyboard.press('ArrowRight'); // slide 2 is a chart
  await page.locator('.deck .chart-host[data-chart-state="finished"]').waitFor();
  await page.getByRole('button', { name: /^(退出演示|Exit presentation)$/ }).click();
  await page.locator('.app-header').waitFor();
}

/**
 * As scripts/soak.ts: the JS heap after GC before and after SOAK_FILTERS filter changes and
 * SOAK_CYCLES present/leave cycles (animations on). One round of each comes first, so that code
 * loaded on first use (presenter mode) is not counted as growth.
 */
async function soak(browser: Browser, s: Site) {
  const { context, page, cdp } = await newContext(browser, 'no-preference');
  await coldLoad(page, s);
  const changes = await filterChanges(page);
  for (const change of changes) await timed(page, change);
  await presentAndLeave(page);
  await page.locator('.chart-host[data-chart-state="finished"]').first().waitFor();
  const before = await heapMb(cdp);
  for (let i = 0; i < SOAK_FILTERS; i++) {
    const change = changes[i % changes.length];
    if (!change) throw new Error('soak: the dashboard offers no filter to change');
    await timed(page, change);
  }
  for (let i = 0; i < SOAK_CYCLES; i++) await presentAndLeave(page);
  await page.locator('.chart-host[data-chart-state="finished"]').first().waitFor();
  const after = await heapMb(cdp);
  const { live, charts } = await page.evaluate(() => ({
    live: document.querySelectorAll('[_echarts_instance_]').length,
    charts: document.querySelectorAll('.chart-host').length,
  }));
  await context.close();
  return { before, after, growth: after - before, live, charts };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
const app = site('app', 'vite.config.ts');
const reference = site('reference', 'bench/vite.reference.config.ts');
const synthetic = site('synthetic', 'bench/vite.synthetic.config.ts');
generateSyntheticData(join(OUT, 'synthetic-data'));
const sites = [app, reference, synthetic];
for (const [i, s] of sites.entries()) await serve(s, 4185 + i);

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const runs: { app: Load; reference: Load; synthetic: Load; filterMs: number[]; png: number | null; all: number | null }[] = [];
let exportInfo: Awaited<ReturnType<typeof measureExports>> | null = null;
let soakResult: Awaited<ReturnType<typeof soak>>;
try {
  let referenceCharts = 0;
  for (let run = 1; run <= RUNS; run++) {
    // The pages take turns going first, so that neither always meets a warmer (or busier) machine.
    const loadApp = async () => {
      const d = await newContext(browser);
      const load = await coldLoad(d.page, app);
      const filterMs: number[] = [];
      for (const change of await filterChanges(d.page)) filterMs.push(await timed(d.page, change));
      const exports = await measureExports(d.page).catch((error: Error) => {
        console.log(`export not measured: ${error.message.split('\n')[0]}`);
        return { png: null, all: null };
      });
      await d.context.close();
      return { load, filterMs, exports };
    };
    // The reference draws as many charts as the dashboard drew at first view (known after the
    // dashboard's first load; until then, one).
    const loadReference = async () => {
      const r = await newContext(browser);
      const load = await coldLoad(r.page, reference, `?charts=${referenceCharts || 1}`);
      await r.context.close();
      return load;
    };
    let appRun: Awaited<ReturnType<typeof loadApp>>;
    let referenceLoad: Load;
    if (run % 2 === 1) {
      appRun = await loadApp();
      referenceCharts ||= appRun.load.charts;
      referenceLoad = await loadReference();
    } else {
      referenceLoad = await loadReference();
      appRun = await loadApp();
    }
    const { load: appLoad, filterMs, exports } = appRun;
    exportInfo ??= exports;

    const x = await newContext(browser);
    const syntheticLoad = await coldLoad(x.page, synthetic);
    await x.context.close();

    runs.push({
      app: appLoad,
      reference: referenceLoad,
      synthetic: syntheticLoad,
      filterMs,
      png: exports.png?.ms ?? null,
      all: exports.all?.ms ?? null,
    });
    console.log(
      `run ${run}/${RUNS}: first chart ${appLoad.firstChart.toFixed(0)} ms (reference ${referenceLoad.firstChart.toFixed(0)}), ` +
        `in view ${appLoad.settled.toFixed(0)} ms (reference ${referenceLoad.settled.toFixed(0)}, ×10 data ${syntheticLoad.settled.toFixed(0)}), ` +
        `filter p95 ${percentile(filterMs, 95).toFixed(0)} ms`,
    );
  }
  soakResult = await soak(browser, app);
} finally {
  await browser.close();
  for (const s of sites) await s.server?.close();
}

// Lighthouse, mobile: the built pages served gzipped, as a production server would.
const lighthouse: { app: LighthouseResult[]; reference: LighthouseResult[] } = { app: [], reference: [] };
{
  const appServer = await serveStatic(app.outDir, 4195);
  const referenceServer = await serveStatic(reference.outDir, 4196);
  try {
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      const audits = [
        async () => lighthouse.app.push(await lighthouseMobile(appServer.url)),
        async () => lighthouse.reference.push(await lighthouseMobile(`${referenceServer.url}?charts=${LIGHTHOUSE_REFERENCE_CHARTS}`)),
      ];
      for (const audit of run % 2 === 1 ? audits : audits.reverse()) await audit();
      const [a, r] = [lighthouse.app.at(-1)!, lighthouse.reference.at(-1)!];
      console.log(
        `lighthouse ${run}/${LIGHTHOUSE_RUNS}: dashboard ${a.score} (LCP ${a.lcpMs.toFixed(0)} ms, TBT ${a.tbtMs.toFixed(0)} ms, CLS ${a.cls.toFixed(3)}), reference ${r.score}`,
      );
    }
  } finally {
    await appServer.close();
    await referenceServer.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const med = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
const kB = (bytes: number) => bytes / 1024;
const jsGzip = (l: Load) => l.scripts.reduce((sum, s) => sum + s.gzip, 0);
const nullableMedian = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? median(xs as number[]) : null);

const figures = {
  firstViewJsKb: {
    app: kB(med((r) => jsGzip(r.app))),
    reference: kB(med((r) => jsGzip(r.reference))),
    synthetic: kB(med((r) => jsGzip(r.synthetic))),
  },
  firstChartMs: {
    app: med((r) => r.app.firstChart),
    reference: med((r) => r.reference.firstChart),
    synthetic: med((r) => r.synthetic.firstChart),
  },
  chartsInViewMs: {
    app: med((r) => r.app.settled),
    reference: med((r) => r.reference.settled),
    synthetic: med((r) => r.synthetic.settled),
  },
  allChartsMs: {
    app: med((r) => r.app.allDrawn),
    reference: med((r) => r.reference.allDrawn),
    synthetic: med((r) => r.synthetic.allDrawn),
  },
  filterP50Ms: med((r) => percentile(r.filterMs, 50)),
  filterP95Ms: med((r) => percentile(r.filterMs, 95)),
  pngMs: nullableMedian(runs.map((r) => r.png)),
  exportAllMs: nullableMedian(runs.map((r) => r.all)),
  heapGrowthMb: soakResult.growth,
  lighthouse: {
    app: {
      score: median(lighthouse.app.map((l) => l.score)),
      lcpMs: median(lighthouse.app.map((l) => l.lcpMs)),
      tbtMs: median(lighthouse.app.map((l) => l.tbtMs)),
      cls: median(lighthouse.app.map((l) => l.cls)),
      fcpMs: median(lighthouse.app.map((l) => l.fcpMs)),
    },
    reference: {
      score: median(lighthouse.reference.map((l) => l.score)),
      lcpMs: median(lighthouse.reference.map((l) => l.lcpMs)),
      tbtMs: median(lighthouse.reference.map((l) => l.tbtMs)),
      cls: median(lighthouse.reference.map((l) => l.cls)),
      fcpMs: median(lighthouse.reference.map((l) => l.fcpMs)),
    },
  },
};
/** The data files the dashboard fetches and validates at load (the reference has its data inline). */
const dataFiles = readdirSync(join(app.outDir, 'data')).filter((name) => name.endsWith('.json')).length;
const ratio = (a: number, b: number) => a / b;
const budgets = [
  { name: 'Lighthouse mobile performance ≥ 95', value: figures.lighthouse.app.score, limit: 95, atLeast: true },
  { name: 'Lighthouse mobile LCP ≤ 2.0 s', value: figures.lighthouse.app.lcpMs, limit: 2000 },
  { name: 'Lighthouse mobile TBT ≤ 150 ms', value: figures.lighthouse.app.tbtMs, limit: 150 },
  { name: 'Lighthouse mobile CLS ≤ 0.02', value: figures.lighthouse.app.cls, limit: 0.02 },
  { name: 'first-view JS ≤ 1.10× reference', value: ratio(figures.firstViewJsKb.app, figures.firstViewJsKb.reference), limit: 1.1 },
  { name: 'first chart ≤ 1.15× reference', value: ratio(figures.firstChartMs.app, figures.firstChartMs.reference), limit: 1.15 },
  { name: 'filter change p95 ≤ 50 ms', value: figures.filterP95Ms, limit: 50 },
  { name: 'PNG export (2×) ≤ 300 ms', value: figures.pngMs, limit: 300 },
  { name: 'export all ≤ 3 s', value: figures.exportAllMs, limit: 3000 },
  { name: 'heap growth < 5 MB', value: figures.heapGrowthMb, limit: 5, below: true },
  {
    name: '×10 data: charts in view < 1.5× normal',
    value: ratio(figures.chartsInViewMs.synthetic, figures.chartsInViewMs.app),
    limit: 1.5,
    below: true,
  },
].map((b: { name: string; value: number | null; limit: number; below?: boolean; atLeast?: boolean }) => ({
  ...b,
  result: b.value === null ? 'n/a' : (b.atLeast ? b.value >= b.limit : b.below ? b.value < b.limit : b.value <= b.limit) ? 'PASS' : 'MISS',
}));
const range = (xs: number[], digits = 0) => {
  const { min, median: mid, max } = spread(xs);
  return `${mid.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
};

const first = runs[0];
if (!first) throw new Error('bench: the report needs at least one run (--runs 1 or more)');
const n = (x: number | null, digits = 0) => (x === null ? 'n/a (export not built)' : x.toFixed(digits));
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const lines = [
  `Machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(
      ', ',
    )}; ${RUNS} cold runs (dashboard and reference in alternating order), medians; viewport 1440×900, prefers-reduced-motion: reduce (no animation).`,
  `The dashboard fetches and validates ${dataFiles} data files at load (and its prerendered first view's query data); the reference page has its data inline.`,
  '',
  `Lighthouse ${LIGHTHOUSE_RUNS}× mobile (simulated slow 4G, 4× CPU), served gzipped; medians, every run in bench.json:`,
  '',
  '| Lighthouse mobile | dashboard | reference (bare React + ECharts, 5 charts) |',
  '| --- | ---: | ---: |',
  `| performance score | ${figures.lighthouse.app.score} | ${figures.lighthouse.reference.score} |`,
  `| FCP (ms) | ${figures.lighthouse.app.fcpMs.toFixed(0)} | ${figures.lighthouse.reference.fcpMs.toFixed(0)} |`,
  `| LCP (ms) | ${figures.lighthouse.app.lcpMs.toFixed(0)} | ${figures.lighthouse.reference.lcpMs.toFixed(0)} |`,
  `| TBT (ms) | ${figures.lighthouse.app.tbtMs.toFixed(0)} | ${figures.lighthouse.reference.tbtMs.toFixed(0)} |`,
  `| CLS | ${figures.lighthouse.app.cls.toFixed(3)} | ${figures.lighthouse.reference.cls.toFixed(3)} |`,
  '',
  '| desktop, median (min–max) | dashboard | reference |',
  '| --- | ---: | ---: |',
  `| first-view JS (kB gzip) | ${range(
    runs.map((r) => kB(jsGzip(r.app))),
    1,
  )} | ${range(
    runs.map((r) => kB(jsGzip(r.reference))),
    1,
  )} |`,
  `| first chart drawn (ms) | ${range(runs.map((r) => r.app.firstChart))} | ${range(runs.map((r) => r.reference.firstChart))} |`,
  `| charts in view drawn (ms) | ${range(runs.map((r) => r.app.settled))} | ${range(runs.map((r) => r.reference.settled))} |`,
  `| filter change p95, all ${first.filterMs.length} changes (ms) | ${range(runs.map((r) => percentile(r.filterMs, 95)))} | |`,
  `Charts drawn at first view: dashboard ${first.app.charts} (${first.app.chartsInView} in view), reference ${first.reference.charts} (${first.reference.chartsInView} in view), ×10 data ${first.synthetic.charts} (${first.synthetic.chartsInView} in view).`,
  '',
  '| measure | dashboard | reference | dashboard ÷ reference | ×10 data | ×10 ÷ dashboard |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  `| first-view JS (kB gzip) | ${n(figures.firstViewJsKb.app, 1)} | ${n(figures.firstViewJsKb.reference, 1)} | ${x(figures.firstViewJsKb.app, figures.firstViewJsKb.reference)} | ${n(figures.firstViewJsKb.synthetic, 1)} | ${x(figures.firstViewJsKb.synthetic, figures.firstViewJsKb.app)} |`,
  `| first chart drawn (ms) | ${n(figures.firstChartMs.app)} | ${n(figures.firstChartMs.reference)} | ${x(figures.firstChartMs.app, figures.firstChartMs.reference)} | ${n(figures.firstChartMs.synthetic)} | ${x(figures.firstChartMs.synthetic, figures.firstChartMs.app)} |`,
  `| charts in view drawn (ms) | ${n(figures.chartsInViewMs.app)} | ${n(figures.chartsInViewMs.reference)} | ${x(figures.chartsInViewMs.app, figures.chartsInViewMs.reference)} | ${n(figures.chartsInViewMs.synthetic)} | ${x(figures.chartsInViewMs.synthetic, figures.chartsInViewMs.app)} |`,
  `| every chart drawn at first view (ms) | ${n(figures.allChartsMs.app)} | ${n(figures.allChartsMs.reference)} | ${x(figures.allChartsMs.app, figures.allChartsMs.reference)} | ${n(figures.allChartsMs.synthetic)} | ${x(figures.allChartsMs.synthetic, figures.allChartsMs.app)} |`,
  `| filter change → charts in view redrawn, p50 / p95 (ms) | ${n(figures.filterP50Ms)} / ${n(figures.filterP95Ms)} | | | | |`,
  `| PNG export at 2× (ms) | ${n(figures.pngMs)}${exportInfo?.png ? ` (${exportInfo.png.size} px)` : ''} | | | | |`,
  `| export all, ZIP (ms) | ${n(figures.exportAllMs)}${exportInfo?.all ? ` (${exportInfo.all.kB.toFixed(0)} kB)` : ''} | | | | |`,
  `| JS heap after GC, before → after ${SOAK_FILTERS} filter changes + ${SOAK_CYCLES} present/leave (MB) | ${soakResult.before.toFixed(2)} → ${soakResult.after.toFixed(2)} (${soakResult.growth >= 0 ? '+' : ''}${soakResult.growth.toFixed(2)}); ECharts instances ${soakResult.live} for ${soakResult.charts} charts | | | | |`,
  '',
  '| budget | measured | result |',
  '| --- | ---: | --- |',
  ...budgets.map(
    (b) =>
      `| ${b.name} | ${b.value === null ? 'n/a (export not built)' : b.value.toFixed(b.limit < 1 ? 3 : b.limit < 10 ? 2 : 0)} | ${b.result} |`,
  ),
  '',
  '| first-view chunk (dashboard, run 1) | raw kB | gzip kB |',
  '| --- | ---: | ---: |',
  ...[...first.app.scripts]
    .sort((a, b) => b.gzip - a.gzip)
    .map((s) => `| ${s.file} | ${kB(s.raw).toFixed(1)} | ${kB(s.gzip).toFixed(1)} |`),
  ...[...first.reference.scripts].map((s) => `| reference: ${s.file} | ${kB(s.raw).toFixed(1)} | ${kB(s.gzip).toFixed(1)} |`),
  '',
  `Dashboard run 1, what was fetched before the first chart (${first.app.firstChart.toFixed(0)} ms), ms since navigation start:`,
  ...first.app.waterfall.map((r) => `  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${r.file}`),
];
console.log(`\n${lines.join('\n')}`);
writeFileSync(
  join(OUT, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version }, runs: RUNS, dataFiles, figures, budgets, exports: exportInfo, soak: soakResult, lighthouse, samples: runs }, null, 2)}\n`,
);
console.log(`\nwrote ${join(OUT, 'bench.json')}`);
if (STRICT && budgets.some((b) => b.result === 'MISS')) process.exit(1);
