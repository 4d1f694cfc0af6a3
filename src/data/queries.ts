import { queryOptions } from '@tanstack/react-query';
import { DATA_TIMEOUT_MS, timedSignal } from './fetch-timeout';
import { DataFileError } from './problems';
import type { SourcesFile, ThemeFile } from './schema';
import { THEMES, THEME_IDS, type ThemeId } from './themes';
import { PANELS_FILE, PLAN_FILE, SOURCES_FILE } from './file-names';
import { holdsValidated, validatedBefore } from './known-files';
import type { PanelFileDef } from '@/panels/panel-file';
import type { Plan } from '@/plan/plan-schema';

type Validators = typeof import('./validators');
/** A data file's validator, picked from the validators once they have loaded. */
type PickValidator<T> = (validators: Validators) => (file: string, input: unknown) => T;

let validators: Promise<Validators> | undefined;

/** Gives the validators at hand (the build's prerender, which cannot load code later). */
export function provideValidators(given: Validators): void {
  validators = Promise.resolve(given);
}

/** The validators, requested with the first data file; a failed request is made again with the next. */
function loadValidators(): Promise<Validators> {
  validators ??= import('./validators').catch((error: unknown) => {
    validators = undefined;
    throw error;
  });
  return validators;
}

const DATA_URL = `${import.meta.env.BASE_URL}data/`;

/**
 * Fetches one data file and validates it; every failure names the file. A request that has not
 * been answered (headers and body) within 15 s is given up; that is not retried on its own (the
 * reader has waited long enough), the panels offer a retry.
 */
async function fetchDataFile<T>(
  file: string,
  pickValidator: PickValidator<T>,
  signal: AbortSignal | undefined,
  timeoutMs = DATA_TIMEOUT_MS,
): Promise<T> {
  // Requested with the file, not after it, unless the page holds a checked copy of the file
  // (then they are needed only if the file has changed).
  if (!holdsValidated(file)) loadValidators().catch(() => undefined);
  const timed = timedSignal(signal, timeoutMs);
  let text: string;
  try {
    const response = await fetch(DATA_URL + file, { signal: timed.signal, cache: 'no-cache' });
    if (!response.ok)
      throw new DataFileError(file, [{ file, path: '', message: `could not be loaded (HTTP ${response.status})` }], response.status >= 500);
    text = await response.text();
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    if (timed.timedOut())
      throw new DataFileError(file, [{ file, path: '', message: `request timed out: no answer within ${timeoutMs / 1000} s` }]);
    if (signal?.aborted) throw error;
    throw new DataFileError(file, [{ file, path: '', message: `could not be fetched (${(error as Error).message})` }], true);
  } finally {
    timed.clear();
  }
  const before = validatedBefore(file, text);
  if (before !== undefined) return before as T;
  let loaded: Validators;
  try {
    loaded = await loadValidators();
  } catch (error) {
    throw new DataFileError(file, [{ file, path: '', message: `could not be checked: ${(error as Error).message}` }], true);
  }
  const parsed = loaded.parseJson(file, text);
  if (!parsed.ok) throw new DataFileError(file, parsed.problems);
  return pickValidator(loaded)(file, parsed.value);
}

export const sourcesQuery = queryOptions({
  queryKey: ['data', SOURCES_FILE],
  queryFn: ({ signal }): Promise<SourcesFile> => fetchDataFile(SOURCES_FILE, (v) => v.validateSourcesFile, signal),
  staleTime: Infinity,
});

/** panels.json: which panels the dashboard shows, in order, and what each draws. */
export const panelsQuery = queryOptions({
  queryKey: ['data', PANELS_FILE],
  queryFn: ({ signal }): Promise<PanelFileDef[]> => fetchDataFile(PANELS_FILE, (v) => v.validatePanelsFile, signal),
  staleTime: Infinity,
});

/** plan.json: the plan period reported on (name, baseline year, years). */
export const planQuery = queryOptions({
  queryKey: ['data', PLAN_FILE],
  queryFn: ({ signal }): Promise<Plan> => fetchDataFile(PLAN_FILE, (v) => v.validatePlanFile, signal),
  staleTime: Infinity,
});

export function themeQuery(theme: ThemeId) {
  const file = THEMES[theme].file;
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }): Promise<ThemeFile> => fetchDataFile(file, (v) => v.validateThemeFile, signal),
    staleTime: Infinity,
  });
}

/**
 * Loads a data file again and validates it, outside the query cache: the service worker said
 * the file changed, and the page takes the new copy only if it is valid. Resolves to the query
 * key and the validated data, or rejects with what is wrong.
 */
export async function loadChangedFile(
  file: string,
): Promise<{ queryKey: readonly unknown[]; data: SourcesFile | ThemeFile | PanelFileDef[] | Plan }> {
  if (file === SOURCES_FILE)
    return { queryKey: sourcesQuery.queryKey, data: await fetchDataFile(file, (v) => v.validateSourcesFile, undefined) };
  if (file === PANELS_FILE)
    return { queryKey: panelsQuery.queryKey, data: await fetchDataFile(file, (v) => v.validatePanelsFile, undefined) };
  if (file === PLAN_FILE) return { queryKey: planQuery.queryKey, data: await fetchDataFile(file, (v) => v.validatePlanFile, undefined) };
  const theme = THEME_IDS.find((id) => THEMES[id].file === file);
  if (!theme) throw new Error(`unknown data file "${file}"`);
  return { queryKey: themeQuery(theme).queryKey, data: await fetchDataFile(file, (v) => v.validateThemeFile, undefined) };
}
