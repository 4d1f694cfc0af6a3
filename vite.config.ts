import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serveDataFiles } from './scripts/vite-plugin-data-files.ts';

export default defineConfig({
  plugins: [react(), serveDataFiles(fileURLToPath(new URL('./data', import.meta.url)))],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1100 },
  preview: { headers: { 'Cache-Control': 'no-cache' } },
});
