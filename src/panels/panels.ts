import panelsJson from '../../data/panels.json';
import { DEFAULT_PLAN } from '@/plan/default-plan';
import { validatePanelsFile } from './panel-file';
import type { PanelDef } from './panel-def';
import { resolvePanels } from './resolve-panels';

/**
 * The panels shipped with the build (data/panels.json when the app was built), with no data to
 * fill their texts: every value placeholder reads "…".
 *
 * @deprecated The panels in force are loaded at run time: use `dataset.panels` (useDataset), or
 * `readPanels()` (read-panels-file.ts) in scripts and tests. Replacing data/panels.json changes
 * `dataset.panels`, not this.
 */
export const PANELS: readonly PanelDef[] = resolvePanels(validatePanelsFile('panels.json', panelsJson), DEFAULT_PLAN, new Map());
