import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Option } from '@/charts/chart-view';
import { echarts } from '@/charts/echarts';
import type { ColorScheme } from '@/charts/palette';

export interface ChartHostProps {
  option: Option;
  scheme: ColorScheme;
  label: string;
  /** Pixels, or a CSS length such as '100%' to fill a sized parent. */
  height?: number | string;
  onSelect?: (id: string) => void;
}

type EChartsInstance = ReturnType<typeof echarts.init>;

/**
 * The only user of echarts-for-react. It marks the container `data-chart-state="finished"` once
 * ECharts has finished drawing the current option, so exports and tests never catch a half-drawn chart.
 */
export function ChartHost({ option, scheme, label, height = 300, onSelect }: ChartHostProps) {
  const [state, setState] = useState<'drawing' | 'finished'>('drawing');
  const instanceRef = useRef<EChartsInstance | null>(null);

  useEffect(() => {
    setState('drawing');
    const instance = instanceRef.current;
    // The option changed: the next `finished` belongs to it. When nothing animates, ECharts may
    // finish before React re-renders, so check once the next frame (in which ZRender paints,
    // its frame callback being queued first) has run.
    if (instance && !instance.isDisposed()) {
      const frame = requestAnimationFrame(() => settleIfIdle(instance, setState));
      return () => cancelAnimationFrame(frame);
    }
  }, [option, scheme]);

  const onChartReady = useCallback((instance: EChartsInstance) => {
    instanceRef.current = instance;
    instance.on('finished', () => setState('finished'));
    requestAnimationFrame(() => settleIfIdle(instance, setState));
  }, []);

  const onEvents = useRef({
    click: (params: { data?: { id?: string } }) => {
      const id = params.data?.id;
      if (id) onSelectRef.current?.(id.replace(/#.*$/, ''));
    },
  }).current;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  return (
    <div className="chart-host" data-chart-state={state} role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        theme={scheme === 'dark' ? 'dark' : undefined}
        style={{ height, width: '100%' }}
        onChartReady={onChartReady}
        onEvents={onEvents}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}

function settleIfIdle(instance: EChartsInstance, setState: (s: 'finished') => void) {
  if (instance.isDisposed()) return;
  const zr = instance.getZr() as unknown as { animation?: { isFinished?: () => boolean } };
  if (zr.animation?.isFinished?.() ?? true) setState('finished');
}
