import { expect, test } from './fixtures';
import { serveChanged } from './serve-changed';

const sourceById = (json: any, id: string) => json.sources.find((s: { id: string }) => s.id === id);
const figureById = (json: any, id: string) => json.figures.find((f: { id: string }) => f.id === id);

/** Cited only by the GDP trend chart. */
const TREND_ONLY_SOURCE = 'hksar-bjo-tianjin-economy-2024';

test.describe('sources degrade record by record', () => {
  test('one bad source record fails only the panels citing it; tiles and other charts draw; the sources list says what failed', async ({
    page,
    dashboard,
  }) => {
    await serveChanged(page, 'sources.json', (json) => void (sourceById(json, TREND_ONLY_SOURCE).title.zh = ''));
    await dashboard.open();

    const failed = dashboard.panel('trend-gdp').getByRole('alert');
    await expect(failed).toContainText(`sources.json: sources.`);
    await expect(failed).toContainText(`title.zh: must not be empty (source ${TREND_ONLY_SOURCE}, cited by figure`);

    // Tiles (plain HTML) and charts whose sources are fine draw.
    await expect(dashboard.panel('industry-headlines').locator('.kpi-tile').first()).toBeVisible();
    await expect(dashboard.panel('industry-headlines').getByRole('alert')).toHaveCount(0);
    await dashboard.chartDrawn('industry-output');
    await dashboard.chartDrawn('trend-gdp-growth');
    await expect(page.locator('.panel').getByRole('alert')).toHaveCount(1);

    const list = page.locator('#sources');
    await expect(list.locator(`[data-rejected-source="${TREND_ONLY_SOURCE}"]`)).toContainText('title.zh: must not be empty');
    await expect(list.locator('li[data-source]')).toHaveCount(26);
  });

  test('a javascript: link is shown as text, never as a link', async ({ page, dashboard }) => {
    await serveChanged(page, 'sources.json', (json) => void (sourceById(json, TREND_ONLY_SOURCE).url = 'javascript:alert(1)'));
    await dashboard.open();
    await dashboard.chartDrawn('trend-gdp');
    await expect(page.locator('a[href^="javascript" i]')).toHaveCount(0);
    await expect(dashboard.panel('trend-gdp').getByRole('alert')).toHaveCount(0);
    await expect(dashboard.panel('trend-gdp').locator(`.source-line [data-source="${TREND_ONLY_SOURCE}"] .source-url--text`)).toHaveText(
      'javascript:alert(1)',
    );
    await expect(page.locator(`#sources li[data-source="${TREND_ONLY_SOURCE}"] [data-rejected-url]`)).toContainText('javascript:alert(1)');
  });
});

test.describe('implausible values and long texts', () => {
  test('a share of 250% gives an error card naming the figure and the field', async ({ page, dashboard }) => {
    await serveChanged(page, 'dongli.json', (json) => void (figureById(json, 'dongli.chain-share').value = 250));
    await dashboard.open();
    await expect(dashboard.panel('dongli-share').getByRole('alert')).toContainText(
      /dongli\.json: figures\.\d+\.value: 250 is not plausible for a share in % \(allowed 0–100\) \(figure dongli\.chain-share\)/,
    );
    await dashboard.chartDrawn('industry-output');
  });

  test('GDP of 1e308 is refused', async ({ page, dashboard }) => {
    await serveChanged(page, 'dongli.json', (json) => void (figureById(json, 'dongli.chain-output').value = 1e308));
    await dashboard.open();
    await expect(dashboard.panel('dongli-headlines').getByRole('alert')).toContainText(
      /figures\.\d+\.value: 1e\+308 is not plausible for an amount in 亿元 \(allowed .*\) \(figure dongli\.chain-output\)/,
    );
  });

  for (const [what, file, figure, panel, chart] of [
    ['a chart label', 'petitions.json', 'petitions.b20.district.binhai', 'petitions-by-district', true],
    ['a tile name', 'industry.json', 'industry.key-projects-completed', 'industry-headlines', false],
  ] as const) {
    test(`a 2,000-character name in ${what} keeps its panel under 1.5× its height; the table keeps it whole`, async ({
      page,
      dashboard,
    }) => {
      const height = async () => {
        if (chart) await dashboard.chartDrawn(panel);
        else await expect(dashboard.panel(panel).locator('.kpi-tile').first()).toBeVisible();
        return (await dashboard.panel(panel).boundingBox())!.height;
      };
      await dashboard.open();
      const normal = await height();
      const long = '长'.repeat(2000);
      await serveChanged(page, file, (json) => {
        const f = figureById(json, figure);
        f.name.zh = long;
        if (f.label) f.label.zh = long;
      });
      await page.reload();
      const stretched = await height();
      expect(stretched).toBeLessThan(normal * 1.5);
      if (chart) {
        await dashboard.panel(panel).getByRole('button', { name: '数据表' }).click();
        await expect(dashboard.panel(panel).locator(`tr[data-figure="${figure}"] th`)).toHaveText(long);
      }
    });
  }
});

test.describe('the view and the URL agree', () => {
  test('a filter that leaves no slides shows an empty-deck message, not "1 / 0", and the URL stays sensible', async ({ page }) => {
    await page.goto('/?slide=3&q=nothingmatchesthis');
    const deck = page.locator('.deck');
    await expect(deck.locator('.slide-empty')).toContainText('没有可演示的幻灯片');
    await expect(deck).not.toContainText('1 / 0');
    await expect(page).toHaveURL(/\?q=nothingmatchesthis&slide=1$/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?q=nothingmatchesthis&slide=1$/);
    await expect(deck.locator('.slide-empty')).toBeVisible();
  });

  test('an unknown panel and an unknown selection leave the URL once the data says they do not exist', async ({ page, dashboard }) => {
    await dashboard.open('?sel=nothing.here');
    await expect(page.locator('.panel--chart').first()).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/?slide=2&only=nope');
    await expect(page.locator('.deck')).toHaveAttribute('data-deck-slide', '2');
    await expect(page).toHaveURL(/\?slide=2$/);
    // The broken link is replaced, not kept behind Back.
    await page.goBack();
    await expect(page).not.toHaveURL(/only=nope/);
  });

  test('a query of only invisible characters is treated as empty', async ({ page, dashboard }) => {
    await dashboard.open('?q=%E2%80%8B');
    await expect(page.locator('.panel--chart').first()).toBeVisible();
    await expect(page.locator('.empty-state')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '重置筛选' })).toHaveCount(0);
    await dashboard.open();
    await page.getByRole('searchbox').fill('\u200B\u2060');
    await expect(page.locator('.empty-state')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '重置筛选' })).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });
});
