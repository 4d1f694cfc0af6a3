import { echarts } from '@/charts/echarts';
import { BACKGROUND_COLOR, type ExportComposition } from './build-export-option';
import './register-export-parts';
import { withNominalSize } from './svg-size';
import { importWithRetry } from '@/components/lazy-import';

const DRAW_TIMEOUT_MS = 15_000;

type Chart = ReturnType<typeof echarts.init>;

/**
 * Resolves when ECharts reports the chart fully drawn. With animation off the canvas renderer
 * draws inside setOption, so the listener must be attached before it; the timeout turns a chart
 * that never settles into an error rather than a blank file.
 */
function whenFinished(chart: Chart): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the chart did not finish drawing')), DRAW_TIMEOUT_MS);
    chart.on('finished', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Draws a composed chart into a canvas of the export's pixel size, in a detached element made
 * for the purpose: the result does not depend on whether the panel is on screen, scrolled away,
 * showing its table or mid-animation.
 */
export async function renderCanvas(composition: ExportComposition): Promise<HTMLCanvasElement> {
  const host = document.createElement('div');
  const chart = echarts.init(host, composition.background === 'dark' ? 'dark' : undefined, {
    renderer: 'canvas',
    width: composition.width,
    height: composition.height,
    devicePixelRatio: composition.pixelRatio,
  });
  try {
    const finished = whenFinished(chart);
    chart.setOption(composition.option, { notMerge: true });
    await finished;
    return chart.renderToCanvas({ pixelRatio: composition.pixelRatio, backgroundColor: BACKGROUND_COLOR[composition.background] });
  } finally {
    chart.dispose();
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

export async function renderPng(composition: ExportComposition): Promise<Blob> {
  return canvasToPng(await renderCanvas(composition));
}

/**
 * The same composition as vector SVG, through ECharts' server-side SVG rendering (no DOM). The
 * root element states the image's nominal size and keeps the layout's viewBox, so a 1920×1080
 * slide is 1920×1080 wherever it is placed.
 */
export async function renderSvg(composition: ExportComposition): Promise<string> {
  await importWithRetry(() => import('./register-svg-renderer'));
  const chart = echarts.init(null, composition.background === 'dark' ? 'dark' : undefined, {
    renderer: 'svg',
    ssr: true,
    width: composition.width,
    height: composition.height,
  });
  try {
    chart.setOption(composition.option, { notMerge: true });
    const svg = chart.renderToSVGString();
    return withNominalSize(
      svg,
      Math.round(composition.width * composition.zoom),
      Math.round(composition.height * composition.zoom),
      composition.width,
      composition.height,
    );
  } finally {
    chart.dispose();
  }
}
