/** The SVG renderer, loaded only when someone asks for an SVG (its own chunk). */
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '@/charts/echarts';

echarts.use([SVGRenderer]);
