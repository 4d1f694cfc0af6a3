import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ChunkError } from './components/chunk-error';
import { ErrorBoundary } from './components/error-boundary';
import { importWithRetry } from './components/lazy-import';
import { DataFileError } from './data/problems';
import { sourcesQuery, themeQuery } from './data/queries';
import { THEME_IDS } from './data/themes';
import { applyDataUpdate } from './offline/apply-data-update';
import { registerServiceWorker } from './offline/register-service-worker';
import { useNoticeStore } from './state/notice-store';
import { initViewFromUrl } from './state/use-url-sync';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A missing or invalid file will fail again: retry only what may pass (network, server errors).
      retry: (failureCount, error) => (!(error instanceof DataFileError) || error.transient) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// The shared view is in the store before the first render: no flash of the default view.
initViewFromUrl();

// The data files are requested now, not after the first render.
void queryClient.prefetchQuery(sourcesQuery);
for (const theme of THEME_IDS) void queryClient.prefetchQuery(themeQuery(theme));

// After one visit the dashboard works offline; a data file changed on the server is reloaded
// in place, with a notice.
registerServiceWorker((file) => {
  // Only a copy that validates replaces the figures shown, and only then is the reader told.
  void applyDataUpdate(queryClient, file).then((applied) => applied && useNoticeStore.getState().dataUpdated(file));
});

// A presenter view (opened from presenter mode) is this page with #speaker.
const SpeakerView = lazy(() => importWithRetry(() => import('./present/speaker-view')));
const isSpeakerView = window.location.hash === '#speaker';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {isSpeakerView ? (
        <ErrorBoundary fallback={() => <ChunkError />}>
          <Suspense fallback={null}>
            <SpeakerView />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <App />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
