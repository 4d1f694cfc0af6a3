import type { ViewState } from './view-store';

/** What the loaded data knows: the figures that exist, and the panels. */
export interface KnownIds {
  /** Undefined until every data file has loaded: before that, a selection cannot be judged. */
  figures?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Undefined until the panel definitions have loaded. */
  panels?: ReadonlySet<string>;
}

/**
 * The parts of the view that name things that do not exist (a selection of no figure, a panel
 * that is not there), as the change that drops them; empty when the view is fine.
 */
export function unknownViewIds(
  view: Pick<ViewState, 'selection' | 'only'>,
  known: KnownIds,
): Partial<Pick<ViewState, 'selection' | 'only'>> {
  const change: Partial<Pick<ViewState, 'selection' | 'only'>> = {};
  if (view.only !== null && known.panels && !known.panels.has(view.only)) change.only = null;
  if (view.selection !== null && known.figures && !known.figures.has(view.selection)) change.selection = null;
  return change;
}
