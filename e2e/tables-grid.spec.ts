import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { download } from './export-helpers';
import { expect, test } from './fixtures';
import { must } from './must';

/** Opens the data table of every chart panel (the "数据表" / "Data table" toggle). */
async function openEveryTable(page: Page, name: string) {
  const toggles = page.locator('.panel--chart').getByRole('button', { name, exact: true });
  const count = await toggles.count();
  expect(count).toBeGreaterThan(15);
  // One click each, in one round trip: thirty clicks through the protocol are slow on a busy machine.
  await toggles.evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLButtonElement).click()));
  await expect(page.locator('.data-table--adaptive')).toHaveCount(count);
}

interface TableReport {
  panel: string;
  layout: string;
  narrowColumns: string[];
  clipped: string[];
}

/** For every visible table: its layout, its columns narrower than 4em, and the cells whose text is clipped. */
function inspectTables(page: Page): Promise<TableReport[]> {
  return page.locator('.data-table--adaptive').evaluateAll((tables) =>
    tables.map((table) => {
      const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const headers = [...table.querySelectorAll('thead th')].filter((th) => getComputedStyle(th).display !== 'none');
      const cells = [...table.querySelectorAll('tbody th, tbody td')].filter((c) => getComputedStyle(c).display !== 'none');
      const describe = (el: Element) => `${el.tagName} ${(el.textContent ?? '').slice(0, 20)}`;
      const layout = getComputedStyle(table).display;
      return {
        panel: table.closest('[data-panel]')?.getAttribute('data-panel') ?? '',
        layout,
        // In a stacked table every cell takes the card's width; its columns are the table's columns.
        narrowColumns: layout === 'table' ? headers.filter((th) => th.getBoundingClientRect().width < 4 * em(th) - 0.5).map(describe) : [],
        clipped: [...cells, ...headers].filter((c) => c.scrollWidth > c.clientWidth + 1).map(describe),
      };
    }),
  );
}

