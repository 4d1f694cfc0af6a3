/**
 * The dashboard at ten times its size, for the scale benchmark, without bench-only code in the
 * app: the app's own Vite config, with /data/ served and copied from the synthetic dataset instead
 * of data/ (ten copies of every theme file and of the panels in panels.json, see
 * scripts/generate-synthetic-data.ts). Panels are data, so nothing of the app's code is replaced.
 * Generate the data first: `npx tsx scripts/generate-synthetic-data.ts` (the bench does this).
 * Build: `npx vite build -c bench/vite.synthetic.config.ts` (BENCH_SYNTHETIC_DATA, BENCH_OUT_DIR).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import appConfig from '../vite.config.ts';
import { serveDataFiles } from '../scripts/vite-plugin-data-files.ts';

const base = appConfig as UserConfig;
const dataDir = process.env.BENCH_SYNTHETIC_DATA ?? fileURLToPath(new URL('../bench-results/synthetic-data', import.meta.url));
const outDir = process.env.BENCH_OUT_DIR ?? fileURLToPath(new URL('../bench-results/build/synthetic', import.meta.url));

if (!existsSync(dataDir)) throw new Error(`No synthetic data in ${dataDir}: run \`npx tsx scripts/generate-synthetic-data.ts\` first.`);

// The app's plugins, except the one that serves and copies data/.
const appPlugins = (base.plugins ?? [])
  .flat(Infinity as 1)
  .filter((p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'serve-data-files'));

export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [...appPlugins, serveDataFiles(dataDir)],
  build: { ...base.build, outDir, emptyOutDir: true },
});
