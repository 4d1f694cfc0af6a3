import { DEFAULT_VIEW, type ViewState } from '@/state/view-store';

/** The view settings recorded in a view (not its actions). */
function settings(view: ViewState): string {
  return JSON.stringify((Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]).map((key) => view[key]));
}

/**
 * Whether a view is the one the first view was prerendered with (the default): only then does
 * the browser's first render match the prerendered markup, so that it can be hydrated.
 */
export function isDefaultView(view: ViewState): boolean {
  return settings(view) === settings(DEFAULT_VIEW);
}
