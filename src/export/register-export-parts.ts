/**
 * Title and graphic components, which only exports draw (the dashboard's panels have HTML titles).
 * Registered on the app's one ECharts instance from inside the lazily loaded export code, so they
 * cost the first view nothing.
 */
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { echarts } from '@/charts/echarts';

echarts.use([TitleComponent, GraphicComponent]);
