import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type LoadedDataset } from './check-dataset';
import { DataFileError, type DataProblem } from './problems';
import type { SourcesFile, ThemeFile } from './schema';
import { THEME_IDS, THEMES } from './themes';
import { parseJson, validateSourcesFile, validateThemeFile } from './validate-file';
import { PANELS_FILE, PLAN_FILE, SOURCES_FILE } from './file-names';
import { validatePanelsFile, type PanelFileDef } from '@/panels/panel-file';
import { validatePlanFile, type Plan } from '@/plan/plan-schema';

/** Every file of a data folder: sources, one per theme, the panels and the plan. */
export const DATA_FILES: readonly string[] = [SOURCES_FILE, ...THEME_IDS.map((t) => THEMES[t].file), PANELS_FILE, PLAN_FILE];

/**
 * Reads and validates every data file in a folder (Node only: used by `npm run check:data`
 * and the tests). Returns the problems, one per field, the dataset when all theme and source
 * files parsed, and the panels and the plan when they did.
 */
export function readDatasetFiles(dir: string): { problems: DataProblem[]; dataset?: LoadedDataset; panels?: PanelFileDef[]; plan?: Plan } {
  const problems: DataProblem[] = [];
  const known = new Set(DATA_FILES);
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !known.has(name)) problems.push({ file: name, path: '', message: 'is not a known data file' });
  }

  function read<T>(file: string, validate: (file: string, input: unknown) => T): T | undefined {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push({ file, path: '', message: 'is missing' });
      return undefined;
    }
    const parsed = parseJson(file, text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    try {
      return validate(file, parsed.value);
    } catch (error) {
      if (error instanceof DataFileError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  }

  const sources = read<SourcesFile>(SOURCES_FILE, validateSourcesFile);
  // Records set aside are reported here; the figures citing them are reported by checkDataset.
  if (sources) problems.push(...(sources.problems ?? []));
  const themes = THEME_IDS.map((theme) => ({ file: THEMES[theme].file, data: read<ThemeFile>(THEMES[theme].file, validateThemeFile) }));
  const panels = read<PanelFileDef[]>(PANELS_FILE, validatePanelsFile);
  const plan = read<Plan>(PLAN_FILE, validatePlanFile);
  if (!sources || themes.some((t) => !t.data)) return { problems, panels, plan };
  const dataset: LoadedDataset = {
    sources: { file: SOURCES_FILE, data: sources },
    themes: themes.map((t) => ({ file: t.file, data: t.data! })),
  };
  problems.push(...checkDataset(dataset));
  return { problems, dataset, panels, plan };
}
