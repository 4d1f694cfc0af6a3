import { useLayoutEffect } from 'react';
import { parseViewParams, serializeViewParams } from './url-state';
import { useViewStore, type ViewState } from './view-store';

let initialised = false;

/**
 * Loads the view from the address bar into the store.
 *
 * Call it in main.tsx before `createRoot(...).render(...)`, so that the very first render already
 * shows the shared view: no flash of the default view and no fetch for filters about to change.
 * useUrlSync calls it as a fallback (in a layout effect, still before the first paint); only the
 * first call reads the URL, so calling both is fine.
 */
export function initViewFromUrl(): void {
  if (initialised) return;
  initialised = true;
  useViewStore.getState().replaceView(parseViewParams(window.location.search));
}

/** Keeps the store and the URL in step: call once, in App. */
export function useUrlSync(): void {
  useLayoutEffect(() => {
    initViewFromUrl();
    const unsubscribe = useViewStore.subscribe(writeUrl);
    // Back/forward: take the view from the URL. The store change comes back through writeUrl,
    // which finds the URL already matching and does not push.
    const onPopState = () => useViewStore.getState().replaceView(parseViewParams(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

/** The absolute URL of the current view, for "Copy link". */
export function currentShareUrl(): string {
  const url = new URL(window.location.href);
  url.search = serializeViewParams(useViewStore.getState());
  return url.href;
}

let correcting = false;

/**
 * Changes the view to drop what the data says cannot be shown (an unknown selection or panel),
 * replacing the history entry rather than adding one: Back must not return to the broken link.
 */
export function correctView(change: Partial<ViewState>): void {
  correcting = true;
  try {
    useViewStore.setState(change);
  } finally {
    correcting = false;
  }
}

function writeUrl(view: ViewState): void {
  const next = serializeViewParams(view);
  const shown = parseViewParams(window.location.search);
  // Compare what the URLs mean, not their text: after going back to a hand-written URL
  // (stray parameters, themes out of order) the store already matches and must not push again.
  if (next === serializeViewParams(shown)) return;
  const { pathname, hash } = window.location;
  const url = `${pathname}${next ? `?${next}` : ''}${hash}`;
  // Typing on in the search box, or moving from slide to slide, replaces the entry (each
  // keystroke or slide would otherwise be one; a deck on auto-advance runs for hours).
  // Starting or clearing a search, and starting or leaving a presentation, push, so that Back
  // returns to the view before it.
  if (correcting || continuesSearch(shown, view) || continuesPresentation(shown, view)) {
    window.history.replaceState(window.history.state, '', url);
  } else {
    window.history.pushState(null, '', url);
  }
}

function continuesSearch(from: ViewState, to: ViewState): boolean {
  const withoutQuery = (v: ViewState): ViewState => ({ ...v, filters: { ...v.filters, query: '' } });
  return from.filters.query !== '' && to.filters.query !== '' && sameUrl(withoutQuery(from), withoutQuery(to));
}

function continuesPresentation(from: ViewState, to: ViewState): boolean {
  return from.slide !== null && to.slide !== null && sameUrl({ ...from, slide: 1 }, { ...to, slide: 1 });
}

function sameUrl(a: ViewState, b: ViewState): boolean {
  return serializeViewParams(a) === serializeViewParams(b);
}
