import type { QueryClient } from '@tanstack/react-query';
import { loadChangedFile } from '@/data/queries';

/**
 * The service worker says a data file changed on the server. The page loads it again and
 * validates it: a valid copy replaces the one shown (true: the reader may be told); an invalid
 * one is ignored and the page keeps showing the data it has (false).
 */
export async function applyDataUpdate(queryClient: QueryClient, file: string, load = loadChangedFile): Promise<boolean> {
  try {
    const { queryKey, data } = await load(file);
    queryClient.setQueryData(queryKey, data);
    return true;
  } catch {
    return false;
  }
}
