import type { DehydratedState } from '@tanstack/react-query';

/** The attribute on the root element naming the prerendered first view's query data (scripts/vite-plugin-prerender.ts). */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';

/** The address of the first view's query data, when the root holds a prerendered first view. */
export function firstViewStateUrl(root: Element): string | null {
  return root.firstElementChild ? root.getAttribute(FIRST_VIEW_ATTRIBUTE) : null;
}

/** Loads the query data the first view was rendered from; null when it cannot be had (then the app renders afresh). */
export async function loadFirstViewState(url: string, fetcher: typeof fetch = fetch): Promise<DehydratedState | null> {
  try {
    const response = await fetcher(url);
    if (!response.ok) return null;
    const state = (await response.json()) as DehydratedState;
    return Array.isArray(state?.queries) ? state : null;
  } catch {
    return null;
  }
}
