import { queryOptions } from '@tanstack/react-query';
import { DataFileError } from './problems';
import type { SourcesFile, ThemeFile } from './schema';
import { THEMES, type ThemeId } from './themes';
import { parseJson, validateSourcesFile, validateThemeFile } from './validate-file';

const DATA_URL = `${import.meta.env.BASE_URL}data/`;

/** Fetches one data file and validates it; every failure names the file. */
async function fetchDataFile<T>(file: string, validate: (file: string, input: unknown) => T, signal: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(DATA_URL + file, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DataFileError(file, [{ file, path: '', message: `could not be fetched (${(error as Error).message})` }], true);
  }
  if (!response.ok)
    throw new DataFileError(file, [{ file, path: '', message: `could not be loaded (HTTP ${response.status})` }], response.status >= 500);
  const parsed = parseJson(file, await response.text());
  if (!parsed.ok) throw new DataFileError(file, parsed.problems);
  return validate(file, parsed.value);
}

export const sourcesQuery = queryOptions({
  queryKey: ['data', 'sources.json'],
  queryFn: ({ signal }): Promise<SourcesFile> => fetchDataFile('sources.json', validateSourcesFile, signal),
  staleTime: Infinity,
});

export function themeQuery(theme: ThemeId) {
  const file = THEMES[theme].file;
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }): Promise<ThemeFile> => fetchDataFile(file, validateThemeFile, signal),
    staleTime: Infinity,
  });
}
