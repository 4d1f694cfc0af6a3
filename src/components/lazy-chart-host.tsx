import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartHostProps } from './chart-host';

type ChartHostModule = typeof import('./chart-host');

// ECharts arrives in its own chunk, requested as soon as the app starts: headline tiles, filters
// and tables show before it has loaded. (Not React.lazy: Suspense holds a revealed fallback for
// at least 300 ms, which would delay every first chart.)
let loaded: ChartHostModule | null = null;
const loading = import('./chart-host').then((module) => (loaded = module));

/** How far below the screen a chart starts drawing, so it is ready when scrolled to. */
const AHEAD_PX = 400;

function nearScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top < window.innerHeight + AHEAD_PX && box.bottom > -AHEAD_PX;
}

/**
 * A chart that is drawn when its panel comes near the screen. Until then, and while ECharts
 * loads, a placeholder of the chart's height holds its place: nothing moves when it draws.
 */
export function LazyChartHost(props: ChartHostProps & { height: number }) {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [module, setModule] = useState(loaded);

  useEffect(() => {
    if (!module) void loading.then(setModule);
  }, [module]);

  // Already on screen: draw in this frame rather than the observer's next one.
  useLayoutEffect(() => {
    if (!near && slot.current && nearScreen(slot.current)) setNear(true);
  }, [near]);

  useEffect(() => {
    const element = slot.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: `${AHEAD_PX}px 0px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  const ready = near && module;
  return (
    <div ref={slot} className="chart-slot" data-chart-slot={ready ? 'near' : 'waiting'}>
      {ready ? (
        <module.ChartHost {...props} />
      ) : (
        <div className="chart-skeleton" style={{ height: props.height }} aria-busy="true" aria-label={props.label} />
      )}
    </div>
  );
}
