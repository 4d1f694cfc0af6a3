import { DataFileError, problemsFromZod, type DataProblem } from './problems';
import {
  idSchema,
  sourceSchema,
  sourcesFileSchema,
  themeFileSchema,
  type RejectedSource,
  type Source,
  type SourcesFile,
  type ThemeFile,
} from './schema';

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

/**
 * Validates sources.json record by record. Only a broken envelope (not an object, no list of
 * sources) fails the whole file; a bad record is set aside with its problems, so that only the
 * figures citing it fail. A link that is not http(s) costs only the link: the record is kept and
 * the address is shown as text.
 */
export function validateSourcesFile(file: string, input: unknown): SourcesFile {
  const envelope = sourcesFileSchema.safeParse(input);
  if (!envelope.success) throw new DataFileError(file, problemsFromZod(file, envelope.error, input));
  const loaded = { sources: [] as Source[], rejected: [] as RejectedSource[], problems: [] as DataProblem[] };
  envelope.data.sources.forEach((record, index) => {
    const result = validateSourceRecord(file, record, index);
    loaded.problems.push(...result.problems);
    if (result.source) loaded.sources.push(result.source);
    else loaded.rejected.push({ index, id: result.id, problems: result.problems });
  });
  return loaded;
}

function validateSourceRecord(file: string, record: unknown, index: number): { source?: Source; id?: string; problems: DataProblem[] } {
  const rawId = (record as { id?: unknown } | null)?.id;
  const id = idSchema.safeParse(rawId).success ? (rawId as string) : undefined;
  const problemsOf = (issues: { path: PropertyKey[]; message: string }[]): DataProblem[] =>
    issues.map((issue) => ({
      file,
      path: ['sources', index, ...issue.path].map(String).join('.'),
      message: id ? `${issue.message} (source ${id})` : issue.message,
    }));
  const result = sourceSchema.safeParse(record);
  if (result.success) return { source: result.data, id, problems: [] };
  const problems = problemsOf(result.error.issues);
  const onlyUrl = result.error.issues.every((issue) => issue.path.length === 1 && issue.path[0] === 'url');
  if (onlyUrl && record && typeof record === 'object') {
    const { url, ...rest } = record as Record<string, unknown>;
    const withoutUrl = sourceSchema.safeParse(rest);
    if (withoutUrl.success) return { source: { ...withoutUrl.data, rejectedUrl: String(url) }, id, problems };
  }
  return { id, problems };
}
