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

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again whenever a new option or colour scheme is drawn
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

  // On a touch screen a tap has no hover before it: the first tap on a mark shows its tooltip,
  // a second tap on the same mark selects it. A mouse click selects at once, as before. The mark
  // is known by its series, place and figure, so a redraw between the taps (new data of the same
  // figures, a resize) does not make the reader tap a third time.
  const tappedRef = useRef<string | null>(null);

  const onEvents = useRef({
    click: (params: MarkClick) => {
      const id = params.data?.id;
      if (!id) return;
      const key = `${params.seriesIndex ?? ''}:${params.dataIndex ?? ''}:${id}`;
      if (isTouchTap(params) && tappedRef.current !== key) {
        tappedRef.current = key;
        instanceRef.current?.dispatchAction({ type: 'showTip', seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
        return;
      }
      tappedRef.current = null;
      onSelectRef.current?.(id.replace(/#.*$/, ''));
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

/** What ECharts passes to a click on a mark; `event.event` is the browser's own event. */
interface MarkClick {
  data?: { id?: string };
  seriesIndex?: number;
  dataIndex?: number;
  event?: { event?: Event };
}

/**
 * True when a click came from a finger: the browser's event says so (a touch event, or a pointer
 * event of type "touch"), or the device's main pointer is coarse.
 */
export function isTouchTap(params: MarkClick): boolean {
  const native = params.event?.event;
  if (native) {
    if (native.type.startsWith('touch')) return true;
    const pointerType = (native as Partial<PointerEvent>).pointerType;
    if (pointerType) return pointerType === 'touch' || pointerType === 'pen';
  }
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
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
