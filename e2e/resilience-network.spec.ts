import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { preview, type Plugin } from 'vite';
import { download } from './export-helpers';
import { expect, test } from './fixtures';
import { must } from './must';
import { scrollToCentre } from './scroll-to-centre';

const RELOAD_ADVICE = '新版本已发布或网络中断，请重新加载';
const DIST = process.env.E2E_DIST ?? 'dist';

/** Answers every request for a chunk with an error, counting them. */
async function failChunks(page: Page, pattern: string, status = 404): Promise<() => number> {
  let count = 0;
  await page.route(pattern, (route) => {
    count++;
    return route.fulfill({ status, contentType: 'text/plain', body: 'gone' });
  });
  return () => count;
}

test.describe('a lazy chunk that cannot be loaded', () => {
  test('presenter mode after a new deployment: a message with a reload button, and the dashboard stays', async ({ dashboard, page }) => {
    const requests = await failChunks(page, '**/assets/deck-*.js');
    await dashboard.open();
    await expect(dashboard.panel('compute-headlines').locator('.kpi-tile').first()).toBeVisible();
    await page.getByRole('button', { name: '演示', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: RELOAD_ADVICE });
    await expect(alert).toBeVisible();
    // The button the reader pressed has gone with the deck's loading screen: focus is on the way out.
    await expect(alert.getByRole('button', { name: '重新加载' })).toBeFocused();
    // Tried once more before giving up.
    expect(requests()).toBeGreaterThanOrEqual(2);
    // The dashboard is still there, and works.
    await expect(page.locator('.deck')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    await expect(dashboard.panel('compute-headlines').locator('.kpi-tile').first()).toBeVisible();
    await expect(page).not.toHaveURL(/slide=/);
    await dashboard.chartDrawn('compute-capacity');
  });

  test('ECharts: each chart says so with a retry, headline tiles still show, and the retry draws them', async ({ dashboard, page }) => {
    await failChunks(page, '**/assets/echarts-*.js', 503);
    await dashboard.open();
    await expect(dashboard.panel('compute-headlines').locator('.kpi-tile:not(.kpi-tile--skeleton)').first()).toBeVisible();
    // Charts draw as they near the screen: scrolled to, this one says why it cannot.
    await scrollToCentre(dashboard.panel('compute-capacity'));
    const chartAlert = dashboard.panel('compute-capacity').getByRole('alert');
    await expect(chartAlert).toContainText(RELOAD_ADVICE);
    await expect(chartAlert.getByRole('button', { name: '重新加载' })).toBeVisible();
    // The rest of the panel is there: its note, sources and data table.
    await expect(dashboard.panel('compute-capacity').locator('.source-line')).toContainText('来源');

    await page.unroute('**/assets/echarts-*.js');
    await chartAlert.getByRole('button', { name: '重试' }).click();
    await dashboard.chartDrawn('compute-capacity');
    // One retry loads ECharts for every chart.
    await dashboard.chartDrawn('petitions-by-district');
    await expect(page.locator('[data-chunk-error]')).toHaveCount(0);
  });

  test('exports: the export menu gives the reload advice, not the raw import error', async ({ dashboard, page }) => {
    await failChunks(page, '**/assets/export-actions-*.js');
    await dashboard.open();
    await dashboard.chartDrawn('compute-capacity');
    await dashboard.panel('compute-capacity').getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'CSV 数据' }).click();
    await expect(dialog.getByRole('status')).toHaveText(`导出失败：${RELOAD_ADVICE}`);
    await expect(dialog).not.toContainText('dynamically imported module');
  });
});

test.describe('a data file that does not answer', () => {
  test('while the data file is checked the prerendered figures stay; after 15 s it times out with the error card, and the retry loads it', async ({
    dashboard,
    page,
  }) => {
    await page.clock.install();
    const held: Route[] = [];
    let hold = true;
    await page.route('**/data/compute.json', (route) => (hold ? void held.push(route) : route.continue()));
    await dashboard.open();
    await expect.poll(() => held.length).toBeGreaterThan(0);
    const panel = dashboard.panel('compute-capacity');
    // (The page's clock also runs on its own: no check of the first 3 s on a busy machine.)
    await page.clock.runFor(3_500);
    // The page was drawn from the build's copy of the file: its figures stay while the server's is awaited.
    await expect(dashboard.panel('compute-headlines').locator('.kpi-number').first()).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);

    await page.clock.runFor(12_000);
    await expect(panel.getByRole('alert')).toContainText('compute.json: request timed out');
    await expect(dashboard.panel('compute-headlines').getByRole('alert')).toContainText('timed out');
    // Other panels are untouched.
    await dashboard.chartDrawn('petitions-by-district');
    await expect(dashboard.panel('petitions-by-district').getByRole('alert')).toHaveCount(0);

    hold = false;
    for (const route of held) await route.abort().catch(() => undefined);
    await panel.getByRole('alert').getByRole('button', { name: '重试' }).click();
    await dashboard.chartDrawn('compute-capacity');
    await expect(dashboard.panel('compute-headlines').locator('.kpi-tile:not(.kpi-tile--skeleton)').first()).toBeVisible();
  });
});

