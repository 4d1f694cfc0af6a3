import type { Page, Route } from '@playwright/test';

/**
 * Serves a data file changed by `change` (its parsed JSON), or as raw text when `change` returns a string.
 * A request the page abandons while it is being changed (a reload during the app's own revalidation)
 * is left alone: the page no longer waits for it, so there is nothing to answer.
 */
export async function serveChanged(page: Page, file: string, change: (json: any) => unknown) {
  await page.route(`**/data/${file}`, async (route: Route) => {
    let response: Awaited<ReturnType<Route['fetch']>>;
    let json: unknown;
    try {
      response = await route.fetch();
      json = await response.json();
    } catch (error) {
      if (abandoned(error)) return;
      throw error;
    }
    const changed = change(json);
    await route
      .fulfill({
        response,
        body: typeof changed === 'string' ? changed : JSON.stringify(json),
        headers: { 'content-type': 'application/json' },
      })
      .catch((error: unknown) => {
        if (!abandoned(error)) throw error;
      });
  });
}

function abandoned(error: unknown): boolean {
  return /disposed|closed|Route is already handled|net::ERR_ABORTED/i.test(String(error));
}
