import { useEffect, useLayoutEffect, useState } from 'react';

/** How far above and below the screen an element counts as near (px): a chart is ready when scrolled to. */
export const AHEAD_PX = 400;

/** Screens wider than a phone's (phone-first-screen.css): charts are on the first screen. */
export const WIDE_SCREEN = '(min-width: 700px)';

// A phone's first screen is headline figures. Until the reader scrolls (or touches or types),
// only a chart actually on the screen counts as near, so the chart code does not load and run
// while the page is starting; from the first move on, charts ahead of the screen get ready too.
let moved = false;
const waiting = new Set<() => void>();
function readerMoved() {
  if (moved) return;
  moved = true;
  for (const recheck of waiting) recheck();
  waiting.clear();
}
if (typeof window !== 'undefined')
  for (const type of ['scroll', 'pointerdown', 'keydown'])
    window.addEventListener(type, readerMoved, { once: true, passive: true, capture: true });

function ahead(): number {
  return moved || window.matchMedia(WIDE_SCREEN).matches ? AHEAD_PX : 0;
}

/** What to do when a watched element comes near the screen. */
const watched = new Map<Element, () => void>();
let observer: IntersectionObserver | null | undefined;

/** One observer for every chart of the page (one each costs a filter change that brings back thirty charts). */
function sharedObserver(): IntersectionObserver | null {
  if (observer === undefined)
    observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              for (const entry of entries) if (entry.isIntersecting) watched.get(entry.target)?.();
            },
            { rootMargin: `${AHEAD_PX}px 0px` },
          );
  return observer;
}

/** Set once the app has rendered or hydrated (src/app-root.tsx). */
const appReady = () => document.documentElement.hasAttribute('data-app-ready');

function nearScreen(element: Element, margin: number): boolean {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight + margin && box.bottom > -margin;
}

/**
 * Whether an element is on or near the screen; once it has been, it stays so (what was drawn
 * stays drawn). False on the server and until the element is laid out.
 */
export function useNearScreen(element: Element | null): boolean {
  const [near, setNear] = useState(false);
  // Mounted into a page already running (a chart a filter brings back), not hydrated with it.
  const [mountedLater] = useState(() => typeof document !== 'undefined' && appReady());

  // Already on screen: say so before the browser paints, rather than in the observer's next frame.
  // Not for what the page started with: measuring then would lay the whole page out in the middle
  // of its hydration; the observer reports in its next frame.
  useLayoutEffect(() => {
    if (!near && element && mountedLater && nearScreen(element, ahead())) setNear(true);
  }, [near, element, mountedLater]);

  useEffect(() => {
    if (!element || near) return;
    const observer = sharedObserver();
    if (!observer) return setNear(true);
    const recheck = () => nearScreen(element, AHEAD_PX) && setNear(true);
    watched.set(element, () => {
      if (ahead() > 0 || nearScreen(element, 0)) setNear(true);
      else waiting.add(recheck);
    });
    observer.observe(element);
    return () => {
      observer.unobserve(element);
      watched.delete(element);
      waiting.delete(recheck);
    };
  }, [near, element]);

  return near;
}
