import type { z } from 'zod';

/** One thing wrong in a data file: which file, which field, what is wrong. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
  /** The figures and breakdowns the problem concerns, so the panels showing them can say so. */
  ids?: string[];
}

export function formatProblem(problem: DataProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Zod issues as problems; a figure's id is named beside its index so the record can be found. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): DataProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const figureId = figureIdAt(input, issue.path);
    return { file, path: path || '(root)', message: figureId ? `${issue.message} (figure ${figureId})` : issue.message };
  });
}

function figureIdAt(input: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'figures' || typeof path[1] !== 'number' || path.length < 3) return undefined;
  const figures = (input as { figures?: unknown })?.figures;
  const figure = Array.isArray(figures) ? figures[path[1]] : undefined;
  const id = (figure as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Thrown by the loader: names the file and every problem found in it. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: DataProblem[];
  /** A network failure or a server error that may pass; a bad file will not. */
  readonly transient: boolean;
  constructor(file: string, problems: DataProblem[], transient = false) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
    this.transient = transient;
  }
}
