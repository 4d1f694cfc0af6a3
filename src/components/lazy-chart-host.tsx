import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { useViewStore } from '@/state/view-store';
import type { ChartHostProps } from './chart-host';
import { ChunkError } from './chunk-error';
import { retryableLoader } from './lazy-import';

type ChartHostModule = typeof import('./chart-host');

// ECharts arrives in its own chunk, requested when the first chart nears the screen: headline tiles, filters
// and tables show before it has loaded. (Not React.lazy: Suspense holds a revealed fallback for
// at least 300 ms, which would delay every first chart.) A failed load is tried once more; then
// every chart says so, with a retry that loads it again for all of them.
const loadChartHost = retryableLoader(() => import('./chart-host'));

const useChartHostModule = create<{ module: ChartHostModule | null; failed: boolean; load: () => void }>()((set) => ({
  module: null,
  failed: false,
  load: () => {
    set({ failed: false });
    loadChartHost().then(
      (module) => set({ module, failed: false }),
      () => set({ failed: true }),
    );
  },
}));
// Requested when the first chart nears the screen: a first screen of headline figures (a phone)
// paints and answers without ECharts.
let requested = false;
function loadOnFirstUse() {
  if (requested) return;
  requested = true;
  useChartHostModule.getState().load();
}

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
  const module = useChartHostModule((s) => s.module);
  const failed = useChartHostModule((s) => s.failed);
  const retry = useChartHostModule((s) => s.load);
  const lang = useViewStore((s) => s.lang);

  useEffect(() => {
    if (near) loadOnFirstUse();
  }, [near]);

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
    <div ref={slot} className="chart-slot" data-chart-slot={ready ? 'near' : failed ? 'failed' : 'waiting'}>
      {ready ? (
        <module.ChartHost {...props} />
      ) : failed ? (
        <div className="chart-unavailable" style={{ height: props.height }}>
          <ChunkError lang={lang} onRetry={retry} />
        </div>
      ) : (
        <div className="chart-skeleton" style={{ height: props.height }} role="img" aria-busy="true" aria-label={props.label} />
      )}
    </div>
  );
}