test.describe('export all when a data file failed', () => {
  test('the dialog warns and the manifest lists the missing file and why', async ({ dashboard, page }) => {
    await page.route('**/data/compute.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await dashboard.open('?themes=compute,sco-forum');
    await expect(dashboard.panel('compute-capacity').getByRole('alert')).toContainText('HTTP 404');
    await page.getByRole('button', { name: '批量导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出当前视图' });
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText('数据未能加载，导出内容不完整');
    await expect(warning).toContainText('compute.json');

    const file = await download(page, () => dialog.getByRole('button', { name: '全部图表（ZIP）' }).click());
    await expect(dialog.getByRole('status')).toContainText('不完整');
    const manifest = JSON.parse(strFromU8(must(unzipSync(new Uint8Array(file.bytes))['manifest.json'], 'manifest.json in the ZIP')));
    expect(manifest.missing).toHaveLength(1);
    expect(manifest.missing[0].file).toBe('compute.json');
    expect(manifest.missing[0].reason).toMatch(/HTTP 404/);
    expect(manifest.missing[0].panels).toEqual(expect.arrayContaining(['compute-headlines', 'compute-capacity']));
    // What did load is in the archive.
    expect(manifest.charts.map((c: { panel: string }) => c.panel)).toContain('sco-projects');
    expect(manifest.charts.map((c: { panel: string }) => c.panel)).not.toContain('compute-capacity');
  });
});

/**
 * A server of its own for a service-worker test: the build as it is, except the data files and
 * pages `override` answers (by path) at the moment of the request.
 */
async function serveWithOverrides(port: number, override: (path: string) => { type: string; body: string; status?: number } | undefined) {
  const plugin: Plugin = {
    name: 'test-overrides',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const answer = override((req.url ?? '').split('?')[0] ?? '');
        if (!answer) return next();
        res.statusCode = answer.status ?? 200;
        res.setHeader('Content-Type', answer.type);
        res.setHeader('Cache-Control', 'no-cache');
        res.end(answer.body);
      });
    },
  };
  return preview({
    build: { outDir: DIST },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
    plugins: [plugin],
  });
}

async function visitOnce(page: Page, origin: string) {
  await page.goto(`${origin}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe('the service worker keeps good copies', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a truncated data file on the server does not replace the cached good one, and no "data updated"', async ({ page, dashboard }) => {
    const good = readFileSync(join(DIST, 'data', 'sco-forum.json'), 'utf8');
    let truncated = false;
    let servedTruncated = 0;
    const port = Number(process.env.E2E_PORT ?? 4173) + 210;
    const server = await serveWithOverrides(port, (path) => {
      if (path !== '/data/sco-forum.json' || !truncated) return undefined;
      servedTruncated++;
      return { type: 'application/json', body: good.slice(0, 400) };
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      await visitOnce(page, origin);
      expect(await dashboard.chartDescription('sco-projects')).toContain('21个');

      truncated = true;
      await page.reload();
      await expect.poll(() => servedTruncated).toBeGreaterThan(0);
      expect(await dashboard.chartDescription('sco-projects')).toContain('21个');
      // Once more: what the service worker now has cached is still the good copy.
      await page.reload();
      await expect.poll(() => servedTruncated).toBeGreaterThan(1);
      expect(await dashboard.chartDescription('sco-projects')).toContain('21个');
      await expect(dashboard.panel('sco-projects').getByRole('alert')).toHaveCount(0);
      await expect(page.getByText('数据已更新')).toHaveCount(0);
      const cached = await page.evaluate(async () => (await (await caches.open('data')).match('data/sco-forum.json'))?.text());
      expect(cached).toBe(good);
    } finally {
      await server.close();
    }
  });

  test('a tab open during a deployment still opens presenter mode from its own cached chunks, until it is gone', async ({ page }) => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    // The next deployment: a new service worker whose build no longer has this build's deck chunks.
    const nextSw = sw.replace(/self\.VERSION = "([^"]+)"/, 'self.VERSION = "next-$1"').replace(/"assets\/deck-[^"]+",?/g, '');
    let deployed = false;
    const port = Number(process.env.E2E_PORT ?? 4173) + 212;
    const server = await serveWithOverrides(port, (path) => {
      if (!deployed) return undefined;
      if (path === '/sw.js') return { type: 'text/javascript', body: nextSw };
      if (path.startsWith('/assets/deck-')) return { type: 'text/plain', body: '', status: 404 };
      return undefined;
    });
    const appCaches = () => page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('app-')));
    try {
      const origin = `http://127.0.0.1:${port}`;
      await visitOnce(page, origin);
      await expect.poll(appCaches).toHaveLength(1);
      const before = must((await appCaches())[0], 'the app cache of the first visit');

      deployed = true;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect.poll(appCaches).toEqual(expect.arrayContaining([before, `app-next-${before.slice('app-'.length)}`]));
      // The new worker is active and controls the tab (it claims open pages).
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return (
              !!registration?.active &&
              !registration.installing &&
              !registration.waiting &&
              navigator.serviceWorker.controller === registration.active
            );
          }),
        )
        .toBe(true);

      await page.getByRole('button', { name: '演示', exact: true }).click();
      await expect(page.locator('.deck')).toBeVisible();
      await expect(page.getByText(RELOAD_ADVICE)).toHaveCount(0);
      expect(await appCaches()).toContain(before);

      // A new page on the new version: no page of the old one is left, and its cache goes.
      await page.goto(`${origin}/?themes=compute`);
      await expect.poll(appCaches).toEqual([`app-next-${before.slice('app-'.length)}`]);
    } finally {
      await server.close();
    }
  });

  test('a data file opened in the tab is not cached as the app page', async ({ page, context }) => {
    const port = Number(process.env.E2E_PORT ?? 4173) + 211;
    const server = await serveWithOverrides(port, () => undefined);
    try {
      const origin = `http://127.0.0.1:${port}`;
      await visitOnce(page, origin);
      await page.goto(`${origin}/data/sources.json`);
      await expect(page.locator('body')).toContainText('"sources"');
      const cachedPage = await page.evaluate(async () => (await caches.match('/index.html'))?.headers.get('content-type'));
      expect(cachedPage).toContain('text/html');
      await context.setOffline(true);
      await page.goto(`${origin}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津“十四五”规划指标看板');
    } finally {
      await context.setOffline(false);
      await server.close();
    }
  });
});