for (const { lang, query, toggle } of [
  { lang: 'zh', query: '', toggle: '数据表' },
  { lang: 'en', query: '?lang=en', toggle: 'Data table' },
]) {
  test(`desktop ${lang}: every table column is at least 4em wide and no cell is clipped`, async ({ dashboard, page }) => {
    await dashboard.open(query);
    await openEveryTable(page, toggle);
    const reports = await inspectTables(page);
    for (const report of reports) {
      expect(report.narrowColumns, report.panel).toEqual([]);
      expect(report.clipped, report.panel).toEqual([]);
    }
    // A card that spans the row shows a real table; three cards a row show stacked rows.
    expect(reports.find((r) => r.panel === 'digital-revenue-growth')?.layout).toBe('table');
    expect(reports.find((r) => r.panel === 'tech-centres')?.layout).toBe('block');
    // No table scrolls sideways inside its card.
    const overflowing = await page
      .locator('.data-table--adaptive')
      .evaluateAll((tables) => tables.filter((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth + 1).length);
    expect(overflowing).toBe(0);
  });
}

test('desktop: a narrow card opens its full table in a dialog, sortable', async ({ dashboard, page }) => {
  await dashboard.open();
  const panel = dashboard.panel('petitions-by-district');
  await panel.getByRole('button', { name: '数据表' }).click();
  await panel.getByRole('button', { name: '展开表格' }).click();
  const dialog = page.getByRole('dialog', { name: /第二十批信访举报件/ });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(16);
  expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('table');
  await table.getByRole('button', { name: '数值' }).click();
  await expect(table.locator('tbody tr').first().locator('th')).toContainText('滨海新区');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The sort carries over to the card's table.
  await expect(panel.getByRole('table').locator('tbody tr').first().locator('th')).toContainText('滨海新区');
});

test('phone: a table shows each row as a stacked, labelled list, without a scroll box of its own', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  const panel = page.locator('[data-panel="petitions-by-district"]');
  await panel.getByRole('button', { name: '数据表' }).click();
  const table = panel.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(16);
  const shape = await table.evaluate((t) => {
    const row = t.querySelector('tbody tr')!;
    const cells = [...row.querySelectorAll('td')].filter((c) => getComputedStyle(c).display !== 'none');
    const wrap = t.parentElement!;
    return {
      rowDisplay: getComputedStyle(row).display,
      labels: cells.map((c) => getComputedStyle(c, '::before').content),
      // Each cell is a line of its own, below the one before.
      stacked: cells.every((c, i, all) => {
        const above = all[i - 1];
        return !above || c.getBoundingClientRect().top >= above.getBoundingClientRect().bottom - 1;
      }),
      hiddenHeaders: [...t.querySelectorAll('thead th')].filter((th) => getComputedStyle(th).display === 'none').length,
      wrapScrolls: wrap.scrollHeight > wrap.clientHeight + 1 || wrap.scrollWidth > wrap.clientWidth + 1,
      clipped: [...t.querySelectorAll('tbody th, tbody td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
    };
  });
  expect(shape.rowDisplay).toBe('block');
  expect(shape.labels.slice(0, 2)).toEqual(['"数值"', '"单位"']);
  expect(shape.stacked).toBe(true);
  expect(shape.hiddenHeaders).toBeGreaterThan(0);
  expect(shape.wrapScrolls).toBe(false);
  expect(shape.clipped).toBe(0);
  // The sort buttons stay.
  await table.getByRole('button', { name: '数值' }).click();
  await expect(table.locator('tbody tr').first().locator('th')).toContainText('滨海新区');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});

test('cards of a row have equal heights, filled by their chart; a one-chart section spans the row', async ({ dashboard, page }) => {
  await dashboard.open();
  for (const id of await page.locator('.panel--chart').evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')!)))
    await dashboard.chartDrawn(id);
  const rows = await page.locator('.panel-grid').evaluateAll((grids) =>
    grids.map((grid) => {
      const panels = [...grid.children] as HTMLElement[];
      const byTop = new Map<number, { id: string; height: number; empty: number }[]>();
      for (const panel of panels) {
        const box = panel.getBoundingClientRect();
        const last = panel.lastElementChild!.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(panel).paddingBottom) + parseFloat(getComputedStyle(panel).borderBottomWidth);
        const top = Math.round(box.top);
        byTop.set(top, [
          ...(byTop.get(top) ?? []),
          { id: panel.dataset.panel!, height: box.height, empty: box.bottom - padding - last.bottom },
        ]);
      }
      return { width: grid.getBoundingClientRect().width, rows: [...byTop.values()] };
    }),
  );
  for (const grid of rows)
    for (const row of grid.rows) {
      const heights = row.map((p) => p.height);
      expect(Math.max(...heights) - Math.min(...heights), row.map((p) => p.id).join(', ')).toBeLessThanOrEqual(2);
      // No card is left with empty space below its footer.
      for (const panel of row) expect(panel.empty, panel.id).toBeLessThanOrEqual(4);
    }
  // The treemap and the donut grow with their tall neighbour rather than leaving space.
  const chartHeight = (id: string) => dashboard.chart(id).evaluate((el) => el.getBoundingClientRect().height);
  const [bar, treemap] = await Promise.all([chartHeight('petitions-by-district'), chartHeight('petitions-by-channel')]);
  expect(treemap).toBeGreaterThan(300);
  expect(Math.abs(bar - treemap)).toBeLessThan(120);

  for (const theme of ['data-economy', 'sco-forum', 'dongli']) {
    const section = page.locator(`[data-theme-section="${theme}"]`);
    const grid = await section.locator('.panel-grid').evaluate((el) => el.getBoundingClientRect().width);
    const chart = await section.locator('.panel--chart').evaluate((el) => el.getBoundingClientRect().width);
    expect(chart, theme).toBeGreaterThan(grid - 2);
  }
});

test('three headline tiles fill their card', async ({ dashboard, page }) => {
  await dashboard.open();
  await expect(page.locator('[data-panel="sco-headlines"] .kpi-tile')).toHaveCount(3);
  const fill = await page.locator('.panel--kpi .kpi-grid').evaluateAll((grids) =>
    grids.map((grid) => {
      const tiles = [...grid.children].map((t) => t.getBoundingClientRect());
      return { tiles: tiles.length, right: Math.max(...tiles.map((t) => t.right)), gridRight: grid.getBoundingClientRect().right };
    }),
  );
  const few = fill.filter((grid) => grid.tiles <= 3);
  expect(few.length).toBeGreaterThan(0);
  // The tiles share the row: the last one ends where the card's content ends.
  for (const grid of fill) expect(grid.gridRight - grid.right).toBeLessThan(2);
});

test('the 2020 baseline filter shows the baseline on the headline tiles', async ({ dashboard, page }) => {
  await dashboard.open();
  const output = page.locator('[data-figure="industry.output-value"]');
  await expect(output.locator('.kpi-value')).toHaveText('2.2万亿元');
  await page.getByRole('group', { name: '时期' }).getByRole('button', { name: '2020年基数' }).click();
  await expect(output.locator('.kpi-value')).toHaveText('1.7万亿元');
  await expect(output.locator('.kpi-period')).toContainText('2020年');
  await expect(output.locator('.kpi-result')).toContainText('2.2万亿元');
  await expect(page.locator('[data-figure="industry.tech-centres"] .kpi-value')).toHaveText(/646/);
});

test('a selection says how many charts highlight it, and clears from the notice', async ({ dashboard, page }) => {
  await dashboard.open('?sel=petitions.b20.district.dongli');
  const notice = page.locator('.selection-notice');
  await expect(notice).toContainText('已选：');
  const linked = await page.locator('.panel.is-linked').count();
  expect(linked).toBeGreaterThan(1);
  await expect(notice).toContainText(`在${linked}个图表中突出显示`);
  const box = await notice.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
  await notice.getByRole('button', { name: '取消选择' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.panel.is-linked')).toHaveCount(0);
});

test('phone: theme chips that scroll sideways show a hint that there are more', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  const scroller = page.locator('.chip-scroller');
  await expect(scroller).toHaveAttribute('data-more-after', 'true');
  await expect(scroller.locator('.chip-more--after')).toHaveCSS('opacity', '1');
  await scroller.locator('.theme-chips').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(scroller).not.toHaveAttribute('data-more-after', 'true');
  await expect(scroller).toHaveAttribute('data-more-before', 'true');
  await context.close();
});

test('export options say the final pixel size; the ZIP holds the headline tiles', async ({ dashboard, page }) => {
  await dashboard.open('?themes=dongli');
  await page.getByRole('button', { name: '批量导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出当前视图' });
  await dialog.getByLabel('倍率').selectOption('2');
  await dialog.getByLabel('尺寸').selectOption('slide');
  await expect(dialog.locator('select').nth(2).locator('option[value="slide"]')).toHaveText('16:9 幻灯片 · 3840×2160 像素（2×）');
  await expect(dialog.locator('.export-final-size-value')).toHaveText('3840×2160 像素（2×）');
  const file = await download(page, () => dialog.getByRole('button', { name: /ZIP/ }).click());
  const entries = unzipSync(new Uint8Array(file.bytes));
  const manifest = JSON.parse(strFromU8(must(entries['manifest.json'], 'manifest.json in the ZIP')));
  expect(manifest.headlines).toHaveLength(1);
  const csvPath = manifest.headlines[0].files.csv as string;
  expect(csvPath).toMatch(/^tiles\/01_.+\.csv$/);
  expect(manifest.files).toContain(csvPath);
  expect(manifest.headlinesNote).toContain('tiles/');
  const csv = strFromU8(must(entries[csvPath], `${csvPath} in the ZIP`));
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + manifest.headlines[0].figures.length);
});
