/**
 * The first view rendered at build time (scripts/vite-plugin-prerender.ts): the app's own tree
 * and its own data queries, with the data files read from the build instead of fetched. The
 * browser hydrates this markup with the same query data (see src/client.tsx).
 */
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from './app-root';
import { provideValidators } from './data/queries';
import * as validators from './data/validators';
import { hashText } from './lib/hash-text';
import type { FirstViewState } from './prerender/first-view-state';
import { createQueryClient } from './query-client';

export interface FirstView {
  /** The markup of the root element's content. */
  html: string;
  /** The data queries the first view rendered from, to seed the browser's query cache, with the hash of each file's text. */
  state: FirstViewState;
}

/** Reads a data file of the build by name ("sources.json"); undefined when there is none. */
export type ReadDataFile = (name: string) => string | undefined;

const DATA_PATH = '/data/';

/** Answers the app's data requests (`fetch('/data/<file>')`) from the build's data files. */
export function dataFileFetch(read: ReadDataFile): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    // split always gives at least one part: the URL itself when it has no query.
    const [path = url] = url.split('?');
    const at = path.indexOf(DATA_PATH);
    const text = at >= 0 ? read(decodeURIComponent(path.slice(at + DATA_PATH.length))) : undefined;
    if (text === undefined) return new Response('Not found', { status: 404 });
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

/**
 * Renders until every query the tree asks for has its data: each pass may reveal queries of
 * panels that appear once others have loaded. Throws when a query fails: a first view is never
 * built from a broken data file.
 */
async function loadQueries(queryClient: QueryClient, render: () => string, maxPasses = 5): Promise<string> {
  for (let pass = 0; pass < maxPasses; pass++) {
    const html = render();
    const pending = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status !== 'success');
    if (pending.length === 0) return html;
    await Promise.all(pending.map((q) => queryClient.prefetchQuery({ queryKey: q.queryKey, queryFn: q.options.queryFn, retry: false })));
    const failed = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status === 'error');
    if (failed.length)
      throw new Error(`first view: ${failed.map((q) => `${JSON.stringify(q.queryKey)}: ${(q.state.error as Error).message}`).join('; ')}`);
  }
  throw new Error(`first view: queries still loading after ${maxPasses} passes`);
}

/** The first view with the default view settings, from the build's data files. */
export async function renderFirstView(read: ReadDataFile): Promise<FirstView> {
  provideValidators(validators);
  const realFetch = globalThis.fetch;
  const fileHashes: Record<string, string> = {};
  globalThis.fetch = dataFileFetch((name) => {
    const text = read(name);
    if (text !== undefined) fileHashes[name] = hashText(text);
    return text;
  });
  try {
    const queryClient = createQueryClient();
    const html = await loadQueries(queryClient, () => renderToString(<AppRoot queryClient={queryClient} />));
    return { html, state: { ...dehydrate(queryClient), fileHashes } };
  } finally {
    globalThis.fetch = realFetch;
  }
}
