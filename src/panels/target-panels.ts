import type { PanelDef } from './panel-def';
import { PANELS } from './panels';

/**
 * The "plan targets and yearly trends" theme's panels, as shipped with the build.
 *
 * @deprecated Panels are data (data/panels.json): filter `dataset.panels` or `readPanels()` by theme.
 */
export const TARGET_PANELS: readonly PanelDef[] = PANELS.filter((def) => def.theme === 'targets');
