/**
 * The benchmark's reference page (bench/reference): bare React + tree-shaken ECharts, built like
 * the app (same React plugin and target). Build: `npx vite build -c bench/vite.reference.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./reference', import.meta.url)),
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1100,
    outDir: process.env.BENCH_OUT_DIR ?? fileURLToPath(new URL('../bench-results/build/reference', import.meta.url)),
    emptyOutDir: true,
  },
  preview: { headers: { 'Cache-Control': 'no-cache' } },
});
