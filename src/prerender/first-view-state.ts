import type { DehydratedState } from '@tanstack/react-query';
import { rememberValidatedFile } from '@/data/known-files';

/** The query data a first view was rendered from, and the hash of the text of each data file it read. */
export interface FirstViewState extends DehydratedState {
  fileHashes?: Record<string, string>;
}

/** The attribute on the root element naming the prerendered first view's query data (scripts/vite-plugin-prerender.ts). */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';

/** The address of the first view's query data, when the root holds a prerendered first view. */
export function firstViewStateUrl(root: Element): string | null {
  return root.firstElementChild ? root.getAttribute(FIRST_VIEW_ATTRIBUTE) : null;
}

/** Loads the query data the first view was rendered from; null when it cannot be had (then the app renders afresh). */
export async function loadFirstViewState(url: string, fetcher: typeof fetch = fetch): Promise<FirstViewState | null> {
  try {
    const response = await fetcher(url);
    if (!response.ok) return null;
    const state = (await response.json()) as FirstViewState;
    return Array.isArray(state?.queries) ? state : null;
  } catch {
    return null;
  }
}

/**
 * Notes the data files the first view was built from (checked at build time) with their hashes:
 * loading one again, the same text is not parsed and checked again.
 */
export function rememberFirstViewFiles(state: FirstViewState): void {
  for (const query of state.queries) {
    const [scope, file] = query.queryKey;
    const hash = typeof file === 'string' ? state.fileHashes?.[file] : undefined;
    if (scope === 'data' && hash !== undefined && query.state.status === 'success')
      rememberValidatedFile(file as string, hash, query.state.data);
  }
}
