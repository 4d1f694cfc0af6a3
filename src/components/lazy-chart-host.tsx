import { useEffect } from 'react';
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

let requested = false;
/**
 * Requests the chart code (ECharts) once; later calls do nothing. Called when the first chart nears
 * the screen, or earlier where charts are on the first screen, so that it downloads while the page starts.
 */
export function loadChartCode(): void {
  if (requested) return;
  requested = true;
  useChartHostModule.getState().load();
}

/** A placeholder of a chart's size, for a chart not laid out yet (off screen, or before its card is measured). */
export function ChartPlaceholder({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-slot" data-chart-slot="waiting">
      <div className="chart-skeleton" style={{ height }} role="img" aria-busy="true" aria-label={label} />
    </div>
  );
}

/**
 * A chart near the screen: drawn once ECharts has loaded (it is requested by the first one). Until
 * then a placeholder of the chart's height holds its place: nothing moves when it draws.
 */
export function LazyChartHost(props: ChartHostProps & { height: number }) {
  const module = useChartHostModule((s) => s.module);
  const failed = useChartHostModule((s) => s.failed);
  const retry = useChartHostModule((s) => s.load);
  const lang = useViewStore((s) => s.lang);

  useEffect(loadChartCode, []);

  return (
    <div className="chart-slot" data-chart-slot={module ? 'near' : failed ? 'failed' : 'waiting'}>
      {module ? (
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
