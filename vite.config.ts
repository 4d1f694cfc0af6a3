import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { serveDataFiles } from './scripts/vite-plugin-data-files.ts';
import { preloadChunks } from './scripts/vite-plugin-preload-chunks.ts';
import { prerenderFirstView } from './scripts/vite-plugin-prerender.ts';
import { cacheHeaders, serviceWorker } from './scripts/vite-plugin-service-worker.ts';
import { offlineFile } from './scripts/vite-plugin-offline-file.ts';

export default defineConfig({
  plugins: [
    react(),
    serveDataFiles(fileURLToPath(new URL('./data', import.meta.url))),
    contentSecurityPolicy(),
    // The first view as HTML, headline numbers included, before any script runs.
    prerenderFirstView(fileURLToPath(new URL('./src/entry-server.tsx', import.meta.url))),
    serviceWorker(fileURLToPath(new URL('./scripts/service-worker.js', import.meta.url)), ['favicon.svg']),
    cacheHeaders(),
    // Wider than a phone (WIDE_SCREEN in src/components/use-near-screen.ts), the app's code and the
    // chart code (ECharts; a chart is on the first screen) are fetched beside the page. On a phone,
    // whose first screen is the prerendered headline figures, nothing competes with the page: the
    // app's code is requested once it has painted, the chart code when the reader nears a chart.
    preloadChunks([
      { chunks: ['client'], media: '(min-width: 700px)' },
      { chunks: ['chart-host'], media: '(min-width: 700px)' },
    ]),
    // The whole app and its data as one HTML file that opens from disk: dist/offline/.
    offlineFile({
      root: fileURLToPath(new URL('.', import.meta.url)),
      dataDir: fileURLToPath(new URL('./data', import.meta.url)),
      entry: fileURLToPath(new URL('./src/report/offline-entry.ts', import.meta.url)),
      fileName: 'offline/tianjin-dashboard.html',
      title: '天津“十四五”规划指标看板（离线版）',
      lang: 'zh-CN',
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // One stylesheet, linked from the page: the prerendered first view is styled before any script runs.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1100, cssCodeSplit: false },
});
