/** The one place that registers ECharts parts: only what the dashboard draws is bundled. */
import { BarChart, GaugeChart, LineChart, PieChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Scatter draws the target ticks of the target charts and the target points of the trend charts.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GaugeChart,
  TreemapChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { echarts };
