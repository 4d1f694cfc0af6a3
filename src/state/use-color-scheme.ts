import { useSyncExternalStore } from 'react';
import type { ColorScheme } from '@/charts/palette';
import { useViewStore } from './view-store';

const query = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;

function subscribe(onChange: () => void) {
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** The scheme in force: the reader's choice, or the system's when they have not chosen. */
export function useColorScheme(): ColorScheme {
  const preference = useViewStore((s) => s.scheme);
  const systemDark = useSyncExternalStore(subscribe, () => query?.matches ?? false, () => false);
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

const motionQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-reduced-motion: reduce)') : undefined;

function subscribeMotion(onChange: () => void) {
  motionQuery?.addEventListener('change', onChange);
  return () => motionQuery?.removeEventListener('change', onChange);
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeMotion, () => motionQuery?.matches ?? false, () => false);
}
