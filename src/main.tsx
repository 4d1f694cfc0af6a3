import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { DataFileError } from './data/problems';
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

// A presenter view (opened from presenter mode) is this page with #speaker.
const SpeakerView = lazy(() => import('./present/speaker-view'));
const isSpeakerView = window.location.hash === '#speaker';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {isSpeakerView ? (
        <Suspense fallback={null}>
          <SpeakerView />
        </Suspense>
      ) : (
        <App />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
