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
    const instance = instanceRef.current;
    // A new theme disposes the instance and builds another: onChartReady reports that one.
    if (!instance || instance.isDisposed()) return setState('drawing');
    // echarts-for-react has set the new option before this effect runs.
    setState(drawnNow(instance) ? 'finished' : 'drawing');
  }, [option, scheme]);

  const onChartReady = useCallback((instance: EChartsInstance) => {
    instanceRef.current = instance;
    instance.on('finished', () => setState('finished'));
    if (drawnNow(instance)) setState('finished');
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

/**
 * Paints what ECharts has pending now, instead of in its next frame, and tells whether the chart
 * is complete: true when nothing animates. An animated chart reports `finished` itself.
 */
function drawnNow(instance: EChartsInstance): boolean {
  const zr = instance.getZr();
  zr.flush();
  return zr.animation.isFinished();
}
