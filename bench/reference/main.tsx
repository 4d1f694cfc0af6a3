/**
 * The benchmark's reference page: bare React and tree-shaken ECharts (the same parts the dashboard
 * registers in src/charts/echarts.ts), drawing the dashboard's chart kinds in the dashboard's
 * order with constant data and no dashboard code. `?charts=N` draws N charts (the bench passes
 * the number the dashboard draws at first view), cycling through the kinds.
 * Each chart container is marked `data-chart-state="finished"` when ECharts fires `finished`, as
 * the dashboard's chart host does. Animation is off under prefers-reduced-motion, as in the dashboard.
 */
import { BarChart, GaugeChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GaugeChart,
  TreemapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

type Option = echarts.EChartsCoreOption;

const animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const label = { show: true, fontSize: 12 };
const names = (n: number) => Array.from({ length: n }, (_, i) => `类别${i + 1}`);
const values = (n: number) => Array.from({ length: n }, (_, i) => 100 + ((i * 37) % 90));

const bar = (n: number, horizontal = false): Option => {
  const category = { type: 'category', data: names(n), axisLabel: { interval: 0 } };
  const value = { type: 'value', name: '个' };
  return {
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', label: { ...label, position: horizontal ? 'right' : 'top' }, data: values(n) }],
  };
};
const beforeAfter = (n: number): Option => ({
  legend: { top: 0, data: ['2020年', '2025年'] },
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: names(n) },
  yAxis: { type: 'value', name: '亿元' },
  series: ['2020年', '2025年'].map((name, s) => ({
    type: 'bar',
    name,
    label: { ...label, position: 'top' },
    data: values(n).map((v) => v + s * 30),
  })),
});
const slope: Option = {
  grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: ['2020年', '2025年'] },
  yAxis: { type: 'value', min: 0, name: '%' },
  series: [{ type: 'line', symbolSize: 12, label: { ...label, position: 'top' }, data: [29.7, 31.8] }],
};
const gauge: Option = {
  series: [
    { type: 'gauge', min: 0, max: 100, progress: { show: true }, detail: { formatter: '{value}%' }, data: [{ value: 74, name: '比重' }] },
  ],
};
const pie: Option = {
  legend: { orient: 'vertical', right: 0, top: 'middle' },
  series: [{ type: 'pie', radius: ['40%', '70%'], label, data: names(4).map((name, i) => ({ name, value: values(4)[i] })) }],
};
const treemap: Option = {
  series: [{ type: 'treemap', breadcrumb: { show: false }, roam: false, data: names(8).map((name, i) => ({ name, value: values(8)[i] })) }],
};
const progress: Option = {
  legend: { bottom: 0 },
  grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
  xAxis: { type: 'value', max: 24, show: false },
  yAxis: { type: 'category', data: ['合计'] },
  series: [16, 7, 1].map((value, i) => ({ type: 'bar', name: `状态${i + 1}`, stack: 'total', barWidth: 48, label, data: [value] })),
};

/** The dashboard's 21 charts, in its order: kind and height. */
const CHARTS: { option: Option; height: number }[] = [
  ...[bar(2), bar(2), bar(2), beforeAfter(1), beforeAfter(1), beforeAfter(2), slope, slope, bar(3, true), bar(4, true), bar(2), bar(2)],
  ...[gauge, bar(3, true), bar(2, true), bar(2), gauge],
].map((option) => ({ option, height: 300 }));
CHARTS.push(
  { option: bar(16, true), height: 480 },
  { option: treemap, height: 300 },
  { option: pie, height: 300 },
  { option: progress, height: 200 },
);

const count = Number(new URLSearchParams(window.location.search).get('charts') ?? CHARTS.length);

/** The i-th chart of the page: the 21 repeat when more are asked for. */
function chartAt(i: number): { option: Option; height: number } {
  const chart = CHARTS[i % CHARTS.length];
  if (!chart) throw new Error('the benchmark page has no charts to draw');
  return chart;
}

function Chart({ option, height }: { option: Option; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current!;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.on('finished', () => el.setAttribute('data-chart-state', 'finished'));
    chart.setOption({ animation, aria: { enabled: true }, tooltip: { trigger: 'item', confine: true }, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="chart-host" data-chart-state="drawing" role="img" aria-label="chart" style={{ height }} />;
}

// A heading, as any page has: canvas is not a candidate for the largest contentful paint, so a
// page of charts alone has none and Lighthouse cannot score it.
createRoot(document.getElementById('root')!).render(
  <>
    <h1 className="title">天津市“十四五”规划指标</h1>
    <main className="grid">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of charts, never reordered
        <Chart key={i} {...chartAt(i)} />
      ))}
    </main>
  </>,
);
