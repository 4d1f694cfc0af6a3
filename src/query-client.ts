import { QueryClient } from '@tanstack/react-query';
import { DataFileError } from './data/problems';

/** The dashboard's query client: in the browser and when the first view is rendered at build time. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A missing or invalid file will fail again: retry only what may pass (network, server errors).
        retry: (failureCount, error) => (!(error instanceof DataFileError) || error.transient) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
