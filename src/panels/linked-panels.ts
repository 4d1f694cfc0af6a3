import type { ThemeFile } from '@/data/schema';
import type { PanelDef } from './panel-def';
import { panelFigureIds } from './select-panel-rows';

/**
 * The panels, in the order given, that show at least one highlighted figure (the cross-filter's
 * selection and the figures related to it). A panel whose file has not loaded, or whose figures
 * cannot be listed, is left out.
 */
export function linkedPanelIds(
  panels: readonly PanelDef[],
  fileOf: (def: PanelDef) => ThemeFile | undefined,
  highlight: ReadonlySet<string>,
): string[] {
  if (highlight.size === 0) return [];
  return panels
    .filter((def) => {
      const file = fileOf(def);
      if (!file) return false;
      try {
        return panelFigureIds(def, file).some((id) => highlight.has(id));
      } catch {
        return false;
      }
    })
    .map((def) => def.id);
}
