import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { must } from './must';

/** A plan for 2026–2030 with made-up figures (test data, never shipped): see fixtures/plan-2026/README.md. */
const FIXTURE = fileURLToPath(new URL('./fixtures/plan-2026', import.meta.url));

/**
 * Answers every data request from the fixture; a theme the fixture has no file for gets an empty
 * theme file (its section simply has no panels). No code is changed: only data/.
 */
async function serveFixture(page: Page, change: (file: string, json: unknown) => unknown = (_, json) => json) {
  await page.route('**/data/*.json', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    const path = join(FIXTURE, file);
    const json = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { theme: file.replace(/\.json$/, ''), figures: [] };
    await route.fulfill({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(change(file, json)) });
  });
}

test.describe('a new plan period is a data change', () => {
  test('the dashboard shows the 2026–2030 plan’s name, years and trend range from plan.json and panels.json', async ({
    dashboard,
    page,
    consoleErrors,
  }) => {
    await serveFixture(page);
    await dashboard.open();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('十五五');
    const headlines = dashboard.panel('fixture-headlines');
    await expect(headlines).toContainText('“十五五”时期（2026–2030年）工业发展得怎么样？');
    await expect(dashboard.panel('fixture-output')).toContainText('比“十四五”末（2025年）增长了多少？');
    await expect(dashboard.panel('fixture-output')).toContainText('2030年为1500亿元，2025年为1000亿元。');
    await expect(dashboard.panel('fixture-targets')).toContainText('结果320家，目标300家：已完成。');
    const trend = dashboard.panel('fixture-trend');
    await expect(trend).toContainText('2028、2030年未见全年数，留空。2030年目标4.5%：无可比结果。');
    // The yearly axis runs over the plan's baseline and years: 2025–2030, the gaps said out loud.
    const description = await dashboard.chartDescription('fixture-trend');
    for (const year of ['2025', '2026', '2027', '2028', '2029', '2030']) expect(description).toContain(year);
    expect(description).not.toContain('2020');
    // The shipped 2021–2025 panels are not shown.
    await expect(dashboard.panel('trend-gdp')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('in English too', async ({ dashboard, page }) => {
    await serveFixture(page);
    await dashboard.open('?lang=en');
    await expect(dashboard.panel('fixture-headlines')).toContainText('How did industry do in the 15th FYP period (2026–2030)?');
    await expect(dashboard.panel('fixture-trend')).toContainText(
      'No full-year figure for 2028 and 2030: left empty. The 2030 target is 4.5%: no comparable result.',
    );
  });

  test('a revised figure changes the words that cite it', async ({ dashboard, page }) => {
    await serveFixture(page, (file, json) => {
      if (file !== 'industry.json') return json;
      const data = json as { figures: { id: string; value: number; source: { clause: string } }[] };
      const firms = data.figures.find((f) => f.id === 'industry.fixture-firms')!;
      firms.value = 280;
      firms.source.clause = '测试企业280家';
      return data;
    });
    await dashboard.open();
    await expect(dashboard.panel('fixture-targets')).toContainText('结果280家，目标300家：未完成。');
  });

  test('a malformed panels.json shows what is wrong, not a blank page', async ({ dashboard, page }) => {
    await serveFixture(page, (file, json) => {
      if (file !== 'panels.json') return json;
      const data = json as { panels: { theme: string }[] };
      must(data.panels[1], 'a second panel in panels.json').theme = 'weather';
      return data;
    });
    await dashboard.open();
    await expect(page.getByRole('alert').filter({ hasText: 'panels.json' })).toContainText(
      'panels.json: panels.1.theme: unknown theme "weather" (panel fixture-output)',
    );
  });
});
