import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { canvasMeasure, installMeasure } from './frame';
import { CHART_FONT } from './chart-view';

export interface Size {
  width: number;
  height: number;
}

/** Sizes move in steps of this many pixels, so that a resize by a pixel or two does not rebuild every chart. */
const STEP = 4;

/**
 * The layout size of an element (unaffected by CSS transforms, so a scaled slide reports its
 * canvas size), kept up to date with a ResizeObserver while `enabled`. Null until it has been laid
 * out; measured before the browser paints, so a chart mounted in view draws in its first frame.
 */
export function useElementSize<T extends HTMLElement>(enabled = true): [(element: T | null) => void, Size | null] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    // Not measured while not needed (a chart far from the screen): measuring lays the page out.
    if (!element || !enabled) return;
    const update = () => {
      const width = Math.floor(element.offsetWidth / STEP) * STEP;
      const height = Math.floor(element.offsetHeight / STEP) * STEP;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, enabled]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, size];
}

let fontsReady: Promise<void> | undefined;
let fontsLoaded = false;

/** Once the page's fonts have loaded, frames measure text with them: every load lays out alike. */
function whenFontsReady(): Promise<void> {
  fontsReady ??= document.fonts.ready.then(() => {
    installMeasure(canvasMeasure(CHART_FONT));
    fontsLoaded = true;
  });
  return fontsReady;
}

/**
 * True once text is measured with the loaded fonts; charts wait for it before laying out. Asked
 * only while `enabled` (a chart near the screen): the first question makes the browser work out
 * the whole page's styles, which a phone's first screen of headline figures need not wait for.
 */
export function useFontsReady(enabled = true): boolean {
  // Once they have loaded, a chart mounted later (a filter brought it back) lays out at once.
  const [ready, setReady] = useState(fontsLoaded);
  useEffect(() => {
    if (ready || !enabled) return;
    let live = true;
    void whenFontsReady().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready, enabled]);
  return ready;
}
