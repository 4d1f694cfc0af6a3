import { useEffect, useMemo } from 'react';
import type { Dataset } from '@/data/use-dataset';
import { THEME_IDS } from '@/data/themes';
import { unknownViewIds } from './prune-view';
import { correctView } from './use-url-sync';
import { useViewStore } from './view-store';

/**
 * Drops from the view, and so from the URL, a selection or a panel the data says does not exist
 * (`sel=nothing.here`, `only=nope`): the view and the URL then agree on what is shown. Figures
 * are judged only once every theme file has loaded, panels once their definitions have (`panelIds`
 * undefined before); a file that failed leaves the view alone.
 */
export function usePruneView(dataset: Pick<Dataset, 'themes' | 'figures'>, panelIds: ReadonlySet<string> | undefined): void {
  const selection = useViewStore((s) => s.selection);
  const only = useViewStore((s) => s.only);
  const allLoaded = THEME_IDS.every((theme) => dataset.themes[theme].data);
  const figures = allLoaded ? dataset.figures : undefined;
  const change = useMemo(() => unknownViewIds({ selection, only }, { figures, panels: panelIds }), [selection, only, figures, panelIds]);
  useEffect(() => {
    if (Object.keys(change).length) correctView(change);
  }, [change]);
}
