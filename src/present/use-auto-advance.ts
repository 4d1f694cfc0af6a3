import { useEffect, useRef, useSyncExternalStore } from 'react';

interface AutoAdvance {
  playing: boolean;
  /** Held while the pointer is over the slide or the tab is hidden. */
  paused: boolean;
  intervalMs: number;
  /** Changes with each slide, so every slide gets a full interval. */
  slide: number;
  onAdvance: () => void;
}

/**
 * Advances after `intervalMs` on each slide. One timer per slide, started when the slide is
 * shown: no accumulated drift, nothing left running when paused or stopped.
 */
export function useAutoAdvance({ playing, paused, intervalMs, slide, onAdvance }: AutoAdvance): void {
  const advance = useRef(onAdvance);
  advance.current = onAdvance;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the timer restarts on every slide change
  useEffect(() => {
    if (!playing || paused) return;
    const timer = window.setTimeout(() => advance.current(), intervalMs);
    return () => window.clearTimeout(timer);
  }, [playing, paused, intervalMs, slide]);
}

/** Whether the page is hidden (another tab, a minimised window). */
export function usePageHidden(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
    () => document.hidden,
  );
}
