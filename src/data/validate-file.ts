import { DataFileError, problemsFromZod, type DataProblem } from './problems';
import { sourcesFileSchema, themeFileSchema, type SourcesFile, type ThemeFile } from './schema';

/** Parses a data file's text; a syntax error becomes a problem that names the file. */
export function parseJson(file: string, text: string): { ok: true; value: unknown } | { ok: false; problems: DataProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', message: `is not valid JSON (${detail})` }] };
  }
}

export function validateThemeFile(file: string, input: unknown): ThemeFile {
  const result = themeFileSchema.safeParse(input);
  if (!result.success) throw new DataFileError(file, problemsFromZod(file, result.error, input));
  return result.data;
}

export function validateSourcesFile(file: string, input: unknown): SourcesFile {
  const result = sourcesFileSchema.safeParse(input);
  if (!result.success) throw new DataFileError(file, problemsFromZod(file, result.error, input));
  return result.data;
}
