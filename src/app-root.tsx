import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { App } from './app';

/** Marks the page ready for use (its controls answer) once React has committed; runs `then` once. */
function Committed({ then }: { then?: () => void }) {
  useEffect(() => {
    if (document.documentElement.hasAttribute('data-app-ready')) return;
    document.documentElement.setAttribute('data-app-ready', '');
    then?.();
  }, [then]);
  return null;
}

interface Props {
  queryClient: QueryClient;
  /** What to show instead of the dashboard (the presenter view). */
  children?: ReactNode;
  /** Runs once, after the first commit (for a hydrated page: once its controls answer). */
  onCommitted?: () => void;
}

/**
 * The dashboard's tree, the same at build time (the prerendered first view) and in the browser
 * (which hydrates that markup), so that the two render alike.
 */
export function AppRoot({ queryClient, children = <App />, onCommitted }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {children}
        <Committed then={onCommitted} />
      </QueryClientProvider>
    </StrictMode>
  );
}
