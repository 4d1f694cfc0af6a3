import type { ColorScheme } from '@/charts/palette';
import { useMediaQuery } from './use-media-query';
import { useViewStore } from './view-store';

/** The scheme in force: the reader's choice, or the system's when they have not chosen. */
export function useColorScheme(): ColorScheme {
  const preference = useViewStore((s) => s.scheme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
