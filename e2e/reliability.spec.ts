import type { Page } from '@playwright/test';
import { drawEveryChart, expect, test } from './fixtures';
import { must } from './must';
import { serveChanged } from './serve-changed';
import { scrollToCentre } from './scroll-to-centre';

const alertIn = (page: Page, panel: string) => page.locator(`[data-panel="${panel}"]`).getByRole('alert');

test.describe('bad data: a clear message where it matters, and nothing else breaks', () => {
  const cases: { name: string; file: string; change: (json: any) => unknown; panel: string; message: RegExp }[] = [
    {
      name: 'truncated JSON',
      file: 'compute.json',
      change: (json) => JSON.stringify(json).slice(0, 500),
      panel: 'compute-capacity',
      message: /compute\.json: is not valid JSON/,
    },
    {
      name: 'a wrong type',
      file: 'sco-forum.json',
      change: (json) => void (json.figures[1].value = '12'),
      panel: 'sco-projects',
      message: /sco-forum\.json: figures\.1\.value: must be a number \(figure sco-forum\.china-sco-projects\)/,
    },
    {
      name: 'a missing field',
      file: 'dongli.json',
      change: (json) => void delete json.figures[0].period,
      panel: 'dongli-share',
      message: /dongli\.json: figures\.0\.period: /,
    },
    {
      name: 'an unknown unit',
      file: 'green.json',
      change: (json) => void (json.figures[0].unit = 'furlongs'),
      panel: 'solid-waste',
      message: /green\.json: figures\.0\.unit: unknown unit "furlongs"/,
    },
    {
      name: 'an unknown theme',
      file: 'data-economy.json',
      change: (json) => void (json.theme = 'weather'),
      panel: 'digital-revenue-growth',
      message: /data-economy\.json: theme: unknown theme "weather"/,
    },
    {
      name: 'a negative count',
      file: 'petitions.json',
      change: (json) => void (json.figures.find((f: { id: string }) => f.id === 'petitions.b20.district.binhai').value = -15),
      panel: 'petitions-by-district',
      message: /petitions\.json: figures\.\d+\.value: a count cannot be negative \(-15\)/,
    },
    {
      name: 'a duplicate id',
      file: 'sco-forum.json',
      change: (json) => void (json.figures[2].id = json.figures[1].id),
      panel: 'sco-projects',
      message: /sco-forum\.json: figures\.2\.id: duplicate id "sco-forum\.china-sco-projects"/,
    },
    {
      name: 'a dangling reference',
      file: 'industry.json',
      change: (json) =>
        void (json.figures.find((f: { id: string }) => f.id === 'industry.above-size-firms-2020').formula.inputs.a = 'industry.gone'),
      panel: 'above-size-firms',
      message: /industry\.json: figures\.\d+\.formula\.inputs\.a: unknown figure "industry\.gone"/,
    },
  ];

  for (const c of cases) {
    test(c.name, async ({ dashboard, page }) => {
      await serveChanged(page, c.file, c.change);
      await dashboard.open();
      await expect(alertIn(page, c.panel)).toContainText(c.message);
      await expect(alertIn(page, c.panel).getByRole('button', { name: '重试' })).toBeVisible();
      // The other themes draw as usual.
      const fileTheme = must(c.file.split(/[.-]/)[0], `the theme at the start of ${c.file}`);
      for (const other of ['industry-output', 'petitions-by-type', 'sco-projects'].filter((id) => !id.startsWith(fileTheme)).slice(0, 2))
        await dashboard.chartDrawn(other);
    });
  }

  test('HTTP 404: the file is named, retry works once it is back', async ({ dashboard, page }) => {
    let broken = true;
    await page.route('**/data/sco-forum.json', (route) => (broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback()));
    await dashboard.open();
    await expect(alertIn(page, 'sco-projects')).toContainText('sco-forum.json: could not be loaded (HTTP 404)');
    await dashboard.chartDrawn('industry-output');
    broken = false;
    await alertIn(page, 'sco-projects').getByRole('button', { name: '重试' }).click();
    await dashboard.chartDrawn('sco-projects');
  });

  test('HTTP 500: retried, then named', async ({ dashboard, page }) => {
    let requests = 0;
    await page.route('**/data/dongli.json', (route) => {
      requests++;
      return route.fulfill({ status: 500, body: 'Server error' });
    });
    await dashboard.open();
    await expect(alertIn(page, 'dongli-share')).toContainText('dongli.json: could not be loaded (HTTP 500)', { timeout: 15_000 });
    expect(requests).toBe(3); // the first try and two retries
    await dashboard.chartDrawn('industry-output');
  });

  test('a slow network shows skeletons of the final size: no layout jump', async ({ dashboard, page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The data file and the chart code both wait: the panel shows its skeleton.
    for (const slow of ['**/data/petitions.json', '**/assets/echarts-*.js'])
      await page.route(slow, async (route) => {
        await held;
        await route.fallback();
      });
    await dashboard.open();
    const panel = dashboard.panel('petitions-by-district');
    // Near the screen, where a card is laid out (far from it, a card's height is an estimate).
    await scrollToCentre(panel);
    await expect(panel.locator('[aria-busy="true"]')).toBeVisible();
    // Positions in the page, not the viewport.
    const layout = () =>
      page.evaluate(() =>
        ['petitions-by-district', 'petitions-batch11'].map((id) => {
          const box = document.querySelector(`[data-panel="${id}"]`)!.getBoundingClientRect();
          return { top: Math.round(box.top + window.scrollY), height: Math.round(box.height) };
        }),
      );
    const before = await layout();
    release();
    await dashboard.chartDrawn('petitions-by-district');
    const after = await layout();
    for (const [i, box] of after.entries()) {
      const was = must(before[i], `the box of panel ${i} before the chart drew`);
      expect(Math.abs(box.top - was.top)).toBeLessThan(4);
      expect(Math.abs(box.height - was.height)).toBeLessThan(4);
    }
  });

  test('a chart whose builder throws shows that panel\u2019s error, nothing more', async ({ dashboard, page }) => {
    // Valid data, but a chart of two figures in different units: its builder refuses it.
    await serveChanged(page, 'sco-forum.json', (json) => void (json.figures[2].unit = 'xiang'));
    await dashboard.open();
    // A chart is built as it nears the screen: the reader who scrolls to it sees why it cannot draw.
    await scrollToCentre(dashboard.panel('sco-projects'));
    await expect(alertIn(page, 'sco-projects')).toContainText('one chart cannot mix units');
    await expect(page.locator('[data-figure="sco-forum.attendees"]')).toBeVisible();
    await dashboard.chartDrawn('dongli-share');
  });
});

test.describe('strings from data are never HTML', () => {
  test('markup in every string field is shown as text and never runs', async ({ dashboard, page }) => {
    const payload = '<img src=x onerror="window.__injected=1"><b>bold</b>';
    const poison = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string')
        return [
          'id',
          'theme',
          'unit',
          'qualifier',
          'type',
          'kind',
          'topic',
          'district',
          'date',
          'through',
          'total',
          'expr',
          'trust',
          'url',
          'basis',
        ].includes(key)
          ? value
          : value + payload;
      if (Array.isArray(value)) return value.map((v) => poison(v, key));
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'inputs' || k === 'members' ? v : poison(v, k)]));
      return value;
    };
    for (const file of ['petitions.json', 'sources.json', 'industry.json']) {
      await page.route(`**/data/${file}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: poison(await response.json()) });
      });
    }
    await dashboard.open();
    const bar = must((await dashboard.barCentres('petitions-by-district', [31, 95, 168]))[0], 'a bar in petitions-by-district');
    await page.mouse.move(bar.x, bar.y);
    const tooltip = dashboard.panel('petitions-by-district').locator('.chart-tooltip');
    await expect(tooltip).toContainText('<b>bold</b>');
    await dashboard.panel('tech-centres').getByRole('button', { name: '数据表' }).click();
    await expect(dashboard.panel('tech-centres').getByRole('table')).toContainText('<img src=x');
    await page.locator('[data-figure="industry.output-value"]').getByText('来源').click();
    await expect(page.locator('[data-figure="industry.output-value"] .kpi-details')).toContainText('<b>bold</b>');
    await expect(page.locator('#sources')).toContainText('<img src=x');
    expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });
});

test.describe('Content-Security-Policy', () => {
  test('the production page carries a strict policy and runs under it without violations', async ({ dashboard, page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await dashboard.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    await drawEveryChart(page);
    const bar = must((await dashboard.barCentres('petitions-by-district', [31, 95, 168]))[0], 'a bar in petitions-by-district');
    await page.mouse.move(bar.x, bar.y);
    await expect(dashboard.panel('petitions-by-district').locator('.chart-tooltip')).toBeVisible();
    await page.getByRole('button', { name: '演示', exact: true }).click();
    await expect(page.locator('.deck')).toBeVisible();
    expect(violations).toEqual([]);
  });
});
