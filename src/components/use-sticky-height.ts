import { useEffect, useRef } from 'react';

/** The custom property holding the height a sticky bar covers at the top of the page. */
export const STICKY_TOP_VAR = '--sticky-top';

/**
 * Publishes the height of a bar that sticks to the top of the page as `--sticky-top` on the root
 * element, 0 when the bar is not sticky (phones): styles.css gives focusable elements that much
 * scroll margin, so a tab stop never lands under the bar.
 */
export function useStickyHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const update = () => {
      const sticky = getComputedStyle(bar).position === 'sticky';
      root.style.setProperty(STICKY_TOP_VAR, `${sticky ? Math.ceil(bar.getBoundingClientRect().height) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty(STICKY_TOP_VAR);
    };
  }, []);
  return ref;
}
