import type { Query, QueryClient } from '@tanstack/react-query';
import { nextTask } from './idle';

/** The data file a query loads (its key is ['data', file]), if it is a data query. */
export function dataFileOf(query: Pick<Query, 'queryKey'>): string | null {
  const [scope, file] = query.queryKey;
  return scope === 'data' && typeof file === 'string' ? file : null;
}

/** Whether two loaded copies of a data file differ (TanStack keeps the old object when they are equal). */
export function changed(before: unknown, after: unknown): boolean {
  return before !== after && JSON.stringify(before) !== JSON.stringify(after);
}

/**
 * Loads every data file the page shows again from the server (the page was first drawn from the
 * copies the build was made with) and returns the files whose validated content changed: the
 * panels showing them have been re-rendered with it. A file that fails now shows its error, as
 * on any load.
 */
export async function revalidateDataFiles(queryClient: QueryClient): Promise<string[]> {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .filter((q) => dataFileOf(q) !== null);
  const before = new Map(queries.map((q) => [q.queryHash, q.state.data]));
  // Each request is started in a task of its own (starting one costs a phone several
  // milliseconds); they are all under way together.
  const loads: Promise<void>[] = [];
  for (const q of queries) {
    loads.push(queryClient.refetchQueries({ queryKey: q.queryKey, exact: true }));
    await nextTask();
  }
  await Promise.all(loads);
  return queries.filter((q) => q.state.status === 'success' && changed(before.get(q.queryHash), q.state.data)).map((q) => dataFileOf(q)!);
}
