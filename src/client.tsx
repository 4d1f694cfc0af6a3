/**
 * The dashboard in the browser. A prerendered first view (scripts/vite-plugin-prerender.ts) is
 * hydrated with the query data it was rendered from, then every data file is loaded again from
 * the server: what changed is re-rendered and announced ("data updated"). Without one (a shared
 * view other than the default, the presenter view, the dev server) the app renders afresh.
 */
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app-root';
import { ChunkError } from './components/chunk-error';
import { ErrorBoundary } from './components/error-boundary';
import { importWithRetry } from './components/lazy-import';
import { loadChartCode } from './components/lazy-chart-host';
import { WIDE_SCREEN } from './components/use-near-screen';
import { sourcesQuery, themeQuery } from './data/queries';
import { THEME_IDS } from './data/themes';
import { applyDataUpdate } from './offline/apply-data-update';
import { registerServiceWorker } from './offline/register-service-worker';
import { isDefaultView } from './prerender/default-view';
import { firstViewStateUrl, loadFirstViewState, rememberFirstViewFiles } from './prerender/first-view-state';
import { whenIdle } from './prerender/idle';
import { revalidateDataFiles } from './prerender/revalidate';
import { createQueryClient } from './query-client';
import { useNoticeStore } from './state/notice-store';
import { initViewFromUrl } from './state/use-url-sync';
import { useViewStore } from './state/view-store';

// A presenter view (opened from presenter mode) is this page with #speaker.
const SpeakerView = lazy(() => importWithRetry(() => import('./present/speaker-view')));

function speakerTree(): ReactNode {
  return (
    <ErrorBoundary fallback={() => <ChunkError />}>
      <Suspense fallback={null}>
        <SpeakerView />
      </Suspense>
    </ErrorBoundary>
  );
}

function announceUpdates(files: string[]) {
  for (const file of files) useNoticeStore.getState().dataUpdated(file);
}

/** Hydrates the prerendered first view; then loads the data files again and shows what changed. */
function hydrateFirstView(root: HTMLElement, queryClient: QueryClient) {
  // Once the hydrated page is idle: the reader's first tap comes before it.
  const revalidate = () => whenIdle(() => void revalidateDataFiles(queryClient).then(announceUpdates));
  // In a transition, hydration yields to the browser between components: no long task.
  startTransition(() => {
    hydrateRoot(root, <AppRoot queryClient={queryClient} onCommitted={revalidate} />, {
      // A mismatch (it should not happen) is recorded, and React renders that part afresh.
      onRecoverableError: (error) => {
        document.documentElement.setAttribute('data-hydration-mismatch', '');
        console.warn('first view: hydration mismatch', error);
      },
    });
  });
}

function renderAfresh(root: HTMLElement, queryClient: QueryClient, speaker: boolean) {
  // The data files are requested now, not after the first render.
  void queryClient.prefetchQuery(sourcesQuery);
  for (const theme of THEME_IDS) void queryClient.prefetchQuery(themeQuery(theme));
  root.removeAttribute('data-first-view');
  createRoot(root).render(<AppRoot queryClient={queryClient}>{speaker ? speakerTree() : undefined}</AppRoot>);
}

export async function start(): Promise<void> {
  const root = document.getElementById('root')!;
  const queryClient = createQueryClient();
  // The shared view is in the store before the first render: no flash of the default view.
  initViewFromUrl();

  // After one visit the dashboard works offline; a data file changed on the server is reloaded
  // in place, with a notice. Only a copy that validates replaces the figures shown.
  registerServiceWorker((file) => {
    void applyDataUpdate(queryClient, file).then((applied) => applied && useNoticeStore.getState().dataUpdated(file));
  });

  const speaker = window.location.hash === '#speaker';
  // Wider than a phone a chart is on the first screen: its code is requested now, while the page
  // hydrates, not once the first chart has been laid out (a phone's first screen is headline figures).
  if (!speaker && window.matchMedia(WIDE_SCREEN).matches) loadChartCode();
  const stateUrl = firstViewStateUrl(root);
  const state = stateUrl && !speaker && isDefaultView(useViewStore.getState()) ? await loadFirstViewState(stateUrl) : null;
  if (state) {
    rememberFirstViewFiles(state);
    hydrate(queryClient, state);
    hydrateFirstView(root, queryClient);
  } else {
    renderAfresh(root, queryClient, speaker);
  }
}
