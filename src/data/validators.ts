/**
 * Every data file's validator. Loaded when a data file is (queries.ts): the schemas are not part of
 * the page's start, and a page hydrated from its prerendered first view needs them only once it
 * loads the files again.
 */
export { parseJson, validateSourcesFile, validateThemeFile } from './validate-file';
export { validatePanelsFile } from '@/panels/panel-file';
export { validatePlanFile } from '@/plan/plan-schema';
