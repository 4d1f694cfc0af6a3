import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { serveDataFiles } from './scripts/vite-plugin-data-files.ts';
import { preloadChunks } from './scripts/vite-plugin-preload-chunks.ts';
import { cacheHeaders, serviceWorker } from './scripts/vite-plugin-service-worker.ts';

export default defineConfig({
  plugins: [
    react(),
    serveDataFiles(fileURLToPath(new URL('./data', import.meta.url))),
    contentSecurityPolicy(),
    serviceWorker(fileURLToPath(new URL('./scripts/service-worker.js', import.meta.url)), ['favicon.svg']),
    cacheHeaders(),
    preloadChunks(['chart-host', 'echarts']),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1100 },
});
