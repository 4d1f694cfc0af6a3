import { lazy, Suspense, useEffect, type ComponentProps } from 'react';
import { useChunkFailure } from '@/components/chunk-error';
import { ErrorBoundary } from '@/components/error-boundary';
import { importWithRetry } from '@/components/lazy-import';
import { useViewStore } from '@/state/view-store';
import { exitFullscreen } from './fullscreen';

// Presenter mode is loaded when a presentation starts, not with the dashboard.
const Deck = lazy(() => importWithRetry(() => import('./deck')));

/**
 * Presenter mode, loaded on demand. If its chunk cannot be loaded (a new version was deployed
 * and the old chunk is gone, or the network failed), the reader is taken back to the dashboard,
 * which says so and offers a reload.
 */
export function LazyDeck(props: ComponentProps<typeof Deck>) {
  return (
    <ErrorBoundary fallback={() => <DeckUnavailable />}>
      <Suspense fallback={<div className="deck-loading" aria-busy="true" />}>
        <Deck {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function DeckUnavailable() {
  useEffect(() => {
    useChunkFailure.getState().report();
    exitFullscreen();
    useViewStore.getState().stopPresenting();
  }, []);
  return <div className="deck-loading" />;
}
